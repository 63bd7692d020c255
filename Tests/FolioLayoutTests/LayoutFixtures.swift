import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting

/// Briefings and helpers shared by the layout tests.
enum LayoutFixtures {
    /// A paragraph of `words` words of 3 to 9 letters, different for every seed.
    static func paragraph(words: Int, seed: Int = 0) -> InlineText {
        var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let text = (0..<words).map { _ in String((0..<(3 + next() % 7)).map { _ in letters[next() % 26] }) }
        return InlineText(plain: text.joined(separator: " "))
    }

    /// A briefing of `sections` sections, each a heading, paragraphs of varying length and a list.
    static func briefing(sections: Int) -> Briefing {
        Briefing(
            title: "A briefing for layout tests",
            date: BriefingDate("2024-05-06"),
            summary: paragraph(words: 40, seed: 99_999),
            sections: (0..<sections).map { index in
                Section(title: InlineText(plain: "Section \(index + 1)"), blocks: [
                    .paragraph(paragraph(words: 30 + (index * 37) % 120, seed: 100 * index)),
                    .list(ListBlock(items: [
                        ListItem(term: "Lead", text: paragraph(words: 25, seed: 100 * index + 1)),
                        ListItem(text: paragraph(words: 8, seed: 100 * index + 2), sublist: ListBlock(items: [ListItem(text: "nested item")])),
                    ])),
                    .paragraph(paragraph(words: 60 + (index * 53) % 90, seed: 100 * index + 3)),
                ])
            })
    }

    /// The recorded drawing of `briefing` laid out in the standard style with fixed advances.
    static func record(_ briefing: Briefing, style: Style = .standard) throws -> (PagedDocument, RecordingTarget) {
        let document = DocumentLayout(style: style, measurer: FixedAdvanceMeasurer()).layout(briefing)
        var target = RecordingTarget()
        try PageRenderer.render(document, into: &target)
        return (document, target)
    }
}
