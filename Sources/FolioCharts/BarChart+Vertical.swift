import FolioCore
import FolioGraphics

extension BarChart {
    /// How the category names under a vertical chart are set: wrapped within their band, or turned upright
    /// (every `step`-th, when even upright names would touch).
    enum CategoryLabelLayout {
        case wrapped([[TextLine]])
        case turned([TextLine], step: Int)

        var height: Double {
            switch self {
            case .wrapped(let labels): labels.map { lines in lines.reduce(0) { $0 + $1.ascent + $1.descent } }.max() ?? 0
            case .turned(let lines, _): lines.map(\.width).max() ?? 0
            }
        }
    }

    static var maximumWrappedLines: Int { 3 }

    func categoryLabels(band: Double) -> CategoryLabelLayout {
        let attributes = TextAttributes(font: smallFont, color: style.text)
        let room = band - 4
        let whole = chart.categories.map { measurer.line(of: RichText($0, attributes: attributes)) }
        if whole.allSatisfy({ $0.widestWord <= room }) {
            let wrapped = chart.categories.map { measurer.lines(of: RichText($0, attributes: attributes), width: room, alignment: .center) }
            if wrapped.allSatisfy({ $0.count <= Self.maximumWrappedLines }) { return .wrapped(wrapped) }
        }
        let thickness = whole.map { $0.ascent + $0.descent }.max() ?? pitch
        let step = max(1, Int((thickness + 2) / max(band, 0.001)) + 1)
        return .turned(whole, step: band >= thickness + 2 ? 1 : step)
    }

    /// The plot height of a vertical chart when none is given: in proportion to the width, within bounds.
    public var defaultPlotHeight: Double { min(max(width * 0.42, 120), 260) }

