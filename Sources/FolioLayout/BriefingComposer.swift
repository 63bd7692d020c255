import FolioGraphics
import FolioModel
import FolioStyle

/// Turns a briefing into the flow blocks of its body: title block, lead, headings, paragraphs and lists.
///
/// All text is measured here, once, at the column width; pagination only moves the measured lines.
public struct BriefingComposer<Measurer: TextMeasuring> {
    public let style: Style
    public let measurer: Measurer
    let styler: TextStyler

    public init(style: Style, measurer: Measurer) {
        self.style = style
        self.measurer = measurer
        self.styler = TextStyler(style: style)
    }

    private var columnWidth: Double { style.page.textArea.width }
    private var body: FontSpec { style.fonts.body }

    /// The blocks of `briefing`, in reading order.
    public func blocks(for briefing: Briefing) -> [any FlowBlock] {
        var blocks = titleBlocks(for: briefing)
        for section in briefing.sections {
            appendSection(section, level: 1, to: &blocks)
        }
        return blocks
    }

    // MARK: Title block

    private func titleBlocks(for briefing: Briefing) -> [any FlowBlock] {
        var blocks: [any FlowBlock] = []
        blocks.append(textBlock(briefing.title, font: style.fonts.title, color: style.colors.accent,
                                lineHeight: 1.2, keepsWithNext: true, splittable: false, role: .heading(level: 1)))
        if let subtitle = briefing.subtitle {
            blocks.append(textBlock(subtitle, font: style.fonts.subtitle, color: style.colors.muted, spaceBefore: 4,
                                    keepsWithNext: true, splittable: false, role: .paragraph))
        }
        let meta = [briefing.date.map(DateFormatting.long), briefing.authors.isEmpty ? nil : briefing.authors.joined(separator: ", ")]
            .compactMap { $0 }.joined(separator: "  ·  ")
        if !meta.isEmpty {
            blocks.append(textBlock(InlineText(plain: meta), font: style.fonts.meta, color: style.colors.muted,
                                    spaceBefore: 6, keepsWithNext: true, splittable: false, role: .paragraph))
        }
        let rule = Path.line(from: Point(x: 0, y: 0.5), to: Point(x: columnWidth, y: 0.5))
        blocks.append(FixedBlock(height: 1, items: [.stroke(rule, StrokeStyle(color: style.colors.accent, width: 1))],
                                 spaceBefore: 10, keepsWithNext: briefing.summary != nil))
        if let summary = briefing.summary {
            let padding = 9.0, accentWidth = 3.0
            var lead = textBlock(summary, font: body.with { $0.size = body.size * 1.05 }, color: style.colors.text,
                                 spaceBefore: 12, indent: padding + accentWidth, widthReduction: 2 * padding + accentWidth,
                                 role: .paragraph)
            lead.box = BoxDecoration(fill: style.colors.summaryFill, padding: padding, accent: style.colors.accent,
                                     accentWidth: accentWidth)
            lead.boxWidth = columnWidth
            blocks.append(lead)
        }
        return blocks
    }

    // MARK: Sections

    private func appendSection(_ section: Section, level: Int, to blocks: inout [any FlowBlock]) {
        let font = style.fonts.heading(level: level)
        var heading = textBlock(section.title, font: font, color: level == 1 ? style.colors.accent : style.colors.text,
                                lineHeight: 1.25, spaceBefore: style.spacing.headingGapBefore * (level == 1 ? 1.3 : 1),
                                keepsWithNext: true, splittable: false, role: .heading(level: level))
        heading.heading = (HeadingMark(title: section.title.plainText, level: level, y: 0), section.id)
        // A section that opens with a page break starts on a new page, heading and all.
        var contents = section.blocks[...]
        if contents.first == .pageBreak {
            blocks.append(PageBreakBlock())
            contents = contents.dropFirst()
        }
        blocks.append(heading)
        var first = true
        for block in contents {
            let gap = first ? style.spacing.headingGapAfter : style.spacing.paragraphGap
            switch block {
            case .paragraph(let text):
                blocks.append(textBlock(text, font: body, color: style.colors.text, spaceBefore: gap,
                                        alignment: style.paragraphAlignment, role: .paragraph))
            case .list(let list):
                appendList(list, depth: 0, spaceBefore: gap, to: &blocks)
            case .callout(let callout):
                blocks.append(calloutBlock(callout, spaceBefore: gap + 2))
            case .quote(let quote):
                blocks.append(quoteBlock(quote, spaceBefore: gap + 2))
            case .pageBreak:
                blocks.append(PageBreakBlock())
            case .table(let table):
                blocks.append(placeholder("Table", table.caption, "\(table.columns.count) columns, \(table.rows.count) rows", gap))
            case .timeline(let timeline):
                blocks.append(placeholder("Timeline", timeline.title ?? timeline.caption, "\(timeline.events.count) events", gap))
            case .chart(let chart):
                blocks.append(placeholder("Bar chart", chart.title ?? chart.caption,
                                          "\(chart.categories.count) categories, \(chart.series.count) series", gap))
            case .image(let image):
                blocks.append(placeholder("Image", image.caption, image.path, gap))
            }
            first = false
        }
        for subsection in section.sections {
            appendSection(subsection, level: level + 1, to: &blocks)
        }
    }

    /// Bullets of nested list levels, in turn.
    private static var bullets: [String] { ["•", "–", "◦"] }

