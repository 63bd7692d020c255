import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

/// Floats: figures and tables that do not fit move to the top of the next page while the text after them fills
/// the space, in order, never further than the next page; pinned ones stay; barriers hold them back; tables
/// split with at least three rows on each side.
@Suite struct FloatLayoutTests {
    func text(_ words: Int, _ seed: Int) -> Block { .paragraph(LayoutFixtures.paragraph(words: words, seed: seed)) }

    /// A timeline about half a page tall.
    func tallTimeline(_ title: String) -> Block {
        .timeline(Timeline(title: InlineText(plain: title), events: (0..<16).map { index in
            TimelineEvent(when: .milestone(BriefingDate(year: 2024, month: 1 + index % 12, day: 1 + index, precision: .day)),
                          label: InlineText(plain: "Event \(index) with a label"), lane: "Lane \(index % 4)")
        }))
    }

    func chart(_ title: String) -> Block {
        .chart(Chart(title: InlineText(plain: title), categories: ["A", "B", "C"], series: [Chart.Series(name: "S", values: [1, 2, 3])]))
    }

    /// Every page's words, and where each page ended.
    func layout(_ sections: [Section], style: Style = .standard) throws -> (pages: [[String]], ends: [PageEnd]) {
        let (document, target) = try LayoutFixtures.record(Briefing(title: "Floats", sections: sections), style: style)
        return (target.pageTexts, document.pageEnds)
    }

    func page(of text: String, in pages: [[String]]) -> Int? {
        pages.firstIndex { $0.contains { $0.hasPrefix(text) } }
    }

