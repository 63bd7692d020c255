import FolioCore
import Foundation
import Testing
@testable import FolioModel

/// Every file in Tests/Corpus/invalid must be refused with the message and location its EXPECTED line gives.
@Suite struct InvalidCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/invalid")

    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("EXPECTED"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let place = fields[1].split(separator: ":").compactMap { Int($0) }
            guard fields.count == 4, place.count == 2 else { return nil }
            return Expectation(file: fields[0], line: place[0], column: place[1], message: fields[3])
        }
    }()

    @Test func theCorpusHasEnoughCasesAndEveryFileIsListed() throws {
        #expect(Self.expectations.count >= 30)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "EXPECTED" }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func isRefusedWithTheExpectedMessageAndPlace(_ expected: Expectation) {
        let url = Self.folder.appendingPathComponent(expected.file)
        do {
            _ = try BriefingLoader.load(contentsOf: url, options: BriefingDecoder.Options(styleNames: ["default"]))
            Issue.record("\(expected.file) was accepted")
        } catch {
            let match = error.diagnostics.first { $0.message.contains(expected.message) }
            #expect(match != nil, "\(expected.file): no diagnostic says '\(expected.message)'; got \(error)")
            if let match {
                #expect(match.location?.line == expected.line && match.location?.column == expected.column,
                        "\(expected.file): at \(match.location.map { "\($0.line):\($0.column)" } ?? "nowhere"), expected \(expected.line):\(expected.column)")
                #expect(match.location?.file == url.path)
            }
        }
    }
}
