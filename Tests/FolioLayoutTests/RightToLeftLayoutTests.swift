import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

/// A right-to-left list item keeps its marker and hanging indent on its right, a right-to-left callout
/// or quote its accent bar, and a right-to-left table its first column; left-to-right ones stay as they were.
/// Text is right to left by its first letter, or by the language of its section or block.
@Suite struct RightToLeftLayoutTests {
    static func drawn(_ block: Block, language: String? = nil, blockLanguage: String? = nil) throws -> RecordingTarget {
        let section = Section(title: InlineText(plain: "S"), blocks: [block], language: language,
                              blockLanguages: blockLanguage.map { [0: $0] } ?? [:])
        let briefing = Briefing(title: InlineText(plain: "T"), sections: [section])
        return try LayoutFixtures.record(briefing).1
    }

    static func texts(_ target: RecordingTarget) -> [(text: String, bounds: Rect)] {
        target.commands.compactMap { if case .text(let text, let bounds) = $0 { (text, bounds) } else { nil } }
    }

    @Test func aRightToLeftItemHasItsMarkerOnTheRight() throws {
        let area = Style.standard.page.textArea
        for (text, rightToLeft) in [("ضمانات أمنية وقدرات دفاعية أفضل", true), ("Better defence and political support", false)] {
            let target = try Self.drawn(.list(ListBlock(items: [ListItem(text: InlineText(plain: text))])))
            let texts = Self.texts(target)
            let bullet = try #require(texts.first { $0.text == "•" })
            let item = try #require(texts.first { $0.text.hasPrefix(String(text.prefix(4))) })
            if rightToLeft {
                #expect(bullet.bounds.minX > item.bounds.maxX && bullet.bounds.maxX <= area.maxX + 0.01, "\(bullet) \(item)")
            } else {
                #expect(bullet.bounds.maxX < item.bounds.minX && bullet.bounds.minX >= area.minX - 0.01, "\(bullet) \(item)")
            }
        }
    }

    @Test func aRightToLeftCalloutHasItsBarOnTheRight() throws {
        let area = Style.standard.page.textArea
        for (text, rightToLeft) in [("لا تزال مسألة الاعتراف مفتوحة", true), ("The question stays open", false)] {
            let target = try Self.drawn(.callout(Callout(text: InlineText(plain: text))))
            let bars = target.commands.compactMap { command -> Rect? in
                guard case .fill(let path, _) = command else { return nil }
                let points = path.elements.compactMap { element -> Point? in
                    switch element {
                    case .move(let point), .line(let point): point
                    default: nil
                    }
                }
                guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(), let minY = points.map(\.y).min(),
                      let maxY = points.map(\.y).max(), abs(maxX - minX - 3) < 0.01 else { return nil }
                return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
            }
            let bar = try #require(bars.first)
            #expect(rightToLeft ? abs(bar.maxX - area.maxX) < 0.01 : abs(bar.minX - area.minX) < 0.01, "\(bar)")
        }
    }

    @Test(arguments: [
        (["السنة", "التمرين", "الدول"], nil, nil, true),
        (["Year", "Exercise", "States"], "ar", nil, true),
        (["Year", "Exercise", "States"], nil, "ar", true),
        (["Year", "Exercise", "States"], "ar", "en", false),
        (["Year", "Exercise", "States"], nil, nil, false),
    ] as [([String], String?, String?, Bool)])
    func aRightToLeftTableRunsItsColumnsFromTheRight(titles: [String], language: String?, blockLanguage: String?,
                                                    rightToLeft: Bool) throws {
        let area = Style.standard.page.textArea
        let table = Table(columns: titles.map { TableColumn(title: InlineText(plain: $0)) },
                          rows: [TableRow(cells: ["2022", "Defender", "12"].map { TableCell(text: InlineText(plain: $0)) })])
        let texts = Self.texts(try Self.drawn(.table(table), language: language, blockLanguage: blockLanguage))
        let headers = try titles.map { title in try #require(texts.first { $0.text == title }) }
        let lefts = headers.map(\.bounds.minX)
        #expect(lefts == (rightToLeft ? lefts.sorted(by: >) : lefts.sorted()), "\(headers)")
        // The first column's title stands at the start of its column: the table's right edge, or its left.
        let first = headers[0].bounds
        #expect(rightToLeft ? abs(first.maxX - (area.maxX - Style.standard.table.cellPadding)) < 0.5
                            : abs(first.minX - (area.minX + Style.standard.table.cellPadding)) < 0.5, "\(first)")
    }
}
