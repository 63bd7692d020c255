import FolioGraphics

extension ChartStyle {
    /// The hatching of each series in turn, when the style asks for patterns: the first series solid, the
    /// others by line direction, so that series stay apart in black and white and for readers who do not
    /// tell the palette's hues apart.
    enum Hatch: CaseIterable {
        case solid, rising, falling, crossed, horizontal, vertical

        static func of(series index: Int) -> Hatch { allCases[index % allCases.count] }
    }

    /// The items that fill `rect` as series `index`: its colour, and its hatching if the style has patterns.
    public func fill(_ rect: Rect, series index: Int) -> [DisplayItem] {
        let color = self.color(index)
        var items: [DisplayItem] = [.fill(.rect(rect), color)]
        guard patterns, rect.width > 0, rect.height > 0 else { return items }
        let hatch = Hatch.of(series: index)
        guard hatch != .solid else { return items }
        let stroke = StrokeStyle(color: color.luma > 0.5 ? .black : .white, width: 0.7)
        let spacing = 3.5
        var lines: [DisplayItem] = []
        func diagonal(rising: Bool) {
            // Lines at 45°, from far enough left that they cover the whole box.
            var offset = -rect.height
            while offset < rect.width {
                let start = Point(x: rect.minX + offset, y: rising ? rect.maxY : rect.minY)
                let end = Point(x: start.x + rect.height, y: rising ? rect.minY : rect.maxY)
                lines.append(.stroke(.line(from: start, to: end), stroke))
                offset += spacing * 1.41
            }
        }
        switch hatch {
        case .solid: break
        case .rising: diagonal(rising: true)
        case .falling: diagonal(rising: false)
        case .crossed:
            diagonal(rising: true)
            diagonal(rising: false)
        case .horizontal:
            var y = rect.minY + spacing / 2
            while y < rect.maxY {
                lines.append(.stroke(.line(from: Point(x: rect.minX, y: y), to: Point(x: rect.maxX, y: y)), stroke))
                y += spacing
            }
        case .vertical:
            var x = rect.minX + spacing / 2
            while x < rect.maxX {
                lines.append(.stroke(.line(from: Point(x: x, y: rect.minY), to: Point(x: x, y: rect.maxY)), stroke))
                x += spacing
            }
        }
        items.append(.group(Group(items: lines, clip: rect)))
        return items
    }
}
