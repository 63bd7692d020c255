import FolioCore
import FolioGraphics
import FolioModel

extension LineChart {
    /// The gap between two end labels, in points.
    static var labelGap: Double { 2 }

    /// Each series' end label (its name, and its last value with `end_values`), nil for a series with no value; nil altogether when they cannot all
    /// stand beside the plot: too tall together, or a name wider than a third of the chart.
    func endLabels() -> [TextLine?]? {
        let lines: [TextLine?] = chart.series.enumerated().map { index, series in
            guard let last = series.values.last(where: { $0 != nil }) ?? nil else { return nil }
            let text = chart.endValues ? "\(series.name) \(numberText.value(last, series: index))" : series.name
            return line(text, font: smallFont, color: labelColor(index))
        }
        let shown = lines.compactMap { $0 }
        let height = shown.reduce(0) { $0 + $1.ascent + $1.descent + Self.labelGap }
        guard height <= (plotHeight ?? defaultPlotHeight) + 8, shown.allSatisfy({ $0.width <= width / 3 }) else { return nil }
        return lines
    }

    /// A series' colour, darkened enough to read as text on white.
    func labelColor(_ index: Int) -> Color {
        var color = style.color(index)
        while color.luma > 0.45 { color = color.mixed(with: .black, amount: 0.2) }
        return color
    }

    /// The end labels beside the plot's right edge `x`, each as near the height of its line's last point as the
    /// others allow, between `top` and `bottom`; a moved label gets a leader line back to its point.
    func placedEndLabels(_ labels: [TextLine?], values: [[Double?]], x: Double, y: (Double) -> Double, top: Double,
                         bottom: Double) -> [DisplayItem] {
        var placed: [EndLabel] = []
        for (series, label) in labels.enumerated() {
            guard let label, let value = values[series].last(where: { $0 != nil }) ?? nil else { continue }
            let wanted = y(value)
            placed.append(EndLabel(series: series, line: label, wanted: wanted, center: wanted, height: label.ascent + label.descent))
        }
        // Top to bottom by where they want to be (ties in series order); then pushed down past their upper
        // neighbour, and back up from the bottom edge; then down from the top edge.
        placed.sort { $0.wanted == $1.wanted ? $0.series < $1.series : $0.wanted < $1.wanted }
        for index in placed.indices {
            let floor = index == 0 ? top + placed[index].height / 2
                : placed[index - 1].center + (placed[index - 1].height + placed[index].height) / 2 + Self.labelGap
            placed[index].center = max(placed[index].center, floor)
        }
        for index in placed.indices.reversed() {
            let ceiling = index == placed.count - 1 ? bottom - placed[index].height / 2
                : placed[index + 1].center - (placed[index + 1].height + placed[index].height) / 2 - Self.labelGap
            placed[index].center = min(placed[index].center, ceiling)
        }
        for index in placed.indices {
            let floor = index == 0 ? top + placed[index].height / 2
                : placed[index - 1].center + (placed[index - 1].height + placed[index].height) / 2 + Self.labelGap
            placed[index].center = max(placed[index].center, floor)
        }
        var items: [DisplayItem] = []
        for label in placed {
            if abs(label.center - label.wanted) > 0.5 {
                items.append(.stroke(.line(from: Point(x: x + 3, y: label.wanted), to: Point(x: x + 7, y: label.center)),
                                     StrokeStyle(color: style.color(label.series), width: 0.6)))
            }
            let baseline = label.center + (label.line.ascent - label.line.descent) / 2
            items.append(.text(label.line, origin: Point(x: x + 8, y: baseline)))
        }
        return items
    }

    /// The x axis under the plot, from `top`: ticks at round dates on a calendar axis, the category names
    /// (every one that fits) otherwise; the items, the warnings, and where the axis ends.
    func xAxis(xs: [Double], left: Double, right: Double, top: Double) -> (items: [DisplayItem], diagnostics: [Diagnostic], bottom: Double) {
        var items: [DisplayItem] = []
        var diagnostics: [Diagnostic] = []
        let attributes = TextAttributes(font: smallFont, color: style.axis)
        var labels: [(x: Double, line: TextLine)] = []
        if let days = categoryDays, let first = days.first, let last = days.last, last > first {
            let ticks = CalendarTicks(days: first..<(last + 1), width: right - left, dates: style.dates) {
                measurer.line(of: RichText($0, attributes: attributes)).width
            }
            for tick in ticks.ticks {
                let x = left + Double(tick.day - first) / Double(last - first) * (right - left)
                labels.append((x, measurer.line(of: RichText(tick.label, attributes: attributes))))
            }
        } else {
            let names = chart.categories.map { measurer.line(of: RichText($0, attributes: attributes)) }
            var step = 1
            while step < names.count, !fit(names.enumerated().filter { $0.offset % step == 0 }.map { (xs[$0.offset], $0.element) }) {
                step += 1
            }
            if step > 1 {
                let shown = (names.count + step - 1) / step
                diagnostics.append(.chartWarning(.categoryNamesThinned, "the category names do not fit under the chart: only \(shown) of "
                                                 + "\(names.count) are shown", at: [.key("categories")]))
            }
            labels = names.enumerated().filter { $0.offset % step == 0 }.map { (xs[$0.offset], $0.element) }
        }
        var bottom = top
        var previousRight = -Double.infinity
        for (x, label) in labels {
            items.append(.stroke(.line(from: Point(x: x, y: top - 4), to: Point(x: x, y: top - 1)), StrokeStyle(color: style.axis, width: 0.6)))
            // A label pushed inside the chart at either end may come to touch its neighbour: that tick keeps
            // its mark and loses its label.
            let origin = labelOrigin(x, label)
            guard origin >= previousRight + 3 else { continue }
            previousRight = origin + label.width
            items.append(.text(label, origin: Point(x: origin, y: top + 2 + label.ascent)))
            bottom = max(bottom, top + 2 + label.ascent + label.descent)
        }
        return (items, diagnostics, bottom + 2)
    }

    /// Where a label centred under `x` starts, kept inside the chart.
    func labelOrigin(_ x: Double, _ label: TextLine) -> Double {
        min(max(x - label.width / 2, 0), width - label.width)
    }

    /// Whether labels centred at their x (kept inside the chart) leave a gap between neighbours.
    func fit(_ labels: [(Double, TextLine)]) -> Bool {
        var previous = -Double.infinity
        for (x, line) in labels {
            let origin = labelOrigin(x, line)
            if origin < previous + 6 { return false }
            previous = origin + line.width
        }
        return true
    }
}

/// An end label being placed: its series, its line, the height it wants (its point's) and the one it gets.
struct EndLabel {
    var series: Int
    var line: TextLine
    var wanted: Double
    var center: Double
    var height: Double
}
