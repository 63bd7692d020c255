import FolioCharts
import FolioGraphics
import FolioModel
import FolioStyle

/// Turns a briefing into the flow blocks of its pages: front matter, contents, sections and their blocks.
///
/// All text is measured here, once, at the column width; pagination only moves the measured lines.
public struct BriefingComposer<Measurer: TextMeasuring> {
    public let style: Style
    public let measurer: Measurer
    /// The images of the briefing's image blocks, by the path written in the block.
    public let images: [String: ImageSource]
    /// The language of the briefing (month names in charts).
    public let language: String
    let styler: TextStyler

    public init(style: Style, measurer: Measurer, images: [String: ImageSource] = [:], language: String = "en") {
        self.style = style
        self.measurer = measurer
        self.images = images
        self.language = language
        self.styler = TextStyler(style: style)
    }

    var columnWidth: Double { style.page.textArea.width }
    var body: FontSpec { style.fonts.body }

    /// What composition counts as it goes through the document: the figures and tables numbered so far.
    struct CompositionState {
        var figures = 0
        var tables = 0
        /// What the user should know: labels that could not be placed.
        var warnings: [String] = []
    }

    /// A section as it will be shown: its number (when headings are numbered), title, level and anchor.
    struct NumberedSection {
        var section: Section
        var number: String?
        var level: Int
        var anchor: String
    }

    /// The blocks of `briefing`, in reading order.
    public func blocks(for briefing: Briefing) -> [any FlowBlock] {
        composition(of: briefing).blocks
    }

    /// The blocks of `briefing` and what the user should be warned of (chart labels that could not be placed).
    public func composition(of briefing: Briefing) -> (blocks: [any FlowBlock], warnings: [String]) {
        let sections = numbered(briefing.sections, prefix: [], level: 1)
        var blocks: [any FlowBlock] = []
        var state = CompositionState()
        if style.document.titlePage {
            blocks += titlePage(for: briefing)
            if style.document.tableOfContents {
                blocks += contents(of: sections)
                blocks.append(PageBreakBlock())
            }
            let bodyStart = blocks.count
            if let summary = briefing.summary { blocks.append(summaryBlock(summary, spaceBefore: 0)) }
            for section in sections { appendSection(section, state: &state, to: &blocks) }
            markBodyStart(in: &blocks, at: bodyStart)
        } else {
            blocks += titleBlock(for: briefing)
            if let summary = briefing.summary { blocks.append(summaryBlock(summary, spaceBefore: 12)) }
            if style.document.tableOfContents { blocks += contents(of: sections) }
            for section in sections { appendSection(section, state: &state, to: &blocks) }
            markBodyStart(in: &blocks, at: 0)
        }
        return (blocks, state.warnings)
    }

    private func markBodyStart(in blocks: inout [any FlowBlock], at index: Int) {
        guard blocks.indices.contains(index), var first = blocks[index] as? LinesBlock else { return }
        first.startsBody = true
        blocks[index] = first
    }

    /// The sections in document order with their numbers and anchors (a generated one where they have no id).
    func numbered(_ sections: [Section], prefix: [Int], level: Int) -> [NumberedSection] {
        var result: [NumberedSection] = []
        for (index, section) in sections.enumerated() {
            let path = prefix + [index + 1]
            let number = style.document.numberedHeadings ? path.map(String.init).joined(separator: ".") : nil
            let anchor = section.id ?? "folio-section-" + path.map(String.init).joined(separator: "-")
            var shown = section
            shown.sections = []
            result.append(NumberedSection(section: shown, number: number, level: level, anchor: anchor))
            result += numbered(section.sections, prefix: path, level: level + 1)
        }
        return result
    }

    // MARK: Sections

