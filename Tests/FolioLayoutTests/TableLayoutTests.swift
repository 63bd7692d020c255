import FolioCore
import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

@Suite struct TableLayoutTests {
    let style = Style.standard

    func words(_ count: Int, _ seed: Int) -> InlineText {
        LayoutFixtures.paragraph(words: count, seed: seed)
    }

    /// The briefing: one section holding `table`.
    func record(_ table: Table) throws -> RecordingTarget {
        let briefing = Briefing(title: "Tables", sections: [Section(title: "S", blocks: [.table(table)])])
        return try LayoutFixtures.record(briefing).1
    }

    /// Text lines per page with whether each is drawn as an artifact (a repeated header, a continued caption).
    func pages(_ target: RecordingTarget) -> [[(text: String, bounds: Rect, artifact: Bool, role: StructureRole?)]] {
        var roles: [StructureRole] = []
        var pages: [[(String, Rect, Bool, StructureRole?)]] = []
        for command in target.commands {
            switch command {
            case .beginPage: pages.append([])
            case .beginStructure(let role): roles.append(role)
            case .endStructure: _ = roles.popLast()
            case .text(let text, let bounds) where !pages.isEmpty:
                pages[pages.count - 1].append((text, bounds, roles.contains(where: \.isArtifact), roles.last))
            default: break
            }
        }
        return pages
    }

    @Test func headersRepeatOnEveryPageWithContinuedCaptions() throws {
        let rows = (0..<150).map { TableRow(cells: [TableCell(text: InlineText(plain: "Row \($0)")), TableCell(text: words(6, $0))]) }
        let target = try record(Table(caption: "Long table", columns: [TableColumn(title: "Name"), TableColumn(title: "Details")],
                                      rows: rows))
        let all = pages(target)
        #expect(all.count >= 3)
        for (index, page) in all.enumerated() {
            let texts = page.map(\.text)
            #expect(texts.contains("Name") && texts.contains("Details"), "page \(index + 1) has no header")
            if index == 0 {
                #expect(texts.contains("Table 1. Long table"))
            } else {
                #expect(texts.contains("Table 1. Long table (continued)"), "page \(index + 1)")
                // The repeated header is not part of the structure a second time.
                let repeatedHeader = page.filter { $0.text == "Name" }
                #expect(repeatedHeader.allSatisfy { $0.artifact })
            }
        }
        // Every row is drawn once, and whole: its two cells on the same page.
        let drawn = all.flatMap { $0.map(\.text) }.filter { $0.hasPrefix("Row ") }
        #expect(drawn == (0..<150).map { "Row \($0)" })
    }

    /// The source line under a table's last rows fits on their page: the rows move on with it otherwise.
    @Test func theSourceLineNeverRunsPastTheFoot() throws {
        let rows = (0..<8).map { TableRow(cells: [TableCell(text: InlineText(plain: "Row \($0)")), TableCell(text: "1")]) }
        for count in stride(from: 200, through: 700, by: 9) {
            let table = Table(columns: [TableColumn(title: "Name"), TableColumn(title: "Value")], rows: rows,
                              source: "Ledger of the programme office, two lines long when the column is narrow enough for it")
            let briefing = Briefing(title: "Tables", sections: [Section(title: "S", blocks: [.paragraph(words(count, 1)), .table(table)])])
            let (document, _) = try LayoutFixtures.record(briefing)
            #expect(!document.diagnostics.contains { $0.code == FolioError.Code.pageOverflow }, "\(count) words: \(document.diagnostics)")
        }
    }

