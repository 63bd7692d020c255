import FolioCharts
import FolioCore
import FolioGraphics
import FolioModel
import FolioStyle

/// Turns a briefing into the flow blocks of its pages: front matter, contents, sections and their blocks.
///
/// All text is measured here, once, at the column width; pagination only moves the measured lines.
public struct BriefingComposer<Measurer: TextMeasuring> {
    public let style: Style
    /// The measurer of the document, in its language.
    public private(set) var documentMeasurer: Measurer
    /// The images of the briefing's image blocks, by the path written in the block.
    public let images: [String: ImageSource]
    /// The language of the briefing (month names in charts).
    public let language: String
    let styler: TextStyler
    /// Numbers the footnotes as their references are set, for this composer and its copies in other languages.
    let footnotes = FootnoteRegistry()
    /// Another thread that may measure part of what this composer measures (the rows of a long table).
    public var assistant: (any MeasuringAssistant<Measurer>)?
    /// The characters without a font the assistant met for this composer and its copies.
    let assistedWithoutFont = AssistedCharacters()
    /// The chart style of the document: its chart font and colours, month names in its language; made once
    /// for every chart.
    let chartStyle: ChartStyle

    /// The words the composition writes itself ("Contents", "Figure 3"), in the language.
    public let labels: Labels

    /// Tables of up to this many body rows keep every cell's line from measuring the widths, and lay all their
    /// rows out at once; longer ones measure their rows again as they are placed, to keep memory flat (the
    /// pages are the same either way).
    public var eagerTableRows = BriefingComposer.defaultEagerTableRows
    public static var defaultEagerTableRows: Int { 200 }

    /// The language of the text being composed, when a section or block is in another than the document's.
    private(set) var textLanguage: String?
    /// Whether the text being composed is in a language written right to left.
    private(set) var textIsRightToLeft: Bool

    /// Measures the text being composed, in its language.
    var measurer: TextInLanguage<Measurer> { TextInLanguage(base: documentMeasurer, language: textLanguage) }

    /// This composer measuring with `other` (an assistant's measurer, on the assistant's thread), with no
    /// assistant of its own.
    func measuring(with other: Measurer) -> Self {
        var copy = self
        copy.documentMeasurer = other
        copy.assistant = nil
        return copy
    }

    /// This composer, composing text in `language` (the document's when nil or the same).
    func composing(in language: String?) -> Self {
        var scoped = self
        let other = language.flatMap { $0.lowercased() == self.language.lowercased() ? nil : $0 }
        scoped.textLanguage = other
        scoped.textIsRightToLeft = LanguageTag.isRightToLeft(other ?? self.language)
        return scoped
    }

    /// A composer in `language`, writing its own words as `labels` has them (the language's, with the
    /// style's in their place, when nil).
    public init(style: Style, measurer: Measurer, images: [String: ImageSource] = [:], language: String = "en", labels: Labels? = nil) {
        self.style = style
        self.documentMeasurer = measurer
        self.textIsRightToLeft = LanguageTag.isRightToLeft(language)
        self.images = images
        self.language = language
        let labels = labels ?? Labels(language: language).overriding(with: style.labels)
        self.labels = labels
        var styler = TextStyler(style: style)
        styler.footnotes = footnotes
        self.styler = styler
        self.chartStyle = ChartStyle(style: style, language: language, labels: labels)
    }

    var columnWidth: Double { style.page.textArea.width }
    var body: FontSpec { style.fonts.body }

    /// What composition counts as it goes through the document: the figures and tables numbered so far, and
    /// what the user should be warned of.
    struct CompositionState {
        var figures = 0
        var tables = 0
        var diagnostics: [Diagnostic] = []
        /// The characters without a font met so far, and where each was met first: its path, and the position
        /// in `diagnostics` its warning takes once parts are joined.
        var charactersWithoutFont: Set<UInt32> = []
        var firstWithoutFont: [CharactersWithoutFont] = []
    }

    /// Characters no font has, met first in the value at `path`, while the diagnostics held `position` others.
    struct CharactersWithoutFont: Sendable {
        var position: Int
        var path: DataPath
        var characters: [UInt32]
    }

    /// A section as it will be shown: its number (when headings are numbered), title, level and anchor, and its
    /// path in the briefing (`sections[1].sections[0]`).
    struct NumberedSection: Sendable {
        var section: Section
        var number: String?
        var level: Int
        var anchor: String
        var path: DataPath
        /// The section's language, its own or a section's it is in, when one says it.
        var language: String?
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