    func drawVertical() -> ChartDrawing {
        var (items, top) = legend()
        if let unit = chart.unit {
            let unitLine = line(unit, font: smallFont, color: style.axis)
            items.append(.text(unitLine, origin: Point(x: 0, y: top + unitLine.ascent)))
            top += unitLine.ascent + unitLine.descent + 4
        }
        let plotHeight = self.plotHeight ?? defaultPlotHeight
        let sample = line("0", font: smallFont, color: style.axis)
        let tickHeight = sample.ascent + sample.descent
        let scale = scale(length: plotHeight) { _ in tickHeight }
        let tickLines = scale.ticks.map { line(tickText($0, scale: scale), font: smallFont, color: style.axis) }
        let plotLeft = (tickLines.map(\.width).max() ?? 0) + 6, plotRight = width - 2
        let count = Double(max(chart.categories.count, 1))
        let band = (plotRight - plotLeft) / count
        let seriesCount = Double(max(chart.series.count, 1))
        let barWidth = chart.stacked ? band * 0.6 : band * 0.74 / seriesCount

        // Value labels: above (below, for negatives) each bar when every one fits its bar's slot; for stacked
        // charts inside each segment that has room, and the total above the stack.
        let segments = self.segments
        let valueLines = valueLines(of: segments)
        let showOutside = !chart.stacked && valueLines.allSatisfy { $0.width <= barWidth - 1 }
        let totals = self.totals
        let totalLines = totals.map { line(valueText($0.positive + $0.negative), font: smallFont.bold, color: style.text) }
        let showTotals = chart.stacked && chart.series.count > 1 && totalLines.allSatisfy { $0.width <= band - 3 }
        let labelRoom = tickHeight + 3
        let hasNegative = segments.contains { $0.end < 0 }
        let headroom = max(showOutside || showTotals ? labelRoom : 0, tickHeight / 2 + 2)
        let footroom = (showOutside || showTotals) && hasNegative ? labelRoom : 0
        let plotTop = top + headroom
        let plotBottom = plotTop + plotHeight
        func y(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        items += style.valueAxis(ticks: scale.ticks, labels: tickLines, left: plotLeft, right: plotRight, y: y)
        var diagnostics: [Diagnostic] = []
        if !chart.stacked, !showOutside, !segments.isEmpty {
            diagnostics.append(.chartWarning(.valueLabelsOmitted, "the values of the bars do not fit above them and are not shown; "
                                             + "a wider chart, or the style's charts.data_table, would show them"))
        }
        if chart.stacked, chart.series.count > 1, !showTotals {
            diagnostics.append(.chartWarning(.valueLabelsOmitted, "the totals of the stacks do not fit above them and are not shown; "
                                             + "a wider chart, or the style's charts.data_table, would show them"))
        }
        var unlabelled: [Segment] = []
        for (segment, valueLine) in zip(segments, valueLines) {
            let center = plotLeft + (Double(segment.category) + 0.5) * band
            let left = chart.stacked ? center - barWidth / 2 : center - band * 0.37 + Double(segment.series) * barWidth
            let y0 = y(segment.start), y1 = y(segment.end)
            let bar = Rect(x: left + 0.5, y: min(y0, y1), width: max(barWidth - 1, 0.5), height: abs(y1 - y0))
            items += style.fill(bar, series: segment.series)
            let origin: Point?
            if showOutside {
                origin = Point(x: center - band * 0.37 + (Double(segment.series) + 0.5) * barWidth - valueLine.width / 2,
                               y: segment.value >= 0 ? y1 - 3 - valueLine.descent : y1 + 3 + valueLine.ascent)
            } else if chart.stacked, !isHatched(segment.series), valueLine.width <= bar.width - 4, valueLine.ascent + valueLine.descent + 2 <= bar.height {
                origin = Point(x: bar.midX - valueLine.width / 2, y: bar.midY + (valueLine.ascent - valueLine.descent) / 2)
            } else {
                if chart.stacked { unlabelled.append(segment) }
                origin = nil
            }
            if let origin { items.append(.text(valueLine, origin: origin)) }
        }
        if showTotals {
            for (category, totalLine) in totalLines.enumerated() {
                let center = plotLeft + (Double(category) + 0.5) * band
                let total = totals[category]
                let end = total.positive + total.negative >= 0 ? total.positive : total.negative
                let baseline = end >= 0 ? y(end) - 3 - totalLine.descent : y(end) + 3 + totalLine.ascent
                items.append(.text(totalLine, origin: Point(x: center - totalLine.width / 2, y: baseline)))
            }
        }
        let zero = y(0)
        items.append(.stroke(.line(from: Point(x: plotLeft, y: zero), to: Point(x: plotRight, y: zero)),
                             StrokeStyle(color: style.axis, width: 0.8)))

        diagnostics += unlabelledWarning(unlabelled)
        let labelsTop = plotBottom + footroom + 4
        let layout = categoryLabels(band: band)
        if case .turned(let lines, let step) = layout, step > 1 {
            let shown = (lines.count + step - 1) / step
            diagnostics.append(.chartWarning(.categoryNamesThinned, "the category names do not fit under the chart: only \(shown) of "
                                             + "\(lines.count) are shown (every \(step == 2 ? "second" : "\(step)th") one); "
                                             + "a horizontal or wider chart would show them all", at: [.key("categories")]))
        }
        switch layout {
        case .wrapped(let labels):
            for (category, lines) in labels.enumerated() {
                let left = plotLeft + Double(category) * band + 2
                var baseline = labelsTop
                for line in lines {
                    baseline += line.ascent
                    items.append(.text(line, origin: Point(x: left, y: baseline)))
                    baseline += line.descent
                }
            }
        case .turned(let lines, let step):
            for (category, line) in lines.enumerated() where category % step == 0 {
                let center = plotLeft + (Double(category) + 0.5) * band
                // Turned a quarter anticlockwise, reading upwards, its end at the axis.
                let transform = Transform(a: 0, b: -1, c: 1, d: 0, tx: center + (line.ascent - line.descent) / 2,
                                          ty: labelsTop + line.width)
                items.append(.group(Group(items: [.text(line, origin: Point(x: -line.minX, y: 0))], transform: transform)))
            }
        }
        return ChartDrawing(size: Size(width: width, height: labelsTop + layout.height + 2), items: items, diagnostics: diagnostics, alt: "")
    }
}