    private func appendSection(_ numbered: NumberedSection, state: inout CompositionState, to blocks: inout [any FlowBlock]) {
        let section = numbered.section, level = numbered.level
        let font = style.fonts.heading(level: level)
        let color = level == 1 ? style.colors.accent : style.colors.text
        var title = RichText()
        if let number = numbered.number {
            title.append(number + "  ", attributes: TextAttributes(font: font, color: color))
        }
        styler.append(section.title, font: font, color: color, to: &title)
        var heading = textBlock(title, font: font, lineHeight: 1.25,
                                spaceBefore: style.spacing.headingGapBefore * (level == 1 ? 1.3 : 1),
                                keepsWithNext: true, splittable: false, role: .heading(level: level))
        heading.heading = HeadingMark(title: title.string, level: level, y: 0)
        heading.anchor = numbered.anchor
        // A section that opens with a page break starts on a new page, heading and all.
        var contents = section.blocks[...]
        if contents.first == .pageBreak {
            blocks.append(PageBreakBlock())
            contents = contents.dropFirst()
        }
        blocks.append(heading)
        for (index, block) in contents.enumerated() {
            let gap = index == 0 ? style.spacing.headingGapAfter : style.spacing.paragraphGap
            append(block, spaceBefore: gap, state: &state, to: &blocks)
        }
    }

    private func append(_ block: Block, spaceBefore gap: Double, state: inout CompositionState, to blocks: inout [any FlowBlock]) {
        switch block {
        case .paragraph(let text):
            blocks.append(textBlock(styler.richText(text, font: body, color: style.colors.text), font: body,
                                    spaceBefore: gap, alignment: style.paragraphAlignment, hyphenate: style.hyphenate,
                                    role: .paragraph))
        case .list(let list):
            appendList(list, depth: 0, spaceBefore: gap, to: &blocks)
        case .callout(let callout):
            blocks.append(calloutBlock(callout, spaceBefore: gap + 2))
        case .quote(let quote):
            blocks.append(quoteBlock(quote, spaceBefore: gap + 2))
        case .pageBreak:
            blocks.append(PageBreakBlock())
        case .table(let table):
            // Only captioned tables are numbered.
            if table.caption != nil { state.tables += 1 }
            blocks.append(tableBlock(table, number: table.caption != nil ? state.tables : nil, spaceBefore: gap + 2))
        case .timeline(let timeline):
            if timeline.caption != nil { state.figures += 1 }
            let block = timelineBlock(timeline, number: timeline.caption != nil ? state.figures : nil, spaceBefore: gap + 4)
            state.warnings += block.drawing.warnings
            blocks.append(block)
            if style.charts.dataTable { blocks.append(tableBlock(ChartDataTable.table(of: timeline, style: chartStyle), number: nil, spaceBefore: 4)) }
        case .chart(let chart):
            if chart.caption != nil { state.figures += 1 }
            blocks.append(barChartBlock(chart, number: chart.caption != nil ? state.figures : nil, spaceBefore: gap + 4))
            if style.charts.dataTable { blocks.append(tableBlock(ChartDataTable.table(of: chart), number: nil, spaceBefore: 4)) }
        case .image(let image):
            if let source = images[image.path] {
                // Only captioned figures are numbered: a number with nothing after it says nothing.
                if image.caption != nil { state.figures += 1 }
                blocks.append(figureBlock(image, source: source, number: image.caption != nil ? state.figures : nil,
                                          spaceBefore: gap + 2))
            } else {
                blocks.append(placeholder("Image", image.caption, "\(image.path) could not be loaded", anchor: nil, gap))
            }
        }
    }

    // MARK: Text blocks

    /// Measured rich text as a block of lines on the grid of `font`.
    func textBlock(_ rich: RichText, font: FontSpec, lineHeight: Double? = nil, spaceBefore: Double = 0,
                   indent: Double = 0, widthReduction: Double = 0, alignment: TextAlignment = .left, hyphenate: Bool = false,
                   keepsWithNext: Bool = false, splittable: Bool = true, role: StructureRole) -> LinesBlock {
        let lines = measurer.lines(of: rich, width: columnWidth - max(widthReduction, indent), alignment: alignment,
                                   hyphenate: hyphenate)
        let metrics = LineMetrics(font: font, lineHeight: lineHeight ?? style.spacing.lineHeight, measurer: measurer)
        var block = LinesBlock(lines: lines, metrics: metrics, indent: indent, spaceBefore: spaceBefore,
                               keepsWithNext: keepsWithNext, splittable: splittable, role: role)
        block.columnWidth = columnWidth
        return block
    }
}
