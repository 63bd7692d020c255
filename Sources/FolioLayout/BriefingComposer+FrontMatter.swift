import FolioGraphics
import FolioModel
import FolioStyle

extension BriefingComposer {
    /// The title, subtitle, date and authors at the top of the first page, over a rule.
    func titleBlock(for briefing: Briefing) -> [any FlowBlock] {
        var blocks: [any FlowBlock] = []
        blocks.append(textBlock(styler.richText(briefing.title, font: style.fonts.title, color: style.colors.accent),
                                font: style.fonts.title, lineHeight: 1.2, keepsWithNext: true, splittable: false,
                                role: .heading(level: 1)))
        if let subtitle = briefing.subtitle {
            blocks.append(textBlock(styler.richText(subtitle, font: style.fonts.subtitle, color: style.colors.muted),
                                    font: style.fonts.subtitle, spaceBefore: 4, keepsWithNext: true, splittable: false,
                                    role: .paragraph))
        }
        let meta = metaLine(for: briefing)
        if !meta.isEmpty {
            blocks.append(textBlock(RichText(meta, attributes: TextAttributes(font: style.fonts.meta, color: style.colors.muted)),
                                    font: style.fonts.meta, spaceBefore: 6, keepsWithNext: true, splittable: false,
                                    role: .paragraph))
        }
        let rule = Path.line(from: Point(x: 0, y: 0.5), to: Point(x: columnWidth, y: 0.5))
        blocks.append(FixedBlock(height: 1, items: [.stroke(rule, StrokeStyle(color: style.colors.accent, width: 1))],
                                 spaceBefore: 10, keepsWithNext: briefing.summary != nil))
        return blocks
    }

    /// A page of its own: the title a third of the way down, then the subtitle, a rule and the particulars.
    func titlePage(for briefing: Briefing) -> [any FlowBlock] {
        let titleFont = style.fonts.title.with { $0.size *= 1.3 }
        var blocks: [any FlowBlock] = [FixedBlock(height: style.page.textArea.height * 0.28, items: [], keepsWithNext: true)]
        blocks.append(textBlock(styler.richText(briefing.title, font: titleFont, color: style.colors.accent), font: titleFont,
                                lineHeight: 1.15, keepsWithNext: true, splittable: false, role: .heading(level: 1)))
        if let subtitle = briefing.subtitle {
            let font = style.fonts.subtitle.with { $0.size *= 1.2 }
            blocks.append(textBlock(styler.richText(subtitle, font: font, color: style.colors.muted), font: font,
                                    spaceBefore: 10, keepsWithNext: true, splittable: false, role: .paragraph))
        }
        let rule = Path.line(from: Point(x: 0, y: 1), to: Point(x: columnWidth * 0.4, y: 1))
        blocks.append(FixedBlock(height: 2, items: [.stroke(rule, StrokeStyle(color: style.colors.accent, width: 2))],
                                 spaceBefore: 18, keepsWithNext: true))
        let particulars = [briefing.date.map(chartStyle.dates.text), briefing.authors.isEmpty ? nil : briefing.authors.joined(separator: ", "),
                           briefing.organization].compactMap { $0 }
        for (index, line) in particulars.enumerated() {
            let font = style.fonts.subtitle.with { $0.size *= 0.85 }
            blocks.append(textBlock(RichText(line, attributes: TextAttributes(font: font, color: style.colors.text)), font: font,
                                    spaceBefore: index == 0 ? 16 : 2, keepsWithNext: index + 1 < particulars.count,
                                    splittable: false, role: .paragraph))
        }
        blocks.append(PageBreakBlock())
        return blocks
    }

    /// The date and authors on one line.
    private func metaLine(for briefing: Briefing) -> String {
        [briefing.date.map(chartStyle.dates.text), briefing.authors.isEmpty ? nil : briefing.authors.joined(separator: ", ")]
            .compactMap { $0 }.joined(separator: "  ·  ")
    }

    /// The summary in a tinted lead box with an accent bar.
    func summaryBlock(_ summary: InlineText, spaceBefore: Double) -> LinesBlock {
        let font = body.with { $0.size = body.size * 1.05 }
        return boxed(styler.richText(summary, font: font, color: style.colors.text), font: font, padding: 9,
                     fill: style.colors.summaryFill, accent: style.colors.accent, spaceBefore: spaceBefore, role: .paragraph)
    }

    /// The table of contents: sections of the first two levels, each a link with its page number.
    func contents(of sections: [NumberedSection]) -> [any FlowBlock] {
        let headingFont = style.fonts.heading(level: 1)
        var blocks: [any FlowBlock] = [textBlock(RichText(labels.contents, attributes: TextAttributes(font: headingFont, color: style.colors.accent)),
                                                 font: headingFont, lineHeight: 1.25, spaceBefore: 18, keepsWithNext: true,
                                                 splittable: false, role: .heading(level: 1))]
        let entries = sections.filter { $0.level <= 2 }
        for (index, entry) in entries.enumerated() {
            let font = entry.level == 1 ? body.with { $0.weight = .semibold } : body
            let attributes = TextAttributes(font: font, color: style.colors.text, link: .internal(entry.anchor))
            var rich = RichText()
            if let number = entry.number { rich.append(number + "  ", attributes: attributes) }
            styler.append(entry.section.title, font: font, color: style.colors.text, to: &rich)
            // The whole entry leads to its section, whatever markup its title has.
            rich = RichText(rich.string, attributes: attributes)
            let indent = Double(entry.level - 1) * style.spacing.listIndent
            var block = textBlock(rich, font: font, spaceBefore: entry.level == 1 && index > 0 ? 5 : 1.5, indent: indent,
                                  widthReduction: indent + LinesBlock.pageNumberColumn + 10, role: .tableOfContentsItem)
            block.pageReference = (entry.anchor, TextAttributes(font: font, color: style.colors.text))
            block.openingMarks = index == 0 ? [.begin(.tableOfContents)] : []
            block.closingMarks = index == entries.count - 1 ? [.end] : []
            blocks.append(block)
        }
        return blocks
    }
}
