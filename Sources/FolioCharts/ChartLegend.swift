import FolioGraphics

/// A legend: a colour swatch and a name for each series, flowed in rows across the chart's width.
struct ChartLegend<Measurer: TextMeasuring> {
    let names: [String]
    let style: ChartStyle
    let measurer: Measurer
    let width: Double

    static var swatch: Double { 8 }

    /// The legend's items with its top at `top`, and the height it takes.
    func draw(top: Double) -> (items: [DisplayItem], height: Double) {
        let attributes = TextAttributes(font: style.font, color: style.text)
        let pitch = style.font.size * 1.3
        var items: [DisplayItem] = []
        var x = 0.0, y = top
        for (index, name) in names.enumerated() {
            // A name longer than the chart is wide is wrapped; each entry stays on one row otherwise.
            let lines = measurer.lines(of: RichText(name, attributes: attributes), width: width - Self.swatch - 4, alignment: .left)
            let entryWidth = Self.swatch + 4 + (lines.map { $0.minX + $0.width }.max() ?? 0)
            if x > 0 && x + entryWidth > width {
                x = 0
                y += pitch
            }
            let ascent = lines.first?.ascent ?? style.font.size * 0.8
            items += style.fill(Rect(x: x, y: y + ascent - Self.swatch + 0.5, width: Self.swatch, height: Self.swatch), series: index)
            for (row, line) in lines.enumerated() {
                items.append(.text(line, origin: Point(x: x + Self.swatch + 4, y: y + ascent + Double(row) * pitch)))
            }
            y += Double(max(lines.count - 1, 0)) * pitch
            x += entryWidth + 14
        }
        return (items, names.isEmpty ? 0 : y - top + pitch)
    }
}
