import FolioCore
import FolioGraphics
import FolioModel
import Foundation

/// Draws a line or area chart: a trend along dates (a calendar axis, ticks at round dates, points where their
/// dates fall) or along categories (evenly spaced), each series named at the end of its line.
///
/// End labels never collide: each starts level with its line's last point, and labels that would touch are
/// pushed apart vertically, with a leader line in the series' colour back to the point. When they cannot all
/// fit beside the plot, the chart draws a legend instead and says so in a warning.
public struct LineChart<Measurer: TextMeasuring> {
    public let chart: Chart
    public let style: ChartStyle
    public let measurer: Measurer
    public let width: Double
    public let plotHeight: Double?
    /// How the chart writes its values and ticks.
    let numberText: ChartValueText

    public init(chart: Chart, style: ChartStyle, measurer: Measurer, width: Double, plotHeight: Double? = nil) {
        self.chart = chart
        self.style = style
        self.measurer = measurer
        self.width = width
        self.plotHeight = plotHeight
        numberText = ChartValueText(chart: chart, numbers: style.numbers)
    }

    var smallFont: FontSpec { style.font.with { $0.size *= 0.9 } }
    var isArea: Bool { chart.kind == .area }

    func line(_ text: String, font: FontSpec, color: Color) -> TextLine {
        measurer.line(of: RichText(text, attributes: TextAttributes(font: font, color: color)))
    }

    /// The values drawn for each series: as given, or stacked on the series before for a stacked area chart
    /// (a missing value counts as nothing there).
    var drawnValues: [[Double?]] {
        guard isArea, chart.stacked else { return chart.series.map(\.values) }
        var running = [Double](repeating: 0, count: chart.categories.count)
        return chart.series.map { series in
            (0..<chart.categories.count).map { index in
                let value = index < series.values.count ? series.values[index] : nil
                running[index] += value ?? 0
                return value == nil ? nil : running[index]
            }
        }
    }

    /// Where each category stands along the x axis, from 0 to 1: by its date on a calendar axis, evenly otherwise.
    var positions: [Double] {
        let count = chart.categories.count
        if let days = categoryDays, let first = days.first, let last = days.last, last > first {
            return days.map { Double($0 - first) / Double(last - first) }
        }
        guard count > 1 else { return [0.5] }
        return (0..<count).map { Double($0) / Double(count - 1) }
    }

    /// The day each category's date starts on, when every category is a date in order.
    var categoryDays: [Int]? {
        guard let dates = chart.categoryDates, dates.count == chart.categories.count else { return nil }
        let days = dates.map { CalendarDay.span(of: $0).lowerBound }
        return zip(days, days.dropFirst()).allSatisfy { $0 < $1 } ? days : nil
    }

    public var defaultPlotHeight: Double { min(max(width * 0.42, 120), 260) }

