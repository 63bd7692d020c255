import Folio
import Foundation
import Testing

/// Runs the `folio` executable as users and CI do.
@Suite struct CommandLineTests {
    let example = examplesFolder.appendingPathComponent("kosovo-nato.yaml").path

    @Test func rendersTheSameBytesInSeparateProcesses() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // The same names in two folders: an SVG page's ids start with its file's name.
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.file(name), withIntermediateDirectories: true)
            for ext in ["pdf", "png", "svg"] {
                let result = try Tool.run([Tool.folio, "render", example, "-o", folder.file("\(name)/report-{p}.\(ext)").path])
                #expect(result.status == 0, "\(result.error)")
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("a").path)
        #expect(files.count >= 7)
        for file in files {
            #expect(try Data(contentsOf: folder.file("a/\(file)")) == Data(contentsOf: folder.file("b/\(file)")), "\(file) differs")
        }
    }

    /// The command has Cairo leave page contents uncompressed for the finisher to compress once; the library
    /// leaves Cairo as it is, compressing them first. Both write the same file.
    @Test func theCommandWritesTheBytesTheLibraryWrites() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let names = ["kosovo-nato.yaml", "multilingual.yaml", "programme-status.yaml", "trends.yaml", "data-briefing.yaml",
                     "incident-review.md"]
        for name in names {
            let input = examplesFolder.appendingPathComponent(name)
            let pdf = folder.file("\(name).pdf")
            let result = try Tool.run([Tool.folio, "render", input.path, "--creation-date", "2024-06-01", "-o", pdf.path])
            #expect(result.status == 0, "\(result.error)")
            let briefing = try Folio.loadBriefing(contentsOf: input)
            let style = try StyleLoader.resolve(briefing.style ?? "default", relativeTo: examplesFolder)
            let report = try Report(briefing: briefing, style: style, creationDate: "2024-06-01", baseDirectory: examplesFolder)
            #expect(try report.data(.pdf) == Data(contentsOf: pdf), "\(name)")
        }
    }

    @Test func creationDateComesFromSourceDateEpochThenTheOptionThenTheBriefing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("r.pdf").path
        func creationDate(_ extra: [String], environment: [String: String] = [:]) throws -> String? {
            let result = try Tool.run([Tool.folio, "render", example, "-o", pdf] + extra, environment: environment)
            #expect(result.status == 0, "\(result.error)")
            let info = try Tool.run(["pdfinfo", "-isodates", pdf])
            return info.output.split(separator: "\n").first { $0.hasPrefix("CreationDate:") }
                .map { String($0.dropFirst("CreationDate:".count)).trimmingCharacters(in: .whitespaces) }
        }
        #expect(try creationDate([], environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == "2023-11-14T22:13:20Z")
        #expect(try creationDate(["--creation-date", "2024-02-03T04:05:06Z"], environment: ["SOURCE_DATE_EPOCH": ""])
            == "2024-02-03T04:05:06Z")
        #expect(try creationDate([], environment: ["SOURCE_DATE_EPOCH": ""]) == "2023-10-01T00:00:00Z")

        let undated = folder.file("undated.yaml")
        try "title: No date\n".write(to: undated, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "render", undated.path, "-o", pdf], environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(result.status == 0)
        #expect(try !Tool.run(["pdfinfo", pdf]).output.contains("CreationDate"))
    }

    @Test func badInputIsReportedWithItsLocationAndLeavesOutputAlone() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let bad = folder.file("bad.yaml")
        try "title: Report\ndate: 2025-13\nsections:\n  - titel: One\n".write(to: bad, atomically: true, encoding: .utf8)
        let existing = folder.file("out.pdf")
        try Data("previous report".utf8).write(to: existing)

        let result = try Tool.run([Tool.folio, "render", bad.path, "-o", existing.path])
        #expect(result.status == 1)
        #expect(result.error.contains("\(bad.path):2:7: error: date: \"2025-13\" is not a date"))
        #expect(result.error.contains("\(bad.path):4:5: error: sections[0]: unknown key 'titel'; did you mean 'title'?"))
        #expect(try Data(contentsOf: existing) == Data("previous report".utf8))
        #expect(folder.contents == ["bad.yaml", "out.pdf"])

        let fresh = try Tool.run([Tool.folio, "render", bad.path, "-o", folder.file("new.png").path])
        #expect(fresh.status == 1)
        #expect(folder.contents == ["bad.yaml", "out.pdf"])
    }

    @Test func usageAndIOErrorsHaveTheirOwnExitStatus() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let unknownFormat = try Tool.run([Tool.folio, "render", example, "-o", folder.file("x.doc").path])
        #expect(unknownFormat.status == 64)
        let badPPI = try Tool.run([Tool.folio, "render", example, "-o", folder.file("x.png").path, "--ppi", "0"])
        #expect(badPPI.status == 64)
        let missingFolder = try Tool.run([Tool.folio, "render", example, "-o", folder.file("no/such/x.pdf").path])
        #expect(missingFolder.status == 74)
        #expect(missingFolder.error.contains("error:"))
        #expect(folder.contents.isEmpty)
    }
}