    /// The rule under the header is drawn after every fill, so a toned first row does not cut it.
    @Test func theHeaderRuleIsDrawnOverToneFills() throws {
        let rows = [TableRow(cells: [TableCell(text: "Late", tone: .bad), TableCell(text: "3")], tone: .warning),
                    TableRow(cells: [TableCell(text: "On time"), TableCell(text: "9")])]
        let target = try record(Table(columns: [TableColumn(title: "Status"), TableColumn(title: "Count")], rows: rows))
        var lastFill: Int?, headerRule: Int?
        for (index, command) in target.commands.enumerated() {
            switch command {
            case .fill: lastFill = index
            case .stroke(_, let style) where style.width == 1: headerRule = index
            default: break
            }
        }
        #expect(headerRule != nil && lastFill != nil)
        if let headerRule, let lastFill { #expect(headerRule > lastFill, "the header rule is drawn before a fill") }
    }

    @Test func headerRowsNeverStandAloneAtTheFootOfAPage() throws {
        // Fill the page almost to the bottom, then a table: its caption and header must not be left behind.
        let filler = (0..<7).map { Block.paragraph(words(75, 100 + $0)) }
        let table = Table(caption: "After", columns: [TableColumn(title: "Head")], rows: [TableRow(cells: [TableCell(text: "body")])])
        let briefing = Briefing(title: "T", sections: [Section(title: "S", blocks: filler + [.table(table)])])
        let all = pages(try LayoutFixtures.record(briefing).1)
        let headerPage = all.firstIndex { $0.contains { $0.text == "Head" } }
        let bodyPage = all.firstIndex { $0.contains { $0.text == "body" } }
        #expect(headerPage != nil && headerPage == bodyPage)
    }

    @Test func aRowTallerThanAPageSplitsBetweenLines() throws {
        let tall = TableRow(cells: [TableCell(text: "Tall"), TableCell(text: words(1500, 7))])
        let target = try record(Table(columns: [TableColumn(title: "A"), TableColumn(title: "B")],
                                      rows: [TableRow(cells: [TableCell(text: "first"), TableCell(text: "short")]), tall]))
        let all = pages(target)
        #expect(all.count >= 2)
        let area = style.page.textArea
        for page in all {
            for line in page where !line.artifact {
                #expect(line.bounds.maxY <= area.maxY + 0.01 || line.bounds.minY >= area.maxY, "'\(line.text)' runs over the page")
            }
        }
        // The tall cell's words are all drawn, in order, over the pages.
        var cellWords = 0
        for line in all.joined() where line.role.map(\.structureType) == "TD" && !["Tall", "first", "short"].contains(line.text) {
            cellWords += line.text.split(separator: " ").count
        }
        #expect(cellWords == 1500)
    }

    @Test func aRowSpanCrossingAPageBreakIsCarriedOn() throws {
        // Rows that cannot all fit on one page, tied together by a cell spanning all of them.
        let count = 60
        var rows = [TableRow(cells: [TableCell(text: words(40, 1), rowSpan: count), TableCell(text: "r0")])]
        rows += (1..<count).map { TableRow(cells: [TableCell(text: InlineText(plain: "r\($0)"))]) }
        let all = pages(try record(Table(columns: [TableColumn(title: "Span"), TableColumn(title: "Rows")], rows: rows)))
        #expect(all.count >= 2)
        var rowLabels: [String] = []
        for line in all.joined() {
            guard let first = line.text.split(separator: " ").first, first.hasPrefix("r"), first.dropFirst().allSatisfy(\.isNumber),
                  !first.dropFirst().isEmpty else { continue }
            rowLabels.append(String(first))
        }
        #expect(rowLabels == (0..<count).map { "r\($0)" })
        // The spanning cell's 40 words are all drawn, even though its rows run over two pages.
        var spanWords = 0
        for line in all.joined() where line.role.map(\.structureType) == "TD" && !line.text.hasPrefix("r") {
            spanWords += line.text.split(separator: " ").count
        }
        #expect(spanWords == 40)
    }

    @Test func columnWidthsFollowContentAndRequests() {
        let columns = [ColumnWidths.Column(minimum: 40, maximum: 100), ColumnWidths.Column(minimum: 60, maximum: 300),
                       ColumnWidths.Column(minimum: 10, maximum: 10, request: .points(50))]
        let wide = ColumnWidths.resolve(columns, available: 500)
        #expect(abs(wide.reduce(0, +) - 500) < 1e-9 && wide[2] == 50)
        #expect(abs(wide[0] / wide[1] - 100.0 / 300.0) < 1e-9)  // spare width in proportion to the maximums
        let narrow = ColumnWidths.resolve(columns, available: 200)
        #expect(abs(narrow.reduce(0, +) - 200) < 1e-9)
        #expect(narrow[0] >= 40 && narrow[1] >= 60)  // never below the longest word while it can be avoided
        let tiny = ColumnWidths.resolve(columns, available: 80)
        #expect(abs(tiny.reduce(0, +) - 80) < 1e-6)  // never wider than the column
        let percent = ColumnWidths.resolve([ColumnWidths.Column(minimum: 0, maximum: 10, request: .percent(25)),
                                            ColumnWidths.Column(minimum: 0, maximum: 10)], available: 400)
        #expect(percent == [100, 300])
    }

    @Test(arguments: [("12.5", 2), ("1,234.56", 5), ("47 min", 2), ("21.4%", 2), ("-10", 3), ("n/a", nil), ("3%", 1)])
    func decimalSeparatorsAreFound(text: String, offset: Int?) {
        #expect(DecimalSeparator.byteOffset(in: text) == offset)
    }

    /// In German and French the comma is the decimal separator, and a full stop or a (narrow) no-break space
    /// groups thousands.
    @Test(arguments: [("1.234,56 €", 5), ("12,5", 2), ("1\u{202F}234,5", 7), ("1\u{A0}234", 6), ("47 min", 2)])
    func aDecimalCommaIsFoundWhereTheLanguageUsesOne(text: String, offset: Int?) {
        #expect(DecimalSeparator.byteOffset(in: text, decimalSeparator: ",") == offset)
    }
}

/// A long table measures its body rows again as they are placed (`TableBodyRows`) instead of keeping every
/// cell's line from measuring the widths: the pages must be those of a table laid out at once.
@Suite struct LongTableLayoutTests {
    @Test func rowsMeasuredAsPlacedGiveTheSamePages() throws {
        var seed = SeededGenerator(seed: 20)
        let tones: [Tone?] = [nil, nil, .good, .bad]
        var rows: [TableRow] = []
        var index = 0
        while index < 700 {
            // Every so often a cell spans three rows (past a run of 64 now and then), and one spans two columns.
            let spans = (index % 61 == 60 || index % 64 == 62) && index + 3 <= 700
            // A spanning cell is taller than the rows it spans, so the last of them grows.
            var cells = [TableCell(text: spans ? LayoutFixtures.paragraph(words: 30, seed: index) : InlineText(plain: "R\(index)"),
                                   rowSpan: spans ? 3 : 1),
                         TableCell(text: LayoutFixtures.paragraph(words: Int.random(in: 1...14, using: &seed), seed: index)),
                         TableCell(text: InlineText(plain: String(format: "%.2f", Double.random(in: 0...99_999, using: &seed))), isNumber: true,
                                   tone: tones[index % tones.count])]
            if index % 97 == 5 { cells = [cells[0], TableCell(text: "spanning two columns", columnSpan: 2)] }
            if index % 50 == 7 { cells[2] = TableCell(text: "", sparkline: [1, 4, nil, 2]) }
            rows.append(TableRow(cells: cells, tone: index % 89 == 3 ? .warning : nil, startsGroup: index % 40 == 0))
            for _ in 1..<(spans ? 3 : 1) {
                index += 1
                rows.append(TableRow(cells: [TableCell(text: LayoutFixtures.paragraph(words: 3, seed: index)), TableCell(text: "7.5", isNumber: true)]))
            }
            index += 1
        }
        let table = Table(caption: "Long", columns: [TableColumn(title: "Id"), TableColumn(title: "Text"),
                                                     TableColumn(title: "Amount", alignment: .decimal)],
                          rows: rows, headerColumns: 1, source: "Generated")
        var style = Style.standard
        style.table.zebra = true
        let briefing = Briefing(title: "Long table", sections: [Section(title: "S", blocks: [.paragraph("Before."), .table(table), .paragraph("After.")])])
        var whole = DocumentLayout(style: style, measurer: FixedAdvanceMeasurer())
        whole.eagerTableRows = .max
        var asPlaced = DocumentLayout(style: style, measurer: FixedAdvanceMeasurer())
        asPlaced.eagerTableRows = 0
        let expected = whole.layout(briefing)
        #expect(expected.pages.count > 20)
        let laidOutAsPlaced = asPlaced.layout(briefing)
        // Compared as one Bool: the documents' descriptions run to megabytes.
        let same = laidOutAsPlaced == expected
        #expect(same, "pages differ from page \((expected.pages.indices.first { laidOutAsPlaced.pages.count <= $0 || laidOutAsPlaced.pages[$0] != expected.pages[$0] } ?? -1) + 1)")
    }
}
