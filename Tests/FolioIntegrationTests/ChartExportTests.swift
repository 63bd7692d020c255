import Foundation
import Testing

/// `folio chart`: each example chart alone, read back with poppler; sizes, transparency, errors, and the
/// exported copies in Examples/charts kept current.
@Suite struct ChartExportTests {
    static let charts = [("kosovo-nato.yaml", "kosovo-nato-timeline"), ("programme-status.yaml", "milestones"),
                         ("programme-status.yaml", "leakage"), ("programme-status.yaml", "spend"),
                         ("incident-review.md", "incident-timeline"), ("incident-review.md", "error-rate"),
                         ("trends.yaml", "jobs"), ("trends.yaml", "iowa-area"), ("trends.yaml", "quarter")]

    func export(_ example: String, _ id: String, to file: URL, _ options: [String] = []) throws -> Tool.Result {
        try Tool.run([Tool.folio, "chart", examplesFolder.appendingPathComponent(example).path, "--id", id, "-o", file.path] + options)
    }

    @Test(arguments: charts)
    func exportedChartIsATaggedFigureWithNoOverlappingWords(example: String, id: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("chart.pdf")
        let result = try export(example, id, to: pdf)
        #expect(result.status == 0, "\(result.error)")
        // Only warnings, each located in the briefing (a stacked chart's values that have no room, say).
        for line in result.error.split(separator: "\n") where !line.hasPrefix("    ") {
            #expect(line.contains(": warning: sections["), "\(line)")
        }
        #expect(try Tool.run(["qpdf", "--check", pdf.path]).status == 0)
        let numbers = try pageSize(of: pdf)
        // The report's column width, and no taller than the chart.
        #expect(numbers.count == 2 && numbers[1] < 500 && abs(numbers[0] - 453.5) < 1, "sized tightly: \(numbers)")
        let structure = try Tool.run(["pdfinfo", "-struct-text", pdf.path]).output
        #expect(structure.hasPrefix("Document\n  Figure\n"), "\(structure.prefix(80))")
        let words = try WordGeometryTests.words(of: pdf).first ?? []
        #expect(words.count > 10)
        for first in words.indices {
            for second in words.indices where second > first {
                let a = words[first].box.insetBy(dx: 0.3, dy: 0.3), b = words[second].box.insetBy(dx: 0.3, dy: 0.3)
                #expect(!a.intersects(b), "\(id): '\(words[first].text)' overlaps '\(words[second].text)'")
            }
        }
        for word in words where numbers.count == 2 {
            #expect(word.box.minX >= 0 && word.box.maxX <= numbers[0] && word.box.minY >= 0 && word.box.maxY <= numbers[1],
                    "\(id): '\(word.text)' leaves the page")
        }
    }

    @Test func widthHeightPPIAndTransparencyAreHonoured() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let opaque = folder.file("opaque.png"), clear = folder.file("clear.png")
        #expect(try export("programme-status.yaml", "leakage", to: opaque, ["--width", "400", "--height", "300", "--ppi", "144"]).status == 0)
        #expect(try export("programme-status.yaml", "leakage", to: clear, ["--width", "400", "--height", "300", "--ppi", "144", "--transparent"]).status == 0)
        let size = try pngSize(of: opaque)
        #expect(size.width == 800 && size.height == 600)
        #expect(try firstPixelAlpha(of: opaque) == 255)
        #expect(try firstPixelAlpha(of: clear) == 0)
        // Too little height: the chart takes what it needs.
        let short = folder.file("short.pdf")
        #expect(try export("kosovo-nato.yaml", "kosovo-nato-timeline", to: short, ["--height", "50"]).status == 0)
        #expect(try pageSize(of: short).last ?? 0 > 150)
    }

    @Test func titleAndCaptionAreSetOnlyWhenAskedFor() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let bare = folder.file("bare.pdf"), framed = folder.file("framed.pdf"), sized = folder.file("sized.pdf")
        #expect(try export("programme-status.yaml", "leakage", to: bare).status == 0)
        #expect(try export("programme-status.yaml", "leakage", to: framed, ["--title", "--caption"]).status == 0)
        #expect(try export("programme-status.yaml", "leakage", to: sized, ["--title", "--caption", "--height", "400"]).status == 0)
        let title = "Non-revenue water by district", caption = "Share of treated water lost before billing"
        let bareText = try Tool.run(["pdftotext", bare.path, "-"]).output
        #expect(!bareText.contains(title) && !bareText.contains(caption))
        let text = try Tool.run(["pdftotext", "-layout", framed.path, "-"]).output
        let blank = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{0C}"))
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: blank) }.filter { !$0.isEmpty }
        // The title first, the caption last, without the report's figure number.
        #expect(lines.first == title, "\(lines.prefix(2))")
        #expect(lines.last?.hasPrefix(caption) == true, "\(lines.suffix(2))")
        #expect(!text.contains("Figure"))
        #expect(try pageSize(of: framed)[1] > pageSize(of: bare)[1] + 20)
        #expect(abs(try pageSize(of: sized)[1] - 400) < 0.01)
        // Title and caption are inside the figure for a screen reader, as in the report.
        let structure = try Tool.run(["pdfinfo", "-struct-text", framed.path]).output
        #expect(structure.contains(title) && structure.contains("Caption"), "\(structure.prefix(300))")
    }

    @Test func anUnknownIdFailsWithASuggestionAndWritesNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try export("programme-status.yaml", "spnd", to: folder.file("x.svg"))
        #expect(result.status == 64)
        #expect(result.error.contains("did you mean 'spend'?"))
        #expect(folder.contents.isEmpty)
    }

    @Test func exportsAreDeterministicAndExamplesChartsAreCurrent() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let stored = examplesFolder.appendingPathComponent("charts")
        for (example, id) in Self.charts {
            let name = "\(example.split(separator: ".")[0])-\(id)"
            for (format, options) in [("svg", [String]()), ("png", ["--ppi", "144"])] {
                let fresh = folder.file("\(name).\(format)")
                #expect(try export(example, id, to: fresh, options).status == 0)
                // The same name in another folder: an SVG's ids start with its file's name.
                try FileManager.default.createDirectory(at: folder.file("again"), withIntermediateDirectories: true)
                let again = folder.file("again/\(name).\(format)")
                #expect(try export(example, id, to: again, options).status == 0)
                #expect(try Data(contentsOf: fresh) == Data(contentsOf: again), "\(name).\(format) differs between runs")
                let committed = try? Data(contentsOf: stored.appendingPathComponent("\(name).\(format)"))
                #expect(committed == (try Data(contentsOf: fresh)),
                        "Examples/charts/\(name).\(format) is stale: run scripts/export-example-charts.sh")
            }
        }
    }

    /// Width and height of the first page of `pdf`, in points.
    func pageSize(of pdf: URL) throws -> [Double] {
        let info = try Tool.run(["pdfinfo", pdf.path]).output
        let line = info.split(separator: "\n").first { $0.hasPrefix("Page size:") } ?? ""
        return line.split(separator: " ").compactMap { Double($0) }
    }

    /// The alpha of the top-left pixel of a PNG: the first pixel of the first row is stored as is
    /// under every PNG filter, so inflating the image data is enough.
    func firstPixelAlpha(of png: URL) throws -> Int {
        let script = """
            import sys, zlib, struct
            data = open(sys.argv[1], 'rb').read()
            pos, idat = 8, b''
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos + 8])
                if kind == b'IDAT': idat += data[pos + 8:pos + 8 + length]
                pos += 12 + length
            # Colour type 2 is RGB: opaque by definition.
            print(255 if data[25] == 2 else zlib.decompress(idat)[4])
            """
        let result = try Tool.run(["python3", "-c", script, png.path])
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}