    /// A run of composed blocks: the front matter, or some of the sections.
    public struct Part {
        public var blocks: [any FlowBlock] = []
        /// What the user should be warned of, with paths into the briefing.
        public var diagnostics: [Diagnostic] = []
        /// The faces of the fonts the blocks' lines use.
        public var fonts = FontTable()
        /// The characters no font has, by where this part met each first.
        var withoutFont: [CharactersWithoutFont] = []
        /// Where the body starts, in the front matter's part.
        var bodyStart: Int?
        /// The footnotes the part's text refers to, measured for the foot of the page.
        var footnotes: [FootnoteBody] = []

        public init() {}

        init(state: CompositionState, blocks: [any FlowBlock], fonts: FontTable) {
            self.blocks = blocks
            self.diagnostics = state.diagnostics
            self.withoutFont = state.firstWithoutFont
            self.fonts = fonts
        }
    }

    public func outline(of briefing: Briefing) -> Outline {
        Outline(sections: numbered(briefing.sections, prefix: [], level: 1, language: nil)) { _ = count($0, in: &$1) }
    }

    /// The title (or title page), summary and table of contents.
    public func frontMatter(of briefing: Briefing, outline: Outline) -> Part {
        let firstNote = footnotes.count
        var part = Part()
        var state = CompositionState()
        let title = DataPath.root.appending("title")
        if style.document.titlePage {
            part.blocks += noting(title, in: &state) { _ in titlePage(for: briefing) }
            if style.document.tableOfContents {
                part.blocks += noting(.root.appending("sections"), in: &state) { _ in contents(of: outline.sections) }
                part.blocks.append(PageBreakBlock())
            }
            part.bodyStart = part.blocks.count
            if let summary = briefing.summary {
                part.blocks += noting(.root.appending("summary"), in: &state) { _ in [summaryBlock(summary, spaceBefore: 0)] }
            }
        } else {
            part.blocks += noting(title, in: &state) { _ in titleBlock(for: briefing) }
            part.bodyStart = 0
            if let summary = briefing.summary {
                part.blocks += noting(.root.appending("summary"), in: &state) { _ in [summaryBlock(summary, spaceBefore: 12)] }
            }
            if style.document.tableOfContents {
                part.blocks += noting(.root.appending("sections"), in: &state) { _ in contents(of: outline.sections) }
            }
        }
        part.footnotes = footnoteBodies(from: firstNote)
        part.diagnostics = state.diagnostics
        part.withoutFont = state.firstWithoutFont
        part.fonts = measurer.fonts
        return part
    }

    /// The blocks `compose` makes for the value at `path`, marked as coming from there; a character no font
    /// has, met for the first time while they were measured, is reported at `path`.
    func noting(_ path: DataPath, in state: inout CompositionState,
                _ compose: (inout CompositionState) -> [any FlowBlock]) -> [any FlowBlock] {
        var blocks = compose(&state)
        for index in blocks.indices where blocks[index].dataPath == nil { blocks[index].dataPath = path }
        let missing = measurer.charactersWithoutFont.union(assistedWithoutFont.characters)
        if missing.count > state.charactersWithoutFont.count {
            state.firstWithoutFont.append(CharactersWithoutFont(position: state.diagnostics.count, path: path,
                                                                characters: missing.subtracting(state.charactersWithoutFont).sorted()))
            state.charactersWithoutFont = missing
        }
        return blocks
    }

    /// The sections at `range` of `outline`, numbering figures and tables on from those of the sections before.
    public func sections(_ range: Range<Int>, of outline: Outline) -> Part {
        var state = CompositionState()
        (state.figures, state.tables) = outline.numbered(before: range.lowerBound)
        var blocks: [any FlowBlock] = []
        let firstNote = footnotes.count
        for numbered in outline.sections[range] { appendSection(numbered, state: &state, to: &blocks) }
        var part = Part(state: state, blocks: blocks, fonts: measurer.fonts)
        part.footnotes = footnoteBodies(from: firstNote)
        return part
    }

    /// The parts, in order, as one composition.
    public func joined(_ parts: [Part]) -> Composition {
        var joiner = Joiner()
        return joiner.join(parts)
    }

    /// Joins parts into runs of composition, run after run, as one composition would give them.
    ///
    /// Characters without a font are reported where each first appears: a part composed on another thread
    /// met its own first, which a part before it (in this run or an earlier one) may have met already.
    public struct Joiner {
        private var reported: Set<UInt32> = []
        /// Where the body starts, counted from the start of the next run, when the runs so far ended before it.
        private var bodyStart: Int?

