import FolioCore
import Foundation
import FolioGraphics
import FolioModel

/// Draws a bar chart: vertical or horizontal, grouped or stacked, with a legend, a value axis on round ticks
/// carrying the unit, value labels where they fit and category labels that wrap or turn rather than collide.
public struct BarChart<Measurer: TextMeasuring> {
    public let chart: Chart
    public let style: ChartStyle
    public let measurer: Measurer
    public let width: Double
    /// The height of the plot area of a vertical chart; from the width when nil. Horizontal charts take the
    /// height their categories need.
    public let plotHeight: Double?
    /// How the chart writes its values and ticks.
    let numberText: ChartValueText

    public init(chart: Chart, style: ChartStyle, measurer: Measurer, width: Double, plotHeight: Double? = nil) {
        self.chart = chart.withCategoryDates(in: style.dates)
        self.style = style
        numberText = ChartValueText(chart: chart, numbers: style.numbers)
        self.measurer = measurer
        self.width = width
        self.plotHeight = plotHeight
    }

    var smallFont: FontSpec { style.font.with { $0.size *= 0.9 } }
    var pitch: Double { style.font.size * 1.3 }
    var hasLegend: Bool { chart.series.count > 1 || chart.stacked }

    /// The bar a value is drawn as: from `start` to `end` on the value axis.
    struct Segment {
        var category: Int
        var series: Int
        var value: Double
        var start: Double
        var end: Double
    }

    /// Every bar segment: side by side for grouped charts, piled from zero (positives up, negatives down)
    /// for stacked ones. Missing and non-finite values draw nothing.
    var segments: [Segment] {
        var result: [Segment] = []
        for category in chart.categories.indices {
            var positive = 0.0, negative = 0.0
            for (seriesIndex, series) in chart.series.enumerated() {
                guard category < series.values.count, let value = series.values[category], value.isFinite else { continue }
                if chart.stacked {
                    let base = value >= 0 ? positive : negative
                    result.append(Segment(category: category, series: seriesIndex, value: value, start: base, end: base + value))
                    if value >= 0 { positive += value } else { negative += value }
                } else {
                    result.append(Segment(category: category, series: seriesIndex, value: value, start: 0, end: value))
                }
            }
        }
        return result
    }

    /// The stacked totals of each category, positive and negative parts.
    var totals: [(positive: Double, negative: Double)] {
        var totals = Array(repeating: (positive: 0.0, negative: 0.0), count: chart.categories.count)
        for segment in segments where chart.stacked {
            if segment.value >= 0 { totals[segment.category].positive += segment.value } else { totals[segment.category].negative += segment.value }
        }
        return totals
    }

    /// A scale over the data whose tick labels, of `labelWidth` each, fit `length` with room between them.
    func scale(length: Double, labelExtent: (String) -> Double) -> NiceScale {
        let ends = segments.flatMap { [$0.start, $0.end] }
        let low = ends.min() ?? 0, high = ends.max() ?? 1
        for target in stride(from: 6, through: 2, by: -1) {
            let scale = NiceScale(minimum: low, maximum: high, targetTicks: target)
            let ticks = scale.ticks
            let spacing = length / Double(max(ticks.count - 1, 1))
            if ticks.map({ labelExtent(tickText($0, scale: scale)) }).allSatisfy({ $0 + 6 <= spacing }) { return scale }
        }
        return NiceScale(minimum: low, maximum: high, targetTicks: 1)
    }

    func tickText(_ value: Double, scale: NiceScale) -> String { numberText.tick(value, scale: scale) }

    /// A value label (see `ChartValueText`).
    func valueText(_ value: Double, series: Int? = nil) -> String { numberText.value(value, series: series) }

    func line(_ text: String, font: FontSpec, color: Color) -> TextLine {
        measurer.line(of: RichText(text, attributes: TextAttributes(font: font, color: color)))
    }

    /// The warning for the stacked segments that carry no value: too small for it, or hatched. Empty when none.
    func unlabelledWarning(_ unlabelled: [Segment]) -> [Diagnostic] {
        guard !unlabelled.isEmpty else { return [] }
        let names = unlabelled.prefix(3).map { segment in
            "\(chart.categories[segment.category]) – \(chart.series[segment.series].name) (\(valueText(segment.value, series: segment.series)))"
        }
        let more = unlabelled.count > 3 ? " and \(unlabelled.count - 3) more" : ""
        return [.chartWarning(.valueLabelsOmitted, "the values of \(unlabelled.count) of \(segments.count) segments do not fit inside "
                              + "them (or they are hatched) and are not shown: \(names.joined(separator: ", "))\(more); "
                              + "the style's charts.data_table shows every value")]
    }

    /// Whether series `index` is hatched: its segments then carry no value inside, which would not read.
    func isHatched(_ index: Int) -> Bool { style.patterns && ChartStyle.Hatch.of(series: index) != .solid }

    /// Black or white text, whichever reads better on `fill`.
    static func textColor(on fill: Color) -> Color { fill.luma > 0.55 ? .black : .white }

    /// The value label of each segment: in the text colour beside a grouped bar, in black or white inside
    /// a stacked segment.
    func valueLines(of segments: [Segment]) -> [TextLine] {
        segments.map { segment in
            let color = chart.stacked ? Self.textColor(on: style.color(segment.series)) : style.text
            return line(valueText(segment.value, series: segment.series), font: smallFont, color: color)
        }
    }

    /// The legend at the top, when the chart has several series or stacks them, and where the rest begins.
    func legend() -> (items: [DisplayItem], bottom: Double) {
        guard hasLegend else { return ([], 0) }
        let legend = ChartLegend(names: chart.series.map(\.name), style: style, measurer: measurer, width: width).draw(top: 0)
        return (legend.items, legend.height + 6)
    }

    public func draw() -> ChartDrawing {
        var drawing = chart.orientation == .vertical ? drawVertical() : drawHorizontal()
        drawing.alt = chart.alt ?? BarChartAltText.describe(chart, number: { valueText($0) }, labels: style.labels)
        return drawing
    }
}
