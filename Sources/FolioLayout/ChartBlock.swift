import FolioCharts
import FolioCore
import FolioGraphics

/// A chart in the flow: its title above, the drawing as one Figure with alt text, its caption below.
/// Never split; a drawing taller than a page is scaled down to fit one.
public struct ChartBlock: FlowBlock {
    public var drawing: ChartDrawing
    public var title: [TextLine]
    public var caption: [TextLine]
    public var metrics: LineMetrics
    public var scale: Double
    public var anchor: String?
    public var spaceBefore: Double
    public var keepsWithNext: Bool { false }
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    public var dataPath: DataPath?
    public var floating: FlowFloat = .auto

    static let gap = 6.0

    public init(drawing: ChartDrawing, title: [TextLine], caption: [TextLine], metrics: LineMetrics, pageHeight: Double,
                anchor: String?, spaceBefore: Double) {
        self.drawing = drawing
        self.title = title
        self.caption = caption
        self.metrics = metrics
        self.anchor = anchor
        self.spaceBefore = spaceBefore
        let text = Double(title.count + caption.count) * metrics.pitch + 2 * Self.gap
        scale = min(1, max(pageHeight - text, 50) / max(drawing.size.height, 1))
    }

    var height: Double {
        Double(title.count) * metrics.pitch + (title.isEmpty ? 0 : Self.gap) + drawing.size.height * scale
            + (caption.isEmpty ? 0 : Self.gap + Double(caption.count) * metrics.pitch)
    }

    public var minimumLeadHeight: Double { height }

    public func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement {
        guard height <= availableHeight + LinesBlock.tolerance || atPageTop else { return .none }
        var items: [DisplayItem] = openingMarks.map(DisplayItem.structure)
        if let anchor { items.append(.anchor(anchor, at: origin)) }
        var y = origin.y
        items.append(.structure(.begin(.figure(alt: drawing.alt))))
        for line in title {
            items.append(.text(line, origin: Point(x: origin.x, y: y + metrics.baseline)))
            y += metrics.pitch
        }
        if !title.isEmpty { y += Self.gap }
        items.append(.group(Group(items: drawing.items, transform: Transform(a: scale, b: 0, c: 0, d: scale, tx: origin.x, ty: y))))
        items.append(.structure(.end))
        y += drawing.size.height * scale
        if !caption.isEmpty {
            y += Self.gap
            items.append(.structure(.begin(.caption)))
            for line in caption {
                items.append(.text(line, origin: Point(x: origin.x, y: y + metrics.baseline)))
                y += metrics.pitch
            }
            items.append(.structure(.end))
        }
        items += closingMarks.map(DisplayItem.structure)
        return .whole(FlowFragment(height: y - origin.y, items: items))
    }
}