        public init() {}

        /// The parts, in order, as the next run of the composition.
        public mutating func join(_ parts: [Part]) -> Composition {
            var composition = Composition()
            var start = bodyStart
            for part in parts {
                if let partStart = part.bodyStart { start = composition.blocks.count + partStart }
                composition.blocks += part.blocks
                // Each warning of characters without a font goes where it was met among the part's others.
                var pending = part.withoutFont[...]
                for index in 0...part.diagnostics.count {
                    while let next = pending.first, next.position == index {
                        pending = pending.dropFirst()
                        let new = next.characters.filter { reported.insert($0).inserted }
                        if !new.isEmpty { composition.diagnostics.append(.noFont(for: new, at: next.path)) }
                    }
                    if index < part.diagnostics.count { composition.diagnostics.append(part.diagnostics[index]) }
                }
                composition.fonts = composition.fonts.merging(part.fonts)
                for note in part.footnotes { composition.footnotes[note.anchor] = note }
            }
            bodyStart = nil
            if let start {
                if start < composition.blocks.count {
                    BriefingComposer.markBodyStart(in: &composition.blocks, at: start)
                } else {
                    bodyStart = start - composition.blocks.count
                }
            }
            return composition
        }
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

    static func markBodyStart(in blocks: inout [any FlowBlock], at index: Int) {
        guard blocks.indices.contains(index), var first = blocks[index] as? LinesBlock else { return }
        first.startsBody = true
        blocks[index] = first
    }

    /// The sections in document order with their numbers and anchors (a generated one where they have no id), and
    /// their language where one is said: their own, else `inherited` from the section they are in.
    func numbered(_ sections: [Section], prefix: [Int], level: Int, language inherited: String?) -> [NumberedSection] {
        var result: [NumberedSection] = []
        for (index, section) in sections.enumerated() {
            let path = prefix + [index + 1]
            let number = style.document.numberedHeadings ? path.map(String.init).joined(separator: ".") : nil
            let anchor = section.id ?? "folio-section-" + path.map(String.init).joined(separator: "-")
            var shown = section
            shown.sections = []
            let own = section.language ?? inherited
            result.append(NumberedSection(section: shown, number: number, level: level, anchor: anchor, path: sectionPath(of: path),
                                          language: own))
            result += numbered(section.sections, prefix: path, level: level + 1, language: own)
        }
        return result
    }

    /// `sections[0].sections[2]` for the section numbered 1.3.
    private func sectionPath(of number: [Int]) -> DataPath {
        number.reduce(DataPath.root) { path, position in path.appending("sections").appending(position - 1) }
    }

    // MARK: Sections

    /// The blocks of a section: in a section whose language is said, all of them in a section element that
    /// says it (even when it is the document's: the author said it).
    private func appendSection(_ numbered: NumberedSection, state: inout CompositionState, to blocks: inout [any FlowBlock]) {
        guard let language = numbered.language else { return appendSectionBlocks(numbered, state: &state, to: &blocks) }
        let start = blocks.count
        composing(in: language).appendSectionBlocks(numbered, state: &state, to: &blocks)
        Self.enclose(&blocks, from: start, in: .section(language: language))
    }

    /// Marks the blocks from `start` on as one element of `role`: it opens before the first block that draws
    /// anything and closes after the last (a page break draws nothing, and drops marks given to it).
    static func enclose(_ blocks: inout [any FlowBlock], from start: Int, in role: StructureRole) {
        let drawing = blocks.indices[start...].filter { !(blocks[$0] is PageBreakBlock || blocks[$0] is FloatBarrierBlock) }
        guard let first = drawing.first, let last = drawing.last else { return }
        blocks[first].openingMarks.insert(.begin(role), at: 0)
        blocks[last].closingMarks.append(.end)
    }

