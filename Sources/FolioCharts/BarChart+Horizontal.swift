import FolioCore
import FolioGraphics

extension BarChart {
    /// A horizontal chart: category names wrapped in a column on the left, bars running right (negatives
    /// left) from zero, value labels at the bars' ends, the value axis and its unit underneath. The chart is
    /// as tall as its categories need.
    func drawHorizontal() -> ChartDrawing {
        var (items, top) = legend()
        let nameAttributes = TextAttributes(font: smallFont, color: style.text)
        let names = chart.categories.map {
            measurer.lines(of: RichText($0, attributes: nameAttributes), width: width * 0.3, alignment: .left)
        }
        let nameColumn = (names.flatMap { $0 }.map { $0.minX + $0.width }.max() ?? 0)
        let segments = self.segments
        let totals = self.totals
        let valueLines = valueLines(of: segments)
        let totalLines = totals.map { line(valueText($0.positive + $0.negative), font: smallFont.bold, color: style.text) }
        // What sits at the end of each bar: its value, or a stack's total.
        let endLabels: [(value: Double, line: TextLine)] = chart.stacked
            ? (chart.series.count > 1 ? zip(totals, totalLines).map { ($0.positive + $0.negative, $1) } : [])
            : zip(segments, valueLines).map { ($0.value, $1) }
        let sample = line("0", font: smallFont, color: style.axis)
        let rightRoom = (endLabels.filter { $0.value >= 0 }.map(\.line.width).max() ?? 0) + 4
        let leftRoom = endLabels.contains { $0.value < 0 } ? (endLabels.filter { $0.value < 0 }.map(\.line.width).max() ?? 0) + 4 : 0
        let plotLeft = nameColumn + 8 + leftRoom
        var plotRight = width - max(rightRoom, 2)
        let provisional = scale(length: plotRight - plotLeft) { line($0, font: smallFont, color: style.axis).width }
        // The last tick label is centred on its tick: keep half of it inside the chart.
        let lastTick = line(tickText(provisional.upper, scale: provisional), font: smallFont, color: style.axis)
        plotRight = min(plotRight, width - lastTick.width / 2 - 1)
        let scale = scale(length: plotRight - plotLeft) { line($0, font: smallFont, color: style.axis).width }
        func x(_ value: Double) -> Double { scale.position(of: value, from: plotLeft, to: plotRight) }

        let labelHeight = sample.ascent + sample.descent
        let seriesCount = Double(max(chart.series.count, 1))
        let thickness = chart.stacked ? max(14, labelHeight + 4) : max(11, labelHeight + 1)
        let groupHeight = chart.stacked ? thickness : thickness * seriesCount
        let bands = names.map { lines in max(groupHeight / 0.74, lines.reduce(0) { $0 + $1.ascent + $1.descent } + 6) }
        let plotTop = top
        var bandTops: [Double] = []
        var cursor = plotTop
        for band in bands {
            bandTops.append(cursor)
            cursor += band
        }
        let plotBottom = cursor

        for tick in scale.ticks {
            items.append(.stroke(.line(from: Point(x: x(tick), y: plotTop), to: Point(x: x(tick), y: plotBottom)),
                                 StrokeStyle(color: style.grid, width: 0.5)))
        }
        for (category, lines) in names.enumerated() {
            let center = bandTops[category] + bands[category] / 2
            var baseline = center - lines.reduce(0) { $0 + $1.ascent + $1.descent } / 2
            for line in lines {
                baseline += line.ascent
                items.append(.text(line, origin: Point(x: nameColumn - line.width - line.minX, y: baseline)))
                baseline += line.descent
            }
        }
        var unlabelled: [Segment] = []
        for (index, segment) in segments.enumerated() {
            let center = bandTops[segment.category] + bands[segment.category] / 2
            let barTop = chart.stacked ? center - thickness / 2 : center - groupHeight / 2 + Double(segment.series) * thickness
            let x0 = x(segment.start), x1 = x(segment.end)
            let bar = Rect(x: min(x0, x1), y: barTop + 0.5, width: abs(x1 - x0), height: thickness - 1)
            items += style.fill(bar, series: segment.series)
            let valueLine = valueLines[index]
            let baseline = bar.midY + (valueLine.ascent - valueLine.descent) / 2
            if !chart.stacked {
                let labelX = segment.value >= 0 ? x1 + 3 : x1 - 3 - valueLine.width
                items.append(.text(valueLine, origin: Point(x: labelX, y: baseline)))
            } else if valueLine.width + 4 <= bar.width, !isHatched(segment.series) {
                items.append(.text(valueLine, origin: Point(x: bar.midX - valueLine.width / 2, y: baseline)))
            } else {
                unlabelled.append(segment)
            }
        }
        if chart.stacked && chart.series.count > 1 {
            for (category, totalLine) in totalLines.enumerated() {
                let total = totals[category]
                let center = bandTops[category] + bands[category] / 2
                let baseline = center + (totalLine.ascent - totalLine.descent) / 2
                let labelX = total.positive + total.negative >= 0 ? x(total.positive) + 3 : x(total.negative) - 3 - totalLine.width
                items.append(.text(totalLine, origin: Point(x: labelX, y: baseline)))
            }
        }
        items.append(.stroke(.line(from: Point(x: x(0), y: plotTop), to: Point(x: x(0), y: plotBottom)),
                             StrokeStyle(color: style.axis, width: 0.8)))
        items.append(.stroke(.line(from: Point(x: plotLeft, y: plotBottom), to: Point(x: plotRight, y: plotBottom)),
                             StrokeStyle(color: style.axis, width: 0.8)))
        var bottom = plotBottom + 3
        for tick in scale.ticks {
            let tickLine = line(tickText(tick, scale: scale), font: smallFont, color: style.axis)
            let tickX = min(max(x(tick) - tickLine.width / 2, 0), width - tickLine.width)
            items.append(.stroke(.line(from: Point(x: x(tick), y: plotBottom), to: Point(x: x(tick), y: plotBottom + 3)),
                                 StrokeStyle(color: style.axis, width: 0.8)))
            items.append(.text(tickLine, origin: Point(x: tickX, y: plotBottom + 4 + tickLine.ascent)))
            bottom = max(bottom, plotBottom + 4 + tickLine.ascent + tickLine.descent)
        }
        if let unit = chart.unit {
            let unitLine = line(unit, font: smallFont, color: style.axis)
            let unitX = min(max((plotLeft + plotRight - unitLine.width) / 2, 0), width - unitLine.width)
            items.append(.text(unitLine, origin: Point(x: unitX, y: bottom + 3 + unitLine.ascent)))
            bottom += 3 + unitLine.ascent + unitLine.descent
        }
        return ChartDrawing(size: Size(width: width, height: bottom + 2), items: items, diagnostics: unlabelledWarning(unlabelled), alt: "")
    }
}
