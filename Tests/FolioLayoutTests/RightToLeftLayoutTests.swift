import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

/// A right-to-left list item keeps its marker and hanging indent on its right, and a right-to-left callout
/// or quote its accent bar; left-to-right ones stay as they were.
@Suite struct RightToLeftLayoutTests {
    static func drawn(_ block: Block) throws -> RecordingTarget {
        let briefing = Briefing(title: InlineText(plain: "T"), sections: [Section(title: InlineText(plain: "S"), blocks: [block])])
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
}