    private func appendSectionBlocks(_ numbered: NumberedSection, state: inout CompositionState, to blocks: inout [any FlowBlock]) {
        let section = numbered.section, level = numbered.level
        if level == 1, style.layout.footnotesPerSection { footnotes.restartNumbering() }
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
        // With the style's section barrier, the floats of the sections before are placed before this one starts.
        if style.layout.floatBarrier == .section { blocks.append(FloatBarrierBlock()) }
        // A section that opens with a page break starts on a new page, heading and all.
        var contents = Array(section.blocks.enumerated())[...]
        if contents.first?.element == .pageBreak {
            blocks.append(PageBreakBlock())
            contents = contents.dropFirst()
        }
        blocks += noting(numbered.path.appending("title"), in: &state) { _ in [heading] }
        for (position, (index, block)) in contents.enumerated() {
            let gap = position == 0 ? style.spacing.headingGapAfter : style.spacing.paragraphGap
            let path = numbered.path.appending("blocks").appending(index)
            let own = section.blockLanguages[index].flatMap { $0.lowercased() == (textLanguage ?? language).lowercased() ? nil : $0 }
            let float = Self.flowFloat(section.blockFloats[index] ?? .auto)
            guard let own else {
                blocks += noting(path.appending(block.kind), in: &state) {
                    compose(block, spaceBefore: gap, at: path, float: float, state: &$0)
                }
                continue
            }
            let start = blocks.count
            let scoped = composing(in: own)
            blocks += scoped.noting(path.appending(block.kind), in: &state) {
                scoped.compose(block, spaceBefore: gap, at: path, float: float, state: &$0)
            }
            Self.enclose(&blocks, from: start, in: .language(own))
        }
    }

    /// How a block the model says floats `placement` floats in the flow.
    static func flowFloat(_ placement: FloatPlacement) -> FlowFloat {
        switch placement {
        case .auto: .auto
        case .pinned: .pinned
        case .top: .top
        }
    }

    /// The flow blocks of `block`, at `path` in the briefing; a table, chart, timeline or image floats as `float` says.
    private func compose(_ block: Block, spaceBefore gap: Double, at path: DataPath, float: FlowFloat,
                         state: inout CompositionState) -> [any FlowBlock] {
        let kindPath = path.appending(block.kind)
        switch block {
        case .paragraph(let text):
            return [textBlock(styler.richText(text, font: body, color: style.colors.text), font: body,
                              spaceBefore: gap, alignment: style.paragraphAlignment, hyphenate: style.hyphenate,
                              role: .paragraph)]
        case .list(let list):
            var blocks: [any FlowBlock] = []
            appendList(list, depth: 0, spaceBefore: gap, to: &blocks)
            return blocks
        case .callout(let callout):
            return [calloutBlock(callout, spaceBefore: gap + 2)]
        case .quote(let quote):
            return [quoteBlock(quote, spaceBefore: gap + 2)]
        case .code(let code):
            return [codeBlock(code, spaceBefore: gap + 2)]
        case .pageBreak:
            return [PageBreakBlock()]
        case .floatBarrier:
            return [FloatBarrierBlock()]
        case .table(let table):
            var composed = tableBlock(table, number: count(block, in: &state), spaceBefore: gap + 2)
            composed.floating = float
            if let problem = composed.headerProblem {
                state.diagnostics.append(Diagnostic(.warning, code: .headerTallerThanPage, message: problem, path: kindPath))
            }
            return [composed]
        case .timeline(let timeline):
            var drawn = timelineBlock(timeline, number: count(block, in: &state), spaceBefore: gap + 4)
            drawn.floating = float
            state.diagnostics += drawn.drawing.diagnostics.map { $0.placed(under: kindPath) }
            guard style.charts.dataTable else { return [drawn] }
            var data = tableBlock(ChartDataTable.table(of: timeline, style: chartStyle), number: nil, spaceBefore: 4)
            data.floating = float
            return [drawn, data]
        case .chart(let chart):
            var drawn = barChartBlock(chart, number: count(block, in: &state), spaceBefore: gap + 4)
            drawn.floating = float
            state.diagnostics += drawn.drawing.diagnostics.map { $0.placed(under: kindPath) }
            guard style.charts.dataTable else { return [drawn] }
            var data = tableBlock(ChartDataTable.table(of: chart, numbers: chartStyle.numbers, dates: chartStyle.dates), number: nil, spaceBefore: 4)
            data.floating = float
            return [drawn, data]
        case .image(let image):
            if let source = images[image.path] {
                var figure = figureBlock(image, source: source, number: count(block, in: &state), spaceBefore: gap + 2)
                figure.floating = float
                return [figure]
            }
            state.diagnostics.append(Diagnostic(.warning, code: .imageNotLoaded, message: "the image '\(image.path)' was not loaded; "
                                                + "a box saying so stands in its place", path: kindPath.appending("path")))
            return [placeholder("Image", image.caption, "\(image.path) could not be loaded", anchor: nil, gap)]
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
