import FolioCore
import Testing
@testable import FolioModel

/// Every block kind, with every key it takes, decodes to the values written.
@Suite struct BlockDecodingTests {
    func blocks(_ yaml: String) throws -> [Block] {
        let briefing = try BriefingLoader.load(text: "title: T\nsections:\n  - title: S\n    id: s\n    blocks:\n" + yaml, file: "t.yaml")
        return briefing.sections[0].blocks
    }

    @Test func tables() throws {
        let decoded = try blocks("""
                  - table:
                      id: t1
                      caption: Costs
                      header_rows: 1
                      columns: [{title: Item, width: 40%}, {title: Cost, align: decimal, width: 3cm}, {title: Note, width: auto}]
                      rows:
                        - ["", {text: Money, span: 2}]
                        - [{text: Fuel, row_span: 2, tone: warning}, 12.5, n]
                        - cells: [3, "x"]
                          tone: muted
                        - [~, 1_000, "*em*"]
                      source: Ledger
            """)
        guard case .table(let table) = decoded.first else { Issue.record("not a table"); return }
        #expect(table.id == "t1" && table.caption?.plainText == "Costs" && table.source?.plainText == "Ledger")
        #expect(table.columns.map(\.width) == [.percent(40), .points(72 / 2.54 * 3), .auto])
        #expect(table.columns.map(\.alignment) == [.left, .decimal, .left])
        #expect(table.headerRows.count == 1 && table.headerRows[0].cells[1].columnSpan == 2)
        #expect(table.rows.count == 3)
        #expect(table.rows[0].cells[0].rowSpan == 2 && table.rows[0].cells[0].tone == .warning)
        #expect(table.rows[0].cells[1].isNumber && table.rows[0].cells[1].text.plainText == "12.5")
        #expect(table.rows[1].tone == .muted && table.rows[1].cells[0].isNumber && !table.rows[1].cells[1].isNumber)
        #expect(table.rows[2].cells[0].text.isEmpty && table.rows[2].cells[1].isNumber)
        #expect(table.rows[2].cells[2].text.spans.first?.emphasis == .italic)
    }

    @Test func codeBlocks() throws {
        let decoded = try blocks("""
                  - code: "ls -l\\n  cd /tmp\\n"
                  - code: {text: "{\\"a\\": 1}", syntax: json}
            """)
        #expect(decoded == [.code(CodeBlock(text: "ls -l\n  cd /tmp")), .code(CodeBlock(text: "{\"a\": 1}", syntax: "json"))])
        #expect(throws: FolioError.self) { try blocks("          - code: \"  \"\n") }
        #expect(throws: FolioError.self) { try blocks("          - code: {syntax: bash}\n") }
    }

    @Test func languagesOfSectionsAndBlocks() throws {
        let briefing = try BriefingLoader.load(text: """
            title: T
            sections:
              - title: S
                language: sq
                blocks:
                  - paragraph: Tekst.
                  - language: ar
                    list: [نص]
                  - paragraph: Text.
                    language: en-GB
            """, file: "t.yaml")
        #expect(briefing.sections[0].language == "sq")
        #expect(briefing.sections[0].blockLanguages == [1: "ar", 2: "en-GB"])
        #expect(briefing.sections[0].blocks.count == 3)
        #expect(throws: FolioError.self) {
            try BriefingLoader.load(text: "title: T\nsections:\n  - title: S\n    blocks:\n      - language: fr\n", file: "t.yaml")
        }
    }

    @Test func timelines() throws {
        let decoded = try blocks("""
                  - timeline:
                      id: tl
                      title: Plan
                      caption: The plan
                      alt: A plan
                      range: {from: 2023, to: 2026-Q4}
                      today: 2025-06-15
                      events:
                        - {date: 2024-03, label: Milestone, detail: Detail, lane: A}
                        - {start: 2024, end: 2025-02-28, label: Span, lane: B}
                        - {date: 2025-Q3, label: Quarter}
            """)
        guard case .timeline(let timeline) = decoded.first else { Issue.record("not a timeline"); return }
        #expect(timeline.id == "tl" && timeline.alt == "A plan" && timeline.title?.plainText == "Plan")
        #expect(timeline.range == BriefingDate("2023")!...BriefingDate("2026-Q4")!)
        #expect(timeline.today == BriefingDate("2025-06-15"))
        #expect(timeline.events[0].when == .milestone(BriefingDate("2024-03")!) && timeline.events[0].lane == "A")
        #expect(timeline.events[0].detail?.plainText == "Detail")
        #expect(timeline.events[1].when == .span(start: BriefingDate("2024")!, end: BriefingDate("2025-02-28")!))
        #expect(timeline.events[2].when == .milestone(BriefingDate(year: 2025, month: 7, precision: .quarter(3))))
    }

    @Test func charts() throws {
        let decoded = try blocks("""
                  - chart:
                      id: c
                      type: bar
                      title: Chart
                      caption: Caption
                      alt: Alt
                      categories: [A, B, 2024]
                      series:
                        - {name: One, values: [1, -2.5, null]}
                        - {name: Two, values: [1e3, 0, 3]}
                      unit: "%"
                      orientation: horizontal
                      stacked: true
            """)
        guard case .chart(let chart) = decoded.first else { Issue.record("not a chart"); return }
        #expect(chart.kind == .bar && chart.unit == "%" && chart.orientation == .horizontal && chart.stacked)
        #expect(chart.categories == ["A", "B", "2024"])
        #expect(chart.series == [.init(name: "One", values: [1, -2.5, nil]), .init(name: "Two", values: [1000, 0, 3])])
    }

    @Test func calloutsQuotesImagesPageBreaksAndLists() throws {
        let decoded = try blocks("""
                  - callout: {title: Note, text: Body, tone: key}
                  - callout: {text: Plain}
                  - quote: {text: Words, attribution: Someone}
                  - image: {path: images/map.PNG, caption: Map, alt: A map, width: 50%}
                  - page_break: true
                  - list: [one, {term: Two}, {text: three, items: {ordered: true, items: [a, b]}}]
            """)
        #expect(decoded[0] == .callout(Callout(title: "Note", text: "Body", tone: .key)))
        #expect(decoded[1] == .callout(Callout(text: "Plain", tone: .info)))
        #expect(decoded[2] == .quote(Quote(text: "Words", attribution: "Someone")))
        #expect(decoded[3] == .image(ImageBlock(path: "images/map.PNG", caption: "Map", alt: "A map", width: .percent(50))))
        #expect(decoded[4] == .pageBreak)
        guard case .list(let list) = decoded[5] else { Issue.record("not a list"); return }
        #expect(list.items[1].term?.plainText == "Two" && list.items[1].text.isEmpty)
        #expect(list.items[2].sublist == ListBlock(items: [ListItem(text: "a"), ListItem(text: "b")], ordered: true))
    }

    @Test func documentFields() throws {
        let briefing = try BriefingLoader.load(text: """
            title: T
            subtitle: S
            date: 2025
            authors: One Author
            organization: Org
            classification: UNCLASSIFIED
            language: sr-Cyrl
            style: house/style.yaml
            summary: Lead
            keywords: [a, b]
            """, file: "t.yaml")
        #expect(briefing.authors == ["One Author"] && briefing.keywords == ["a", "b"])
        #expect(briefing.organization == "Org" && briefing.classification == "UNCLASSIFIED")
        #expect(briefing.language == "sr-Cyrl" && briefing.style == "house/style.yaml")
        #expect(briefing.date?.precision == .year && briefing.summary?.plainText == "Lead")
        #expect(try BriefingLoader.load(text: "title: T", file: "t.yaml").language == "en")
    }
}
