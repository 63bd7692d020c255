import Foundation
import Testing

/// Sparklines in tables, from a cell's list and from a data file's list field, read back from the tagged PDF
/// with qpdf (each a Figure inside its TD, with the trend in words as /Alt) and checked by pdfua; and every
/// mistake in writing one located.
@Suite struct SparklineTests {
    static let data = examplesFolder.deletingLastPathComponent().appendingPathComponent("Tests/Data")

    /// Renders `briefing` beside a copy of the test data; the exit status, the errors and the Figures' alt texts.
    func render(_ briefing: String, csv: String? = nil) throws -> (status: Int32, error: String, alts: [String], pdfua: Int32) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Self.data, to: folder.file("data"))
        if let csv { try csv.write(to: folder.file("data/trend.csv"), atomically: true, encoding: .utf8) }
        let input = folder.file("briefing.yaml"), pdf = folder.file("out.pdf")
        try briefing.write(to: input, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q"])
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            return (result.status, result.error.replacingOccurrences(of: folder.url.path + "/", with: ""), [], -1)
        }
        let objects = try PDFObjects(pdf: pdf)
        let elements = objects.structureElements.map(\.dictionary)
        // Figures whose parent is a TD: the sparklines.
        let cells = elements.filter { $0["/S"] as? String == "/TD" }
        let alts = cells.flatMap { cell in
            objects.array(cell["/K"]).compactMap { objects.dictionary($0) }.filter { $0["/S"] as? String == "/Figure" }
                .compactMap { PDFObjects.text($0["/Alt"]) }
        }
        let check = try Tool.run(["pdfua", "check", "--quiet", pdf.path])
        return (result.status, result.error, alts, check.status)
    }

    @Test func aJSONListFieldDrawsASparklineInEveryRow() throws {
        let result = try render("""
            title: Stocks
            sections:
              - title: Ten years
                blocks:
                  - table:
                      caption: Yearly mean price, 2000–2010
                      data: data/stocks-yearly.json
                      columns:
                        - {field: symbol, title: Stock}
                        - {field: last, title: "2010", format: "0.00"}
                        - {field: yearly, title: Trend, sparkline: true}
            """)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.alts.count == 5, "\(result.alts)")
        #expect(result.alts.first == "29.67 → 28.51, lowest 20.93, highest 29.67")
        // GOOG's first four years are gaps: its trend starts at its listing.
        #expect(result.alts.contains("159.48 → 538.98, lowest 159.48, highest 548.76"), "\(result.alts)")
        #expect(result.pdfua == 0)
    }

    @Test func cellsAndCSVTextGiveSparklinesInTheLanguage() throws {
        let result = try render("""
            title: Trends
            language: fr
            sections:
              - title: Tendances
                blocks:
                  - table:
                      columns: [Zone, Tendance]
                      rows:
                        - [Nord, {sparkline: [1.5, 2, null, 4]}]
                  - table:
                      data: data/trend.csv
                      columns: [zone, {field: values, sparkline: true}]
            """, csv: "zone,values\nSud,3 5 4 8\nEst,\"2;1;-\"\n")
        #expect(result.status == 0, "\(result.error)")
        // French: a decimal comma, and the document's words for lowest and highest.
        #expect(result.alts.count == 3, "\(result.alts)")
        #expect(result.alts.first?.hasPrefix("1,5 → 4,0") == true, "\(result.alts)")
        #expect(result.alts.dropFirst().first?.hasPrefix("3 → 8") == true, "\(result.alts)")
        #expect(!result.alts.joined().contains("lowest"), "\(result.alts)")
    }

    @Test(arguments: [
        ("- [A, {text: x, sparkline: [1, 2]}]", "5:52", "either text or a sparkline"),
        ("- [A, {sparkline: [1, two]}]", "5:68", "expected a number"),
        ("- [A, {sparkline: []}]", "5:64", "at least one value"),
    ])
    func mistakesInACellAreLocated(row: String, location: String, message: String) throws {
        let result = try render("""
            title: T
            sections:
              - title: S
                blocks:
                  - table: {columns: [Name, Trend], rows: [\(row.dropFirst(2))]}
            """)
        #expect(result.status != 0)
        #expect(result.error.contains("briefing.yaml:\(location)") && result.error.contains(message), "\(result.error)")
    }

    @Test func aListInAColumnWithoutSparklineIsAnError() throws {
        let result = try render("""
            title: T
            sections:
              - title: S
                blocks:
                  - table: {data: data/stocks-yearly.json, columns: [symbol, yearly]}
            """)
        #expect(result.status != 0)
        #expect(result.error.contains("data/stocks-yearly.json:2:") && result.error.contains("sparkline: true"), "\(result.error)")
        let text = try render("""
            title: T
            sections:
              - title: S
                blocks:
                  - table: {data: data/trend.csv, columns: [zone, {field: values, sparkline: true}]}
            """, csv: "zone,values\nSud,3 five 8\n")
        #expect(text.status != 0)
        #expect(text.error.contains("data/trend.csv:2:5") && text.error.contains("not a number"), "\(text.error)")
    }
}
