import FolioGraphics

extension ChartStyle {
    /// A vertical value axis: a grid line across the plot, from `left` to `right`, at each tick's height
    /// (`y` gives it), and the tick's label right-aligned just left of the plot, centred on its line.
    func valueAxis(ticks: [Double], labels: [TextLine], left: Double, right: Double, y: (Double) -> Double) -> [DisplayItem] {
        zip(ticks, labels).flatMap { tick, label -> [DisplayItem] in
            let tickY = y(tick)
            return [.stroke(.line(from: Point(x: left, y: tickY), to: Point(x: right, y: tickY)), StrokeStyle(color: grid, width: 0.5)),
                    .text(label, origin: Point(x: left - 5 - label.width, y: tickY + (label.ascent - label.descent) / 2))]
        }
    }
}
