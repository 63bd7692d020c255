import FolioGraphics
import FolioLayout
import FolioTesting
import Testing

@Suite struct LinesBlockTests {
    /// A block of `count` lines on a 10 pt grid.
    func block(lines count: Int, splittable: Bool = true) -> LinesBlock {
        let line = TextLine(runs: [], width: 10, ascent: 8, descent: 2)
        return LinesBlock(lines: Array(repeating: line, count: count), metrics: LineMetrics(pitch: 10, baseline: 8),
                          splittable: splittable)
    }

    func placedLines(_ placement: FlowPlacement) -> (placed: Int, rest: Int?) {
        switch placement {
        case .whole(let fragment): (Int((fragment.height / 10).rounded()), nil)
        case .partial(let fragment, let rest): (Int((fragment.height / 10).rounded()), (rest as? LinesBlock)?.lines.count)
        case .none: (0, nil)
        }
    }

    @Test func fitsWholeWhenThereIsRoom() {
        #expect(placedLines(block(lines: 5).place(at: .zero, availableHeight: 50, atPageTop: false)).placed == 5)
    }

    @Test func splitsOnlyBetweenLinesKeepingTwoOnEachSide() {
        // Room for 4.5 lines of 5: 3 here, 2 there (never 4 + a widow).
        #expect(placedLines(block(lines: 5).place(at: .zero, availableHeight: 45, atPageTop: false)) == (3, 2))
        // Room for 3 lines of 6: 3 here, 3 there.
        #expect(placedLines(block(lines: 6).place(at: .zero, availableHeight: 39, atPageTop: false)) == (3, 3))
        // Room for 1 line: an orphan is refused, the block moves on.
        #expect(placedLines(block(lines: 5).place(at: .zero, availableHeight: 15, atPageTop: false)).placed == 0)
        // Three lines cannot split two and two: the whole block moves.
        #expect(placedLines(block(lines: 3).place(at: .zero, availableHeight: 25, atPageTop: false)).placed == 0)
    }

    @Test func alwaysPlacesSomethingAtTheTopOfAPage() {
        // A page that holds only one line of a long paragraph still makes progress.
        #expect(placedLines(block(lines: 5).place(at: .zero, availableHeight: 12, atPageTop: true)) == (1, 4))
        #expect(placedLines(block(lines: 5, splittable: false).place(at: .zero, availableHeight: 30, atPageTop: true)) == (3, 2))
    }

    @Test func leadHeightAccountsForWidowsAndOrphans() {
        #expect(block(lines: 3).minimumLeadHeight == 30)
        #expect(block(lines: 4).minimumLeadHeight == 20)
        #expect(block(lines: 1).minimumLeadHeight == 10)
        #expect(block(lines: 6, splittable: false).minimumLeadHeight == 60)
    }

    @Test func paginatorPlacesAHeadingWithItsParagraphOrMovesBoth() {
        var heading = block(lines: 1, splittable: false)
        heading.keepsWithNext = true
        let filler = block(lines: 8)
        let paragraph = block(lines: 3)
        // 100 pt pages: 8 lines of filler leave 20 pt — room for the heading but not for three lines after it.
        let pages = Paginator(column: Rect(x: 0, y: 0, width: 100, height: 100)).paginate([filler, heading, paragraph]).pages
        #expect(pages.count == 2)
        #expect(pages[0].items.count == 8)
        #expect(pages[1].items.count == 4)
    }
}