/// The style option that prints each chart's data as a table under it.
@Suite struct ChartDataTableTests {
    @Test func dataTablesFollowTheirCharts() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let style = try String(contentsOf: examplesFolder.deletingLastPathComponent().appendingPathComponent("Styles/default.yaml"),
                               encoding: .utf8)
        #expect(style.contains("data_table: false"))
        try style.replacingOccurrences(of: "data_table: false", with: "data_table: true")
            .write(to: folder.file("style.yaml"), atomically: true, encoding: .utf8)
        let briefing = try String(contentsOf: examplesFolder.appendingPathComponent("programme-status.yaml"), encoding: .utf8)
        try ("style: style.yaml\n" + briefing).write(to: folder.file("briefing.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images"), to: folder.file("images"))
        let pdf = folder.file("out.pdf")
        let result = try Tool.run([Tool.folio, "render", folder.file("briefing.yaml").path, "-o", pdf.path])
        #expect(result.status == 0, "\(result.error)")
        let text = try Tool.run(["pdftotext", "-layout", pdf.path, "-"]).output
        // The bar chart's series as columns with the unit, and the timeline's events with their dates.
        #expect(text.contains("Q3 2024 (%)"))
        #expect(text.range(of: #"North\s+31\.2\s+28\.9"#, options: .regularExpression) != nil)
        #expect(text.range(of: #"January 2024 – November\s+Pipeline replacement\s+Pipelines\s+2025"#, options: .regularExpression) != nil)
    }
}
