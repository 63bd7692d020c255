import Foundation
import Testing

/// Long briefings are measured on two threads (`ParallelComposition`): the bytes must be those of a layout on one.
@Suite struct ParallelLayoutTests {
    /// The example's sections twelve times over, without their ids (which must be unique): every script,
    /// every fallback font, far past the size at which the helper thread starts.
    func longBriefing(from example: String, in folder: ScratchFolder) throws -> URL {
        let text = try String(contentsOf: examplesFolder.appendingPathComponent(example), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("id:") }
            .map { $0.replacingOccurrences(of: #"\]\(#[a-z-]+\)"#, with: "]", options: .regularExpression) }
        guard let start = lines.firstIndex(of: "sections:") else { throw CocoaError(.fileReadCorruptFile) }
        let head = lines[...start].joined(separator: "\n"), body = lines[(start + 1)...].joined(separator: "\n")
        let url = folder.file("long-\(example)")
        try (head + "\n" + Array(repeating: body, count: 12).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images"), to: folder.file("images"))
        return url
    }

    @Test(arguments: ["multilingual.yaml", "programme-status.yaml"])
    func twoThreadsWriteTheSameBytesAsOne(example: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = try longBriefing(from: example, in: folder)
        for format in ["pdf", "svg"] {
            // A PDF holds the one page; an SVG is named by it.
            let name = format == "pdf" ? "" : "-p7", template = format == "pdf" ? "" : "-p{p}"
            let parallel = folder.file("parallel\(name).\(format)"), single = folder.file("single\(name).\(format)")
            let first = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("parallel\(template).\(format)").path, "--pages", "7"])
            #expect(first.status == 0, "\(first.error)")
            let second = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("single\(template).\(format)").path, "--pages", "7"],
                                      environment: ["FOLIO_LAYOUT_THREADS": "1"])
            #expect(second.status == 0, "\(second.error)")
            #expect(first.error == second.error)
            #expect(try Data(contentsOf: parallel) == Data(contentsOf: single), "\(example) \(format)")
        }
    }
}
