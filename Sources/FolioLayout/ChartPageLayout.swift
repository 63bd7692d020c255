import FolioCharts
import FolioCore
import FolioGraphics
import FolioModel
import FolioStyle

/// Lays out one chart on a page of its own, sized tightly around it, for embedding in other documents:
/// the same fonts, colours and placement as in the report; its title above it and its caption under it only
/// when asked for (an embedding document usually sets its own).
public struct ChartPageLayout<Measurer: TextMeasuring> {
    /// A chart of the briefing: a timeline or a bar chart.
    public enum Subject: Sendable {
        case timeline(Timeline)
        case bar(Chart)
    }

    public let style: Style
    public let measurer: Measurer
    public let language: String
    /// The words the chart writes itself ("As of {date}"): the language's, the style's, the briefing's.
    public let labels: Labels

    /// The margin left around the drawing, so that strokes on its edge are not cut.
    public static var margin: Double { 4 }

    public init(style: Style, measurer: Measurer, language: String, labels: Labels? = nil) {
        self.style = style
        self.measurer = measurer
        self.language = language
        self.labels = labels ?? Labels(language: language).overriding(with: style.labels)
    }

    /// A one-page document holding `subject`, `width` points wide (the report's column when nil). A
    /// `height` larger than the chart needs makes a bar chart's plot taller and centres any other chart;
    /// a smaller one is not enough and the page grows to fit, as the chart must stay legible.
    /// Warnings about the chart carry `path`, the chart's in the briefing (`sections[1].blocks[0].timeline`).
    ///
    /// `title` and `caption`, when given, are set as in the report (the caption without its figure number,
    /// which belongs to the report), and count towards `height`.
    public func layout(_ subject: Subject, width: Double?, height: Double?, metadata: DocumentMetadata,
                       path: DataPath = .root, title: InlineText? = nil, caption: InlineText? = nil) -> PagedDocument {
        let chartWidth = max((width ?? style.page.textArea.width) - 2 * Self.margin, 60)
        let chartStyle = ChartStyle(style: style, language: language, labels: labels)
        let styler = TextStyler(style: style)
        let titleFont = style.fonts.caption.bold.with { $0.size += 0.5 }
        let titleLines = title.map { measurer.lines(of: styler.richText($0, font: titleFont, color: style.colors.text),
                                                    width: chartWidth, alignment: .left) } ?? []
        let captionLines = caption.map { measurer.lines(of: styler.richText($0, font: style.fonts.caption, color: style.colors.text),
                                                        width: chartWidth, alignment: .left) } ?? []
        let metrics = LineMetrics(font: style.fonts.caption, lineHeight: style.spacing.lineHeight, measurer: measurer)
        let textHeight = Double(titleLines.count + captionLines.count) * metrics.pitch
            + (titleLines.isEmpty ? 0 : ChartBlock.gap) + (captionLines.isEmpty ? 0 : ChartBlock.gap)
        let height = height.map { $0 - textHeight }
        var drawing: ChartDrawing
        switch subject {
        case .timeline(let timeline):
            drawing = TimelineChart(timeline: timeline, style: chartStyle, measurer: measurer, width: chartWidth).draw()
        case .bar(let chart) where chart.kind != .bar:
            let standard = LineChart(chart: chart, style: chartStyle, measurer: measurer, width: chartWidth)
            drawing = standard.draw()
            if let height {
                let overhead = drawing.size.height - standard.defaultPlotHeight
                let plot = max(height - 2 * Self.margin - overhead, 40)
                drawing = LineChart(chart: chart, style: chartStyle, measurer: measurer, width: chartWidth, plotHeight: plot).draw()
            }
        case .bar(let chart):
            let standard = BarChart(chart: chart, style: chartStyle, measurer: measurer, width: chartWidth)
            drawing = standard.draw()
            if let height, chart.orientation == .vertical {
                // The plot takes what the legend, the labels and the margins leave of the height asked for.
                let overhead = drawing.size.height - standard.defaultPlotHeight
                let plot = max(height - 2 * Self.margin - overhead, 40)
                drawing = BarChart(chart: chart, style: chartStyle, measurer: measurer, width: chartWidth, plotHeight: plot).draw()
            }
        }
        let pageHeight = max(height ?? 0, drawing.size.height + 2 * Self.margin) + textHeight
        let top = (pageHeight - textHeight - drawing.size.height) / 2
        // The chart block of the report, so that title, drawing and caption stand exactly as they do there.
        let block = ChartBlock(drawing: drawing, title: titleLines, caption: captionLines, metrics: metrics, pageHeight: .infinity,
                               anchor: nil, spaceBefore: 0)
        var items: [DisplayItem] = []
        if case .whole(let fragment) = block.place(at: Point(x: Self.margin, y: top), availableHeight: .infinity, atPageTop: true) {
            items = fragment.items
        }
        let page = Page(size: Size(width: chartWidth + 2 * Self.margin, height: pageHeight), items: items)
        var diagnostics = drawing.diagnostics.map { $0.placed(under: path) }
        let missing = measurer.charactersWithoutFont.sorted()
        if !missing.isEmpty { diagnostics.append(.noFont(for: missing, at: path)) }
        return PagedDocument(pages: [page], metadata: metadata, fonts: measurer.fonts, diagnostics: diagnostics)
    }
}
