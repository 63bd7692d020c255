import Foundation
import Testing

/// Inputs meant to break a renderer, each with what Folio does with it: render, or refuse with an error
/// that says where — never crash, hang, or leave a partial file. docs/reliability.md lists the same cases.
@Suite struct HostileInputTests {
    struct Run {
        let folder: ScratchFolder
        let result: Tool.Result
        var wroteOutput: Bool { FileManager.default.fileExists(atPath: folder.file("out.pdf").path) }
    }

    /// Renders `text` saved as `name` (with the example images beside it) to out.pdf.
    func render(_ text: String, name: String = "b.yaml", extra: [String] = []) throws -> Run {
        let folder = try ScratchFolder()
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images/network.png"), to: folder.file("map.png"))
        try Data(text.utf8).write(to: folder.file(name))
        let result = try Tool.run([Tool.folio, "render", folder.file(name).path, "-o", folder.file("out.pdf").path] + extra)
        return Run(folder: folder, result: result)
    }

    /// Expects a refusal: status 1, an error at `location` in the file that says `message`, no output.
    func expectRefused(_ run: Run, at location: String, saying message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.result.status == 1, "status \(run.result.status): \(run.result.error)", sourceLocation: sourceLocation)
        #expect(run.result.error.contains("b.yaml:\(location): error:"), "\(run.result.error.prefix(600))", sourceLocation: sourceLocation)
        #expect(run.result.error.contains(message), "\(run.result.error.prefix(600))", sourceLocation: sourceLocation)
        #expect(!run.wroteOutput, sourceLocation: sourceLocation)
    }

    func paragraphBriefing(_ paragraph: String) -> String {
        "title: Hostile\nsections:\n  - title: S\n    blocks:\n      - paragraph: \(paragraph)\n"
    }

    @Test func anAliasBombIsRefusedNotExpanded() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "title: *a9\nsections: []\n"
        let run = try render(yaml)
        defer { run.folder.remove() }
        #expect(run.result.status == 1)
        #expect(run.result.error.contains("expands to more than"), "\(run.result.error.prefix(400))")
        #expect(run.result.error.contains("b.yaml:"))
    }

    @Test func aHundredMegabyteFileIsRefusedUnread() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("big.yaml")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let result = try Tool.run([Tool.folio, "render", url.path, "-o", folder.file("out.pdf").path])
        #expect(result.status == 1)
        #expect(result.error.contains("briefings may be at most 33554432 bytes"), "\(result.error)")
    }

    @Test func listsNestedAThousandDeepAreRefused() throws {
        let nested = String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)
        let run = try render("title: Deep\nsections: \(nested)\n")
        defer { run.folder.remove() }
        #expect(run.result.status == 1)
        #expect(run.result.error.contains("nested too deeply"), "\(run.result.error.prefix(400))")
        let json = try render("{\"title\": \"Deep\", \"sections\": \(nested)}", name: "b.json")
        defer { json.folder.remove() }
        #expect(json.result.error.contains("b.json:1:"), "\(json.result.error.prefix(300))")
        #expect(json.result.error.contains("nested too deeply"))
    }

    @Test func aFiveThousandCharacterWordIsBrokenToFitThePage() throws {
        let run = try render(paragraphBriefing(String(repeating: "Antidisestablishment", count: 250)))
        defer { run.folder.remove() }
        #expect(run.result.status == 0, "\(run.result.error)")
        let box = try Tool.run(["pdftotext", "-bbox", run.folder.file("out.pdf").path, "-"]).output
        // Every word of the page lies within its width (A4, 595 pt).
        let rights = box.split(separator: "\n").compactMap { line -> Double? in
            guard let range = line.range(of: "xMax=\"") else { return nil }
            return Double(line[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(!rights.isEmpty)
        #expect(rights.allSatisfy { $0 <= 595.3 }, "\(rights.max() ?? 0)")
    }

    /// A 200,000-letter label once took minutes: each of its lines looked at the whole "word" for syllables.
    @Test func aTwoHundredThousandLetterLabelAndCellRender() throws {
        let long = String(repeating: "x", count: 200_000)
        let run = try render("""
            title: T
            sections:
              - title: S
                blocks:
                  - timeline:
                      events: [{date: 2024-01-01, label: "\(long)"}]
                  - table:
                      columns: [A, B]
                      rows: [["\(long)", "1"]]
            """)
        defer { run.folder.remove() }
        #expect(run.result.status == 0, "\(run.result.error.prefix(600))")
        #expect(run.wroteOutput)
    }

    /// The same in a right-to-left document, where Pango breaks the lines: it shaped the rest of the run again
    /// for every line. No zero-width space put in for it reaches the extracted text.
    @Test func aLongRunInRightToLeftTextRendersAndReadsWhole() throws {
        let long = String(repeating: "x", count: 50_000)
        let run = try render("title: T\nlanguage: ar\nsections:\n  - title: S\n    blocks:\n      - paragraph: \"\(long)\"\n")
        defer { run.folder.remove() }
        #expect(run.result.status == 0, "\(run.result.error.prefix(600))")
        let text = try Tool.run(["pdftotext", run.folder.file("out.pdf").path, "-"]).output
        #expect(text.filter { $0 == "x" }.count == 50_000 && !text.contains("\u{200B}"))
    }

    /// Tables have no row limit (there was one of 40,000, for memory): past the old limit, every row is in the PDF.
    @Test func aTableOfFortyThousandAndOneRowsRendersWhole() throws {
        var yaml = "title: Rows\nsections:\n  - title: S\n    blocks:\n      - table:\n          columns: [A, B]\n          rows:\n"
        for row in 1...40_001 { yaml += "            - [\"r\(row)\", \"\(row % 97)\"]\n" }
        let run = try render(yaml)
        defer { run.folder.remove() }
        #expect(run.result.status == 0, "\(run.result.error.prefix(600))")
        let text = try Tool.run(["pdftotext", run.folder.file("out.pdf").path, "-"]).output
        #expect(text.contains("r1\n") && text.contains("r20000\n") && text.contains("r40001\n"))
    }

    @Test(arguments: [(".nan", "a number"), (".inf", "a number"), ("-.inf", "a number")])
    func notANumberAndInfinityInChartDataAreRefused(value: String, message: String) throws {
        let run = try render("title: C\nsections:\n  - title: S\n    blocks:\n      - chart: {categories: [a, b], series: [{name: s, values: [1, \(value)]}]}\n")
        defer { run.folder.remove() }
        expectRefused(run, at: "5:68", saying: message)
    }

    @Test func hugeChartValuesRender() throws {
        let run = try render("title: C\nsections:\n  - title: S\n    blocks:\n      - chart: {categories: [a, b, c], series: [{name: s, values: [1e308, -1e308, 1]}, {name: t, values: [1e308, 1e308, 0]}], stacked: true}\n")
        defer { run.folder.remove() }
        #expect(run.result.status == 0, "\(run.result.error)")
    }

    @Test func datesInYearOneAndNineThousandNineHundredNinetyNineRender() throws {
        let run = try render("title: T\nsections:\n  - title: S\n    blocks:\n      - timeline:\n          events:\n            - {date: \"0001-01-01\", label: First}\n            - {date: \"9999-12-31\", label: Last}\n            - {start: \"0001\", end: \"9999\", label: All}\n")
        defer { run.folder.remove() }
        #expect(run.result.status == 0, "\(run.result.error)")
        #expect(try Tool.run(["pdftotext", run.folder.file("out.pdf").path, "-"]).output.contains("Last"))
    }

    @Test func invalidUTF8IsRefusedWhereItIs() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try (Data("title: Bad\nsections:\n  - title: \"caf".utf8) + Data([0xC3, 0x28]) + Data("\"\n".utf8)).write(to: folder.file("b.yaml"))
        let result = try Tool.run([Tool.folio, "render", folder.file("b.yaml").path, "-o", folder.file("out.pdf").path])
        #expect(result.status == 1)
        #expect(result.error.contains("b.yaml:3:"), "\(result.error)")
        #expect(result.error.contains("not valid UTF-8"))
    }

    @Test func controlCharactersAreRefusedOrLeftOut() throws {
        // YAML refuses raw control characters; escaped ones reach the text and are left out of the drawing.
        let raw = try render(paragraphBriefing("\"bell \u{07} here\""))
        defer { raw.folder.remove() }
        #expect(raw.result.status == 1)
        #expect(raw.result.error.contains("b.yaml:5:"), "\(raw.result.error)")
        let escaped = try render(paragraphBriefing("\"bell \\a, escape \\e, null \\0 here\""))
        defer { escaped.folder.remove() }
        #expect(escaped.result.status == 0, "\(escaped.result.error)")
        #expect(try Tool.run(["qpdf", "--check", escaped.folder.file("out.pdf").path]).status == 0)
    }

    @Test func unbalancedInlineMarkupIsShownAsWritten() throws {
        let run = try render(paragraphBriefing("\"**bold never closed, *italic neither, `code too, [a link](\""))
        defer { run.folder.remove() }
        #expect(run.result.status == 0, "\(run.result.error)")
        let text = try Tool.run(["pdftotext", run.folder.file("out.pdf").path, "-"]).output
        #expect(text.contains("bold never closed"))
        #expect(text.contains("[a link]("), "\(text)")
    }

    @Test func anImageClaimingAHundredThousandPixelsASideIsRefusedUndecoded() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        png += Data([0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 2, 0, 0, 0, 0, 0, 0, 0])
        try png.write(to: folder.file("huge.png"))
        try "title: I\nsections:\n  - title: S\n    blocks:\n      - image: {path: huge.png, alt: A}\n".write(to: folder.file("b.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "render", folder.file("b.yaml").path, "-o", folder.file("out.pdf").path])
        #expect(result.status == 1)
        #expect(result.error.contains("b.yaml:5:23"), "\(result.error)")
        #expect(result.error.contains("100000 × 100000 pixels"), "\(result.error)")
    }

    @Test func aTruncatedImageIsRefused() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let whole = try Data(contentsOf: examplesFolder.appendingPathComponent("images/network.png"))
        try whole.prefix(whole.count / 2).write(to: folder.file("half.png"))
        try Data("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect".utf8).write(to: folder.file("half.svg"))
        for image in ["half.png", "half.svg"] {
            try "title: I\nsections:\n  - title: S\n    blocks:\n      - image: {path: \(image), alt: A}\n".write(to: folder.file("b.yaml"), atomically: true, encoding: .utf8)
            let result = try Tool.run([Tool.folio, "render", folder.file("b.yaml").path, "-o", folder.file("out.pdf").path])
            #expect(result.status == 1, "\(image)")
            #expect(result.error.contains("b.yaml:5:23"), "\(image): \(result.error)")
        }
    }

    @Test(arguments: [("0mm", "5:11"), ("100m", "5:11")])
    func aPageOfNoSizeOrOneHundredMetresIsRefused(width: String, location: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try "extends: default\npage:\n  size: custom\n  width: \(width)\n  height: 297mm\n".write(to: folder.file("s.yaml"), atomically: true, encoding: .utf8)
        try "title: P\nstyle: s.yaml\nsections:\n  - title: S\n".write(to: folder.file("b.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "render", folder.file("b.yaml").path, "-o", folder.file("out.pdf").path])
        #expect(result.status == 1)
        #expect(result.error.contains("s.yaml:"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out.pdf").path))
    }

    @Test func aPNGBeyondCairosPixelLimitIsRefused() throws {
        let run = try render(paragraphBriefing("Text."), extra: ["-f", "png", "--ppi", "3000"])
        defer { run.folder.remove() }
        #expect(run.result.status == 64, "\(run.result.error)")
        #expect(run.result.error.contains("32767 pixels"), "\(run.result.error)")
        #expect(run.folder.contents.filter { $0.hasSuffix(".png") && $0 != "map.png" }.isEmpty)
    }
}