/// `folio validate`, `folio schema` and the diagnostic formats.
@Suite struct ValidateAndSchemaCommandTests {
    let example = examplesFolder.appendingPathComponent("kosovo-nato.yaml").path

    @Test func validateExitsZeroForValidFilesAndOneOtherwise() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let valid = try Tool.run([Tool.folio, "validate", example])
        #expect(valid.status == 0)
        #expect(valid.output.contains("kosovo-nato.yaml: valid"))

        let bad = folder.file("bad.yaml")
        try "title: T\ndate: 2024-02-30\nkeywords: [a]\nsumary: x\n".write(to: bad, atomically: true, encoding: .utf8)
        let invalid = try Tool.run([Tool.folio, "validate", example, bad.path])
        #expect(invalid.status == 1)
        #expect(invalid.output.contains("kosovo-nato.yaml: valid"))
        #expect(invalid.error.contains("\(bad.path):2:7: error: date: \"2024-02-30\" is not a date"))
        #expect(invalid.error.contains("\(bad.path):4:1: error: unknown key 'sumary'; did you mean 'summary'?"))
        // The human form quotes the line with a caret under the column.
        #expect(invalid.error.contains("    date: 2024-02-30\n          ^"))
    }

    @Test func aLanguageTheLocaleDataDoesNotKnowIsAWarning() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.file("languages.yaml")
        try """
            title: T
            language: sr-Latn
            sections:
              - title: S
                language: xx
                blocks:
                  - paragraph: Tekst.
                    language: sr-Latx
                  - paragraph: Text.
                    language: 12
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "validate", file.path])
        // "12" is no tag at all: an error; the others are tags of the right shape that name nothing known.
        #expect(result.status == 1)
        #expect(result.error.contains("\(file.path):10:19: error: sections[0].blocks[1].language: \"12\" is not a BCP 47 language tag"))
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "language: 12", with: "language: en")
            .write(to: file, atomically: true, encoding: .utf8)
        let warned = try Tool.run([Tool.folio, "validate", file.path])
        #expect(warned.status == 0)
        #expect(warned.error.contains("\(file.path):5:15: warning: sections[0].language: \"xx\": 'xx' is no language"))
        #expect(warned.error.contains("\(file.path):8:19: warning: sections[0].blocks[0].language: \"sr-Latx\": 'Latx'"))
        #expect(!warned.error.contains("sr-Latn"))
        let pdf = folder.file("out.pdf")
        let rendered = try Tool.run([Tool.folio, "render", file.path, "-o", pdf.path])
        #expect(rendered.status == 0 && rendered.error.contains("unknown-language") == false && rendered.error.contains("'xx' is no language"))
    }

    @Test func jsonDiagnosticsAreOneObjectALine() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let bad = folder.file("bad.json")
        try "{\"title\": \"T\",\n \"sections\": [{\"title\": \"S\", \"blocks\": [{\"pargraph\": \"x\"}]}]}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "validate", "--diagnostic-format", "json", bad.path])
        #expect(result.status == 1)
        let lines = result.error.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(object?["file"] as? String == bad.path)
        #expect(object?["line"] as? Int == 2)
        #expect(object?["column"] as? Int == 42)
        #expect(object?["path"] as? String == "sections[0].blocks[0]")
        #expect(object?["severity"] as? String == "error")
        #expect(object?["code"] as? String == "invalid-input")
        #expect((object?["message"] as? String)?.contains("did you mean 'paragraph'?") == true)
    }

    @Test func schemaPrintsAJSONSchema() throws {
        let result = try Tool.run([Tool.folio, "schema"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((object?["required"] as? [String]) == ["title"])
    }
}
