extension Block {
    /// Every inline text of the block, in reading order: what carries links and footnotes.
    public var inlineTexts: [InlineText] {
        switch self {
        case .paragraph(let text): [text]
        case .list(let list): list.inlineTexts
        case .table(let table):
            [table.caption].compactMap { $0 } + table.columns.map(\.title)
                + (table.headerRows + table.rows).flatMap { $0.cells.map(\.text) } + [table.source].compactMap { $0 }
        case .timeline(let timeline):
            [timeline.title].compactMap { $0 } + timeline.events.flatMap { [$0.label, $0.detail].compactMap { $0 } }
                + [timeline.caption].compactMap { $0 }
        case .chart(let chart):
            [chart.title].compactMap { $0 } + chart.annotations.map(\.label) + [chart.caption].compactMap { $0 }
        case .callout(let callout): [callout.title, callout.text].compactMap { $0 }
        case .quote(let quote): [quote.text, quote.attribution].compactMap { $0 }
        case .image(let image): [image.caption].compactMap { $0 }
        case .code, .pageBreak, .floatBarrier: []
        }
    }
}

extension ListBlock {
    /// Every item's term and text, and its sublist's, in reading order.
    public var inlineTexts: [InlineText] {
        items.flatMap { item in [item.term, item.text].compactMap { $0 } + (item.sublist?.inlineTexts ?? []) }
    }
}

extension Briefing {
    /// Whether any text of the briefing has a footnote (`^[…]`).
    public var containsFootnotes: Bool {
        func inSection(_ section: Section) -> Bool {
            !section.title.footnotes.isEmpty || section.blocks.contains { $0.inlineTexts.contains { !$0.footnotes.isEmpty } }
                || section.sections.contains(where: inSection)
        }
        return [summary].compactMap { $0 }.contains { !$0.footnotes.isEmpty } || sections.contains(where: inSection)
    }
}