    private func appendList(_ list: ListBlock, depth: Int, spaceBefore: Double, to blocks: inout [any FlowBlock]) {
        let indentStep = style.spacing.listIndent
        let textIndent = Double(depth + 1) * indentStep
        for (index, item) in list.items.enumerated() {
            var rich = RichText()
            if let term = item.term {
                styler.append(term, font: body.bold, color: style.colors.text, to: &rich)
                let endsInPunctuation = term.plainText.last.map { ":.;?!—–".contains($0) } ?? false
                if !item.text.isEmpty {
                    rich.append(endsInPunctuation ? " " : ": ", attributes: TextAttributes(font: body.bold, color: style.colors.text))
                }
            }
            styler.append(item.text, font: body, color: style.colors.text, to: &rich)
            let markerText = list.ordered ? "\(index + 1)." : Self.bullets[depth % Self.bullets.count]
            let markerLine = measurer.line(of: RichText(markerText, attributes: TextAttributes(font: body, color: style.colors.accent)))
            // Numbers end a little before the text; bullets sit at the start of the indent.
            let markerX = list.ordered ? textIndent - 5 - markerLine.width : textIndent - indentStep + 3
            let lines = rich.isEmpty ? [TextLine(runs: [], width: 0, ascent: 0, descent: 0)]
                : measurer.lines(of: rich, width: columnWidth - textIndent, alignment: style.paragraphAlignment)
            var block = LinesBlock(lines: lines, metrics: LineMetrics(font: body, lineHeight: style.spacing.lineHeight, measurer: measurer),
                                   indent: textIndent, marker: (markerLine, markerX),
                                   spaceBefore: index == 0 ? (depth == 0 ? spaceBefore : style.spacing.listItemGap) : style.spacing.listItemGap,
                                   role: .listBody)
            block.openingMarks = (index == 0 ? [.begin(.list)] : []) + [.begin(.listItem)]
            blocks.append(block)
            if let sublist = item.sublist {
                appendList(sublist, depth: depth + 1, spaceBefore: style.spacing.listItemGap, to: &blocks)
            }
            // The item ends after its nested list, and the list after its last item.
            blocks[blocks.count - 1].closingMarks += index == list.items.count - 1 ? [.end, .end] : [.end]
        }
    }

    // MARK: Boxes

    private func calloutBlock(_ callout: Callout, spaceBefore: Double) -> LinesBlock {
        let tone = switch callout.tone {
        case .info: style.colors.calloutInfo
        case .warning: style.colors.calloutWarning
        case .key: style.colors.calloutKey
        }
        var rich = RichText()
        if let title = callout.title {
            styler.append(title, font: body.bold, color: tone, to: &rich)
            rich.append("\n", attributes: TextAttributes(font: body, color: style.colors.text))
        }
        styler.append(callout.text, font: body, color: style.colors.text, to: &rich)
        return boxed(rich, fill: tone.mixed(with: .white, amount: 0.9), accent: tone, spaceBefore: spaceBefore, role: .paragraph)
    }

    private func quoteBlock(_ quote: Quote, spaceBefore: Double) -> LinesBlock {
        var rich = styler.richText(quote.text, font: body.italicized, color: style.colors.text)
        if let attribution = quote.attribution {
            rich.append("\n— ", attributes: TextAttributes(font: body, color: style.colors.muted))
            styler.append(attribution, font: body, color: style.colors.muted, to: &rich)
        }
        return boxed(rich, fill: .clear, accent: style.colors.rule,
                     spaceBefore: spaceBefore, role: .blockQuote)
    }

    /// A box standing for a block kind that is not drawn yet, saying what it holds.
    private func placeholder(_ kind: String, _ title: InlineText?, _ summary: String, _ spaceBefore: Double) -> LinesBlock {
        var rich = RichText("\(kind)", attributes: TextAttributes(font: body.bold, color: style.colors.muted))
        if let title {
            rich.append(": ", attributes: TextAttributes(font: body.bold, color: style.colors.muted))
            styler.append(title, font: body.bold, color: style.colors.muted, to: &rich)
        }
        rich.append("\n\(summary) — not drawn by this version of Folio yet",
                    attributes: TextAttributes(font: body.with { $0.size *= 0.9 }, color: style.colors.muted))
        return boxed(rich, fill: style.colors.rule.mixed(with: .white, amount: 0.8), accent: style.colors.rule,
                     spaceBefore: spaceBefore, role: .paragraph)
    }

    /// Rich text in a tinted box with an accent bar, as wide as the column.
    private func boxed(_ rich: RichText, fill: Color, accent: Color, spaceBefore: Double, role: StructureRole) -> LinesBlock {
        let padding = 8.0, accentWidth = 3.0
        let lines = measurer.lines(of: rich, width: columnWidth - 2 * padding - accentWidth, alignment: .left)
        var block = LinesBlock(lines: lines, metrics: LineMetrics(font: body, lineHeight: style.spacing.lineHeight, measurer: measurer),
                               indent: padding + accentWidth, spaceBefore: spaceBefore, role: role)
        block.box = BoxDecoration(fill: fill, padding: padding, accent: accent, accentWidth: accentWidth)
        block.boxWidth = columnWidth
        return block
    }

    // MARK: Text blocks

    private func textBlock(_ text: InlineText, font: FontSpec, color: Color, lineHeight: Double? = nil,
                           spaceBefore: Double = 0, indent: Double = 0, widthReduction: Double = 0,
                           alignment: TextAlignment = .left, keepsWithNext: Bool = false, splittable: Bool = true,
                           role: StructureRole) -> LinesBlock {
        let rich = styler.richText(text, font: font, color: color)
        let lines = measurer.lines(of: rich, width: columnWidth - (widthReduction > 0 ? widthReduction : indent), alignment: alignment)
        let metrics = LineMetrics(font: font, lineHeight: lineHeight ?? style.spacing.lineHeight, measurer: measurer)
        return LinesBlock(lines: lines, metrics: metrics, indent: indent, spaceBefore: spaceBefore,
                          keepsWithNext: keepsWithNext, splittable: splittable, role: role)
    }
}