    /// The NATO-like case: a paragraph, a tall timeline that does not fit under it, a bar chart, then more
    /// sections. The timeline goes to the top of page 2 and the text after it fills page 1.
    @Test func textFillsTheSpaceAFloatLeaves() throws {
        let sections = [
            Section(title: "One", blocks: [text(300, 1), tallTimeline("Timeline"), chart("Bars"), text(60, 2)]),
            Section(title: "Two", blocks: [text(120, 3), text(90, 4)]),
            Section(title: "Three", blocks: [text(150, 5)]),
        ]
        let (pages, ends) = try layout(sections)
        #expect(ends[0].emptyShare <= 0.25, "page 1 is \(Int(ends[0].emptyShare * 100)) % empty")
        #expect(page(of: "Timeline", in: pages) == 1 && page(of: "Two", in: pages) == 0, "\(pages.map { $0.prefix(3) })")
        // Floats stay in reading order: the timeline before the chart.
        if let first = page(of: "Timeline", in: pages), let second = page(of: "Bars", in: pages) { #expect(first <= second) }
        // The timeline's title heads page 2: it went to the top.
        #expect(pages.count > 1 && pages[1].first { !$0.hasPrefix("Floats") } == "Timeline", "\(pages[1].prefix(3))")
    }

    /// A float never travels further than the top of the next page, and floats keep their order.
    @Test func floatsKeepTheirOrderAndGoNoFurtherThanTheNextPage() throws {
        let sections = [Section(title: "S", blocks: [text(300, 1), tallTimeline("First"), chart("Second"), text(400, 2), chart("Third"), text(300, 3)])]
        let (pages, _) = try layout(sections)
        let first = page(of: "First", in: pages), second = page(of: "Second", in: pages), third = page(of: "Third", in: pages)
        #expect(first == 1 && second != nil && third != nil)
        if let first, let second, let third { #expect(first <= second && second <= third) }
    }

    /// `float: false` keeps a figure where it is written: the text after it waits for it.
    @Test func aPinnedFigureTakesWhatFollowsAlong() throws {
        var section = Section(title: "S", blocks: [text(300, 1), tallTimeline("Pinned"), text(40, 7)])
        section.blockFloats = [1: .pinned]
        let (pages, ends) = try layout([section])
        let after = LayoutFixtures.paragraph(words: 40, seed: 7).plainText.prefix(12)
        #expect(page(of: "Pinned", in: pages) == 1 && page(of: String(after), in: pages) == 1)
        #expect(ends[0].reason == .doesNotFit && ends[0].nextIsPinned && ends[0].isExplained)
    }

    /// `float: top` puts a figure at the top of a page even when it would fit where it is written.
    @Test func aTopFloatStartsAPage() throws {
        var section = Section(title: "S", blocks: [text(40, 1), chart("On top"), text(30, 2)])
        section.blockFloats = [1: .top]
        let (pages, _) = try layout([section])
        #expect(page(of: "On top", in: pages) == 1)
        #expect(pages[1].first { !$0.hasPrefix("Floats") } == "On top")
    }

    /// At a float barrier the floats waiting are placed before what follows; the style can put one before
    /// every section.
    @Test func aBarrierHoldsBackWhatFollows() throws {
        let blocks = [text(300, 1), tallTimeline("Waiting"), .floatBarrier, text(30, 9)]
        let (pages, ends) = try layout([Section(title: "S", blocks: blocks)])
        let after = String(LayoutFixtures.paragraph(words: 30, seed: 9).plainText.prefix(12))
        #expect(page(of: "Waiting", in: pages) == 1 && page(of: after, in: pages) == 1)
        #expect(ends[0].reason == .floatBarrier)
        var style = Style.standard
        style.layout.floatBarrier = .section
        let (sectioned, _) = try layout([Section(title: "S", blocks: [text(300, 1), tallTimeline("Waiting")]),
                                         Section(title: "Next", blocks: [text(30, 9)])], style: style)
        #expect(page(of: "Next", in: sectioned) == 1)
    }

    /// A heading whose first block floats away keeps with the text after it, not alone at the foot.
    @Test func aHeadingKeepsWithTheTextAfterItsFloat() throws {
        let sections = [Section(title: "First", blocks: [text(215, 1)]),
                        Section(title: "Second", blocks: [tallTimeline("Moves"), text(60, 2)])]
        let (pages, _) = try layout(sections)
        let following = String(LayoutFixtures.paragraph(words: 60, seed: 2).plainText.prefix(12))
        #expect(page(of: "Second", in: pages) == page(of: following, in: pages))
        #expect(page(of: "Moves", in: pages) == 1)
    }

    /// The one-page status report: a five-row table that would split four and one moves whole.
    @Test func aFiveRowTableIsNotSplit() throws {
        let rows = (1...5).map { TableRow(cells: [TableCell(text: InlineText(plain: "Row \($0)")), TableCell(text: "On plan")]) }
        for words in stride(from: 300, through: 420, by: 15) {
            let table = Table(caption: "Workstreams", columns: [TableColumn(title: "Workstream"), TableColumn(title: "Status")], rows: rows)
            let (pages, _) = try layout([Section(title: "S", blocks: [text(words, 1), .table(table), .callout(Callout(text: "Decision needed."))])])
            let rowPages = Set((1...5).compactMap { page(of: "Row \($0)", in: pages) })
            #expect(rowPages.count == 1, "\(words) words: the rows are on pages \(rowPages.sorted())")
            #expect(!pages.joined().contains { $0.contains("(continued)") })
        }
    }

    /// 200 seeded random tables after random text: every split leaves at least three body rows on each side.
    @Test(arguments: 0..<200)
    func splitsLeaveAtLeastThreeRowsOnEachSide(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 77)
        let count = Int.random(in: 2...60, using: &random)
        let rows = (0..<count).map { index in
            TableRow(cells: [TableCell(text: InlineText(plain: "Row \(index)")),
                             TableCell(text: LayoutFixtures.paragraph(words: Int.random(in: 1...30, using: &random), seed: index))])
        }
        let table = Table(columns: [TableColumn(title: "Name", width: .percent(25)), TableColumn(title: "Notes")], rows: rows)
        var section = Section(title: "S", blocks: [text(Int.random(in: 20...500, using: &random), seed), .table(table), text(80, seed + 1)])
        if Bool.random(using: &random) { section.blockFloats = [1: .pinned] }
        let (pages, _) = try layout([section])
        var perPage: [Int: Int] = [:]
        for index in 0..<count {
            if let found = pages.firstIndex(where: { $0.contains("Row \(index)") }) { perPage[found, default: 0] += 1 }
        }
        #expect(perPage.values.reduce(0, +) == count, "seed \(seed): a row is missing")
        if perPage.count > 1 {
            // Rows taller than a page aside, every piece holds at least three.
            #expect(perPage.values.allSatisfy { $0 >= 3 }, "seed \(seed): rows per page \(perPage.sorted { $0.key < $1.key })")
        }
    }
}
