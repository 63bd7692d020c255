import Foundation
import Testing

/// Tables, charts and timelines read from CSV, TSV and JSON files of real public data (Tests/Data/SOURCES.md),
/// read back from the PDF with pdftotext; and every problem of a data file located in the file and in the briefing.
@Suite struct DataFileTests {
    static let data = examplesFolder.deletingLastPathComponent().appendingPathComponent("Tests/Data")

    /// Renders `briefing` next to a copy of the test data (in `data/`); the result, and the PDF's text.
    static func render(_ briefing: String, extra: [String] = []) throws -> (status: Int32, error: String, text: String) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: data, to: folder.file("data"))
        let input = folder.file("briefing.yaml"), pdf = folder.file("out.pdf")
        try briefing.write(to: input, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q"] + extra)
        let text = FileManager.default.fileExists(atPath: pdf.path) ? try Tool.run(["pdftotext", "-layout", pdf.path, "-"]).output : ""
        return (result.status, result.error.replacingOccurrences(of: folder.url.path + "/", with: ""), text)
    }

    @Test func aCSVTableSortsLimitsAndFormats() throws {
        let result = try Self.render("""
            title: Airports
            language: de
            sections:
              - title: Northernmost
                blocks:
                  - table:
                      caption: The five northernmost airports
                      data: data/airports.csv
                      columns:
                        - {field: iata, title: Code}
                        - {field: name, title: Airport}
                        - {field: state}
                        - {field: latitude, title: Latitude, format: "0.00"}
                      sort: {by: latitude, descending: true}
                      limit: 5
            """)
        #expect(result.status == 0, "\(result.error)")
        // Barrow (Wiley Post–Will Rogers) is the northernmost; German decimal commas from the format.
        #expect(result.text.range(of: #"BRW\s+Wiley Post Will Rogers Memorial\s+AK\s+71,29"#, options: .regularExpression) != nil, "\(result.text)")
        #expect(result.text.components(separatedBy: "\n").filter { $0.contains(" AK ") }.count == 5)
        #expect(!result.text.contains("Thigpen"))
    }

    @Test func aQuotedCSVFieldKeepsItsComma() throws {
        let result = try Self.render("""
            title: Airports
            sections:
              - title: South Carolina
                blocks:
                  - table:
                      data: data/airports.csv
                      columns: [iata, name, city]
                      sort: iata
                      limit: 400
            """)
        #expect(result.status == 0, "\(result.error)")
        // The name may wrap in its cell; its comma is inside it, not a new field.
        #expect(result.text.contains("Union County, Troy"), "\(result.text.components(separatedBy: "\n").filter { $0.contains("35A") })")
    }

    @Test func aTSVChartTakesOneSeriesPerColumn() throws {
        let result = try Self.render("""
            title: Jobs
            sections:
              - title: Construction and manufacturing
                blocks:
                  - chart:
                      caption: Employment in thousands
                      data: data/us-employment.tsv
                      x: month
                      y: [construction, manufacturing]
                      format: "#,##0"
            """, extra: ["--set", "charts.data_table=true"])
        #expect(result.status == 0, "\(result.error)")
        // Months as the style writes dates, the values by the format, in the chart's data table.
        #expect(result.text.range(of: #"January 2006\s+7,601\s+14,210"#, options: .regularExpression) != nil, "\(result.text.prefix(3000))")
        #expect(result.text.contains("construction") && result.text.contains("manufacturing"))
    }

    @Test func aJSONTimelineNamesItsFields() throws {
        let result = try Self.render("""
            title: Europe
            sections:
              - title: Enlargements
                blocks:
                  - timeline:
                      caption: Members joining and leaving
                      data: data/eu-enlargements.json
                      fields: {detail: countries}
            """, extra: ["--set", "charts.data_table=true"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text.contains("Ten states join") && result.text.contains("United Kingdom leaves"))
        #expect(result.text.range(of: #"1 May\s+Ten states join\s+Enlargement\s+Cyprus"#, options: .regularExpression) != nil,
                "\(result.text)")
    }

    @Test func aTSVTableAndAJSONChart() throws {
        let result = try Self.render("""
            title: Jobs and barley
            sections:
              - title: Government jobs
                blocks:
                  - table:
                      caption: The last three months of 2015
                      data: data/us-employment.tsv
                      columns: [month, {field: government, format: "#,##0"}, {field: nonfarm_change, format: "+#,##0;−#,##0"}]
                      sort: {by: month, descending: true}
                      limit: 3
                  - chart:
                      caption: Barley yields of six Minnesota farms, by variety and year
                      data: data/barley.json
                      x: variety
                      y: yield
                      series: year
                      format: "#,##0.0"
            """, extra: ["--set", "charts.data_table=true"])
        #expect(result.status == 0, "\(result.error)")
        // December 2015: 22,100 thousand government jobs, 234 thousand more jobs of all kinds than in November.
        #expect(result.text.range(of: #"2015-12-01\s+22,100\s+\+234"#, options: .regularExpression) != nil, "\(result.text)")
        // Long data split into series by year, the six farms' yields of a variety and year added up, as a pivot table
        // adds them (Immer, 1934): Manchuria gave 205.2 in 1931 and 172.4 in 1932.
        #expect(result.text.range(of: #"Manchuria\s+205\.2\s+172\.4"#, options: .regularExpression) != nil, "\(result.text)")
        #expect(result.text.contains("1931") && result.text.contains("Wisconsin No. 38"))
    }

    @Test func theExampleBriefingReadsItsDataFiles() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("out.pdf")
        let result = try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent("data-briefing.yaml").path, "-o", pdf.path, "-q"])
        #expect(result.status == 0, "\(result.error)")
        let text = try Tool.run(["pdftotext", "-layout", pdf.path, "-"]).output
        #expect(text.range(of: #"pontiac grand prix\s+230\s+4,278\s+9\.5\s+USA"#, options: .regularExpression) != nil)
        #expect(text.contains("2001") && text.contains("2017") && !text.contains("2001-01-01"))
        #expect(text.contains("Fossil Fuels") && text.contains("Ten states join"))
    }

    // MARK: Errors

    /// The briefing's line of `data:` is 7 in every case below; its file is briefing.yaml.
    static func failing(_ block: String, files: [String: String] = [:]) throws -> (status: Int32, error: String, written: Bool) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("data"), withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.file("data/\(name)")) }
        let input = folder.file("briefing.yaml"), pdf = folder.file("out.pdf")
        try ("title: T\nsections:\n  - title: S\n    blocks:\n" + block).write(to: input, atomically: true, encoding: .utf8)
        try Data("old".utf8).write(to: pdf)
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "--diagnostic-format", "short"])
        let untouched = try Data(contentsOf: pdf) == Data("old".utf8)
        return (result.status, result.error.replacingOccurrences(of: folder.url.path + "/", with: ""), !untouched)
    }

    @Test func aMissingFileIsLocatedAtItsKey() throws {
        let result = try Self.failing("      - table:\n          caption: C\n          data: data/nothing.csv\n")
        #expect(result.status == 1 && !result.written)
        #expect(result.error.contains("briefing.yaml:7:17: error: sections[0].blocks[0].table.data: data file 'data/nothing.csv' not found"))
    }

    @Test func aFieldTheFileLacksSuggestsItsFields() throws {
        let result = try Self.failing("      - chart:\n          x: year\n          data: data/d.csv\n          y: valeu\n",
                                      files: ["d.csv": "year,value\n2020,1\n2021,2\n"])
        #expect(result.status == 1 && !result.written)
        #expect(result.error.contains("briefing.yaml:8:14: error: sections[0].blocks[0].chart.y: data/d.csv has no field 'valeu'; did you mean 'value'?"))
        #expect(result.error.contains("data/d.csv:1:1: note:"), "\(result.error)")
    }

    @Test func aValueThatIsNoNumberIsLocatedInBothFiles() throws {
        let result = try Self.failing("      - chart:\n          x: year\n          data: data/d.csv\n          y: value\n",
                                      files: ["d.csv": "year,value\n2020,1\n2021,\"n/a\"\n2022,3\n"])
        #expect(result.status == 1 && !result.written)
        #expect(result.error.contains("data/d.csv:3:6: error: sections[0].blocks[0].chart.data[1].value: 'value' is \"n/a\" here, not a number"),
                "\(result.error)")
        #expect(result.error.contains("briefing.yaml:8:14: note: sections[0].blocks[0].chart.data[1].value: the field 'value' is named here"))
    }

    @Test func raggedRowsAndBadQuotesAndBytesAreLocated() throws {
        let ragged = try Self.failing("      - table:\n          caption: C\n          data: data/r.csv\n",
                                      files: ["r.csv": "a,b\r\n1,2\r\n3\r\n4,5,6\r\n"])
        #expect(ragged.status == 1 && !ragged.written)
        #expect(ragged.error.contains("data/r.csv:3:1: error: sections[0].blocks[0].table.data: this row has 1 field; the header names 2"))
        #expect(ragged.error.contains("data/r.csv:4:1: error:"))
        #expect(ragged.error.contains("briefing.yaml:7:17: note: sections[0].blocks[0].table.data: data/r.csv is read here"))

        let quote = try Self.failing("      - table:\n          caption: C\n          data: data/q.csv\n",
                                     files: ["q.csv": "a,b\n1,\"open\n2,3\n"])
        #expect(quote.error.contains("data/q.csv:2:3: error: sections[0].blocks[0].table.data: this quoted field is never closed"), "\(quote.error)")

        let bytes = try Self.failing("      - table:\n          caption: C\n          data: data/b.csv\n",
                                     files: ["b.csv": "a,b\n1,caf\u{00E9}\n"])
        #expect(bytes.status == 0)
        let latin1 = try Self.failingBytes("b.csv", [UInt8]("a,b\n1,caf".utf8) + [0xE9, 0x0A])
        #expect(latin1.contains("data/b.csv:2:6: error: sections[0].blocks[0].table.data: byte 10 is not UTF-8"), "\(latin1)")
    }

    static func failingBytes(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("data"), withIntermediateDirectories: true)
        try Data(bytes).write(to: folder.file("data/\(name)"))
        let input = folder.file("briefing.yaml")
        try "title: T\nsections:\n  - title: S\n    blocks:\n      - table:\n          caption: C\n          data: data/\(name)\n"
            .write(to: input, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "validate", input.path, "--diagnostic-format", "short"])
        return result.error.replacingOccurrences(of: folder.url.path + "/", with: "")
    }

    @Test func aDateThatIsNoDateIsLocatedInTheFile() throws {
        let result = try Self.failing("      - timeline:\n          caption: C\n          data: data/e.csv\n",
                                      files: ["e.csv": "date,label\n2020-01-01,Start\n2020-13-01,Bad month\n"])
        #expect(result.status == 1 && !result.written)
        #expect(result.error.contains("data/e.csv:3:1: error: sections[0].blocks[0].timeline.data[1].date: \"2020-13-01\" is not a date"),
                "\(result.error)")
        #expect(result.error.contains("briefing.yaml:7:17: note:"))
    }

    @Test func aDataFileOutsideTheFolderOrAtAURLIsRefused() throws {
        let outside = try Self.failing("      - table:\n          caption: C\n          data: ../../etc/passwd.csv\n")
        #expect(outside.status == 1 && !outside.written)
        let url = try Self.failing("      - table:\n          caption: C\n          data: https://example.com/x.csv\n")
        #expect(url.error.contains("is a URL; Folio reads files next to the briefing and never fetches"))
    }
}
