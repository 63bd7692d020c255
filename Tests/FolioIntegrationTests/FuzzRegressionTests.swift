import Foundation
import Testing

/// Every input folio-fuzz found crashing or hanging Folio (Tests/Corpus/fuzz) now renders, or is refused
/// with errors that say where they are.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/fuzz")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: cases)
    func aFoundCaseRendersOrIsRefusedWithALocation(name: String) throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        // The fuzzer's folder: the images and style its cases name.
        for image in ["network.png", "network.svg"] {
            try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images/\(image)"),
                                             to: scratch.file(image == "network.png" ? "map.png" : "pic.svg"))
        }
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(name), to: scratch.file(name))
        let result = try Tool.run([Tool.folio, "render", scratch.file(name).path, "-o", scratch.file("out.pdf").path])
        #expect(result.status == 0 || result.status == 1, "\(name): status \(result.status)\n\(result.error)")
        if result.status == 1 {
            let errors = result.error.split(separator: "\n").filter { $0.contains("error:") }
            #expect(errors.allSatisfy { $0.contains("\(name):") }, "\(errors)")
        }
    }
}
