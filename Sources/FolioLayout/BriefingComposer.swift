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
    /// The chart style of the document: its chart font and colours, month names in its language; made once
    /// for every chart.
    let chartStyle: ChartStyle

    public init(style: Style, measurer: Measurer, images: [String: ImageSource] = [:], language: String = "en") {
        self.style = style
        self.measurer = measurer
        self.images = images
        self.language = language
        self.styler = TextStyler(style: style)
        self.chartStyle = ChartStyle(style: style, language: language)
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
    struct NumberedSection: Sendable {
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
    public func composition(of briefing: Briefing) -> Composition {
        let outline = outline(of: briefing)
        return joined([frontMatter(of: briefing, outline: outline), sections(0..<outline.count, of: outline)])
    }

    // MARK: Composing in parts

    /// A briefing's sections in document order, numbered: what composing it in parts (on several threads)
    /// shares. Every section's numbering is known before any is composed, so parts come out as they would whole.
    public struct Outline: Sendable {
        let sections: [NumberedSection]
        /// The number of sections, subsections included.
        public var count: Int { sections.count }
        /// The number of blocks of section `index` (its subsections not included): how much work it is.
        public func blockCount(at index: Int) -> Int { sections[index].section.blocks.count }
    }

    /// A run of composed blocks: the front matter, or some of the sections.
    public struct Part {
        public var blocks: [any FlowBlock] = []
        public var warnings: [String] = []
        /// The faces of the fonts the blocks' lines use.
        public var fonts = FontTable()
        /// Where the body starts, in the front matter's part.
        var bodyStart: Int?

        public init() {}

        init(blocks: [any FlowBlock], warnings: [String], fonts: FontTable) {
            self.blocks = blocks
            self.warnings = warnings
            self.fonts = fonts
        }
    }

    public func outline(of briefing: Briefing) -> Outline {
        Outline(sections: numbered(briefing.sections, prefix: [], level: 1))
    }

    /// The title (or title page), summary and table of contents.
    public func frontMatter(of briefing: Briefing, outline: Outline) -> Part {
        var part = Part()
        if style.document.titlePage {
            part.blocks += titlePage(for: briefing)
            if style.document.tableOfContents {
                part.blocks += contents(of: outline.sections)
                part.blocks.append(PageBreakBlock())
            }
            part.bodyStart = part.blocks.count
            if let summary = briefing.summary { part.blocks.append(summaryBlock(summary, spaceBefore: 0)) }
        } else {
            part.blocks += titleBlock(for: briefing)
            part.bodyStart = 0
            if let summary = briefing.summary { part.blocks.append(summaryBlock(summary, spaceBefore: 12)) }
            if style.document.tableOfContents { part.blocks += contents(of: outline.sections) }
        }
        part.fonts = measurer.fonts
        return part
    }

    /// The sections at `range` of `outline`, numbering figures and tables on from those of the sections before.
    public func sections(_ range: Range<Int>, of outline: Outline) -> Part {
        var state = CompositionState()
        for numbered in outline.sections[..<range.lowerBound] {
            for block in numbered.section.blocks { count(block, in: &state) }
        }
        var blocks: [any FlowBlock] = []
        for numbered in outline.sections[range] { appendSection(numbered, state: &state, to: &blocks) }
        return Part(blocks: blocks, warnings: state.warnings, fonts: measurer.fonts)
    }

    /// The parts, in order, as one composition.
    public func joined(_ parts: [Part]) -> Composition {
        var composition = Composition()
        var bodyStart: Int?
        for part in parts {
            if let start = part.bodyStart { bodyStart = composition.blocks.count + start }
            composition.blocks += part.blocks
            composition.warnings += part.warnings
            composition.fonts = composition.fonts.merging(part.fonts)
        }
        if let bodyStart { markBodyStart(in: &composition.blocks, at: bodyStart) }
        return composition
    }

    /// Counts `block` if it is numbered: captioned tables, and captioned charts, timelines and (loaded) images.
    /// The one rule for numbering, whether a section is composed or only counted.
    @discardableResult
    func count(_ block: Block, in state: inout CompositionState) -> Int? {
        switch block {
        case .table(let table) where table.caption != nil:
            state.tables += 1
            return state.tables
        case .timeline(let timeline) where timeline.caption != nil:
            state.figures += 1
            return state.figures
        case .chart(let chart) where chart.caption != nil:
            state.figures += 1
            return state.figures
        case .image(let image) where image.caption != nil && images[image.path] != nil:
            // Only captioned figures are numbered: a number with nothing after it says nothing.
            state.figures += 1
            return state.figures
        default:
            return nil
        }
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
            blocks.append(tableBlock(table, number: count(block, in: &state), spaceBefore: gap + 2))
        case .timeline(let timeline):
            let drawn = timelineBlock(timeline, number: count(block, in: &state), spaceBefore: gap + 4)
            state.warnings += drawn.drawing.warnings
            blocks.append(drawn)
            if style.charts.dataTable { blocks.append(tableBlock(ChartDataTable.table(of: timeline, style: chartStyle), number: nil, spaceBefore: 4)) }
        case .chart(let chart):
            blocks.append(barChartBlock(chart, number: count(block, in: &state), spaceBefore: gap + 4))
            if style.charts.dataTable { blocks.append(tableBlock(ChartDataTable.table(of: chart), number: nil, spaceBefore: 4)) }
        case .image(let image):
            if let source = images[image.path] {
                blocks.append(figureBlock(image, source: source, number: count(block, in: &state), spaceBefore: gap + 2))
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
