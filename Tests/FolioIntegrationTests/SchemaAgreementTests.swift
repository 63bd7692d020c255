import Folio
import Foundation
import Testing

/// Checks `folio schema` with an independent validator (Python's jsonschema): every example is valid,
/// and every corpus file the schema can catch is refused by it as it is by the decoder.
@Suite struct SchemaAgreementTests {
    static let repository = examplesFolder.deletingLastPathComponent()

    @Test func examplesPassAndStructuralErrorsFailAnIndependentValidator() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let schema = folder.file("briefing.schema.json")
        try BriefingSchema.json.write(to: schema, atomically: true, encoding: .utf8)

        let examples = try FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        #expect(!examples.isEmpty)
        let corpus = Self.repository.appendingPathComponent("Tests/Corpus/invalid")
        let manifest = try String(contentsOf: corpus.appendingPathComponent("EXPECTED"), encoding: .utf8)
        let structural = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t").map(String.init) }.filter { $0.count == 4 && $0[2] == "schema" }.map { $0[0] }
        #expect(structural.count >= 25)

        var arguments = ["python3", Self.repository.appendingPathComponent("Tests/Schema/check_schema.py").path, schema.path]
        arguments += examples.map { "valid:" + examplesFolder.appendingPathComponent($0).path }
        arguments += structural.map { "invalid:" + corpus.appendingPathComponent($0).path }
        let result = try Tool.run(arguments)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("\(examples.count + structural.count) passed, 0 failed"), "\(result.output)")
    }
}