    public func draw() -> ChartDrawing {
        var diagnostics: [Diagnostic] = []
        let values = drawnValues
        let plotHeight = self.plotHeight ?? defaultPlotHeight
        let endLabels = chart.seriesLabels == .end ? self.endLabels() : nil
        let useLegend = chart.seriesLabels == .legend || endLabels == nil
        if chart.seriesLabels == .end, endLabels == nil {
            diagnostics.append(.chartWarning(.valueLabelsOmitted, "the names of the \(chart.series.count) series do not fit beside "
                                             + "the ends of their lines; a legend names them instead", at: [.key("series")]))
        }
        var items: [DisplayItem] = []
        var top = 0.0
        if useLegend && !chart.series.isEmpty {
            let legend = ChartLegend(names: chart.series.map(\.name), style: style, measurer: measurer, width: width).draw(top: 0)
            items += legend.items
            top = legend.height + 6
        }
        if let unit = chart.unit {
            let unitLine = line(unit, font: smallFont, color: style.axis)
            items.append(.text(unitLine, origin: Point(x: 0, y: top + unitLine.ascent)))
            top += unitLine.ascent + unitLine.descent + 4
        }
        let all = values.flatMap { $0.compactMap { $0 } }
        let scale = NiceScale(minimum: all.min() ?? 0, maximum: all.max() ?? 1,
                              includingZero: isArea || chart.zero || all.isEmpty)
        let tickLines = scale.ticks.map { line(numberText.tick($0, scale: scale), font: smallFont, color: style.axis) }
        let labelWidth = useLegend ? 0 : (endLabels?.compactMap { $0?.width }.max() ?? 0) + 8
        let plotLeft = (tickLines.map(\.width).max() ?? 0) + 6
        let plotRight = max(plotLeft + 20, width - 4 - labelWidth)
        let sample = line("0", font: smallFont, color: style.axis)
        let halfTick = (sample.ascent + sample.descent) / 2
        let xs = positions.map { plotLeft + $0 * (plotRight - plotLeft) }
        // Annotations' labels stand in a strip over the plot, clear of the top tick's label.
        let annotations = self.annotations(xs: xs, left: plotLeft, right: plotRight,
                                           keepClear: [Rect(x: 0, y: -halfTick - 1, width: plotLeft, height: halfTick + 1)])
        diagnostics += annotations.diagnostics
        let plotTop = top + max(halfTick + 2, annotations.height + 1)
        let plotBottom = plotTop + plotHeight
        func y(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        items += style.valueAxis(ticks: scale.ticks, labels: tickLines, left: plotLeft, right: plotRight, y: y)
        // Areas first, the last series at the back, so that every line is drawn over every fill.
        if isArea {
            for index in values.indices.reversed() {
                let base: [Double?] = chart.stacked && index > 0 ? values[index - 1] : values[index].map { $0.map { _ in 0 } }
                for run in Self.runs(of: values[index]) {
                    var elements: [Path.Element] = run.map { .line(to: Point(x: xs[$0], y: y(values[index][$0] ?? 0))) }
                    elements[0] = .move(to: Point(x: xs[run[0]], y: y(values[index][run[0]] ?? 0)))
                    elements += run.reversed().map { .line(to: Point(x: xs[$0], y: y(base[$0] ?? 0))) }
                    elements.append(.close)
                    items.append(.fill(Path(elements: elements), style.color(index).mixed(with: .white, amount: 0.55)))
                }
            }
        }
        // Annotations' lines over the areas and under the lines, which they mark but must not hide.
        for x in annotations.lines {
            items.append(.stroke(.line(from: Point(x: x, y: plotTop), to: Point(x: x, y: plotBottom)),
                                 StrokeStyle(color: style.muted, width: 0.8, dash: [3, 2])))
        }
        items += annotations.labels.map { $0.offsetBy(dx: 0, dy: plotTop) }
        // The axis under the lines: a line along zero stays visible.
        let zero = scale.lower <= 0 && scale.upper >= 0 ? y(0) : plotBottom
        items.append(.stroke(.line(from: Point(x: plotLeft, y: zero), to: Point(x: plotRight, y: zero)),
                             StrokeStyle(color: style.axis, width: 0.8)))
        for (index, series) in values.enumerated() {
            let color = style.color(index)
            for run in Self.runs(of: series) {
                if run.count == 1, let value = series[run[0]] {
                    items.append(.fill(.circle(center: Point(x: xs[run[0]], y: y(value)), radius: 1.6), color))
                    continue
                }
                var elements: [Path.Element] = []
                for position in run {
                    guard let value = series[position] else { continue }
                    let point = Point(x: xs[position], y: y(value))
                    elements.append(elements.isEmpty ? .move(to: point) : .line(to: point))
                }
                items.append(.stroke(Path(elements: elements), StrokeStyle(color: color, width: 1.6)))
            }
            if let last = series.lastIndex(where: { $0 != nil }), let value = series[last] {
                // The last point, marked on a halo in the background colour, so that no line hides it.
                items.append(.fill(.circle(center: Point(x: xs[last], y: y(value)), radius: 3), style.background))
                items.append(.fill(.circle(center: Point(x: xs[last], y: y(value)), radius: 2), color))
            }
        }
        if let endLabels, !useLegend {
            items += placedEndLabels(endLabels, values: values, x: plotRight, y: y, top: plotTop - 4, bottom: plotBottom + 4)
        }
        let axis = xAxis(xs: xs, left: plotLeft, right: plotRight, top: plotBottom + 4)
        items += axis.items
        diagnostics += axis.diagnostics
        // Dated categories are said as the style writes dates, as on the axis (annotations keep matching the names).
        var described = chart
        if let dates = chart.categoryDates, dates.count == chart.categories.count { described.categories = dates.map(style.text(of:)) }
        let alt = chart.alt ?? LineChartAltText.describe(described, number: { numberText.value($0) }, date: style.text(of:), labels: style.labels)
        return ChartDrawing(size: Size(width: width, height: axis.bottom), items: items, diagnostics: diagnostics, alt: alt)
    }

    /// The runs of consecutive positions that have values: a missing value is a gap in the line.
    static func runs(of values: [Double?]) -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for (index, value) in values.enumerated() {
            if value == nil {
                if !current.isEmpty { runs.append(current); current = [] }
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
