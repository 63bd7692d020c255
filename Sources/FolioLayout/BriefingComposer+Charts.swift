import FolioCharts
import FolioGraphics
import FolioModel
import FolioStyle

extension BriefingComposer {
    /// A timeline as a chart block, with "Figure N. caption" under it.
    func timelineBlock(_ timeline: Timeline, number: Int?, spaceBefore: Double) -> ChartBlock {
        let drawing = TimelineChart(timeline: timeline, style: chartStyle, measurer: measurer, width: columnWidth).draw()
        return chartBlock(drawing, title: timeline.title, caption: timeline.caption, number: number, anchor: timeline.id,
                          spaceBefore: spaceBefore)
    }

    func chartBlock(_ drawing: ChartDrawing, title: InlineText?, caption: InlineText?, number: Int?, anchor: String?,
                    spaceBefore: Double) -> ChartBlock {
        let titleFont = style.fonts.caption.bold.with { $0.size += 0.5 }
        let titleLines = title.map { measurer.lines(of: styler.richText($0, font: titleFont, color: style.colors.text),
                                                    width: columnWidth, alignment: .left) } ?? []
        let captionFont = style.fonts.caption
        let captionText = numberedCaption(.figure, number: number, text: caption)
        let captionLines = captionText.isEmpty ? [] : measurer.lines(of: captionText, width: columnWidth, alignment: .left)
        return ChartBlock(drawing: drawing, title: titleLines, caption: captionLines,
                          metrics: LineMetrics(font: captionFont, lineHeight: style.spacing.lineHeight, measurer: measurer),
                          pageHeight: style.page.textArea.height, anchor: anchor, spaceBefore: spaceBefore)
    }
}

extension BriefingComposer {
    /// A bar, line or area chart as a chart block, with "Figure N. caption" under it.
    func barChartBlock(_ chart: Chart, number: Int?, spaceBefore: Double) -> ChartBlock {
        let drawing = chart.kind == .bar ? BarChart(chart: chart, style: chartStyle, measurer: measurer, width: columnWidth).draw()
            : LineChart(chart: chart, style: chartStyle, measurer: measurer, width: columnWidth).draw()
        return chartBlock(drawing, title: chart.title, caption: chart.caption, number: number, anchor: chart.id, spaceBefore: spaceBefore)
    }
}
