import FolioCore
import FolioGraphics

/// An image with its caption: kept together, centred in the column, never split.
///
/// The composer sizes the image to fit a page, so it is never lost: at the top of a page it always fits.
public struct FigureBlock: FlowBlock {
    public var image: ImageSource
    /// The size the image is drawn at.
    public var size: Size
    public var columnWidth: Double
    public var caption: [TextLine]
    public var captionMetrics: LineMetrics
    public var alt: String
    public var anchor: String?
    public var spaceBefore: Double
    public var keepsWithNext: Bool { false }
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    public var dataPath: DataPath?
    public var floating: FlowFloat = .auto

    /// Space between the image and its caption.
    static let captionGap = 6.0

    public init(image: ImageSource, size: Size, columnWidth: Double, caption: [TextLine], captionMetrics: LineMetrics,
                alt: String, anchor: String?, spaceBefore: Double) {
        self.image = image
        self.size = size
        self.columnWidth = columnWidth
        self.caption = caption
        self.captionMetrics = captionMetrics
        self.alt = alt
        self.anchor = anchor
        self.spaceBefore = spaceBefore
    }

    var height: Double {
        size.height + (caption.isEmpty ? 0 : Self.captionGap + Double(caption.count) * captionMetrics.pitch)
    }

    public var minimumLeadHeight: Double { height }

    public func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement {
        guard height <= availableHeight + LinesBlock.tolerance || atPageTop else { return .none }
        var items: [DisplayItem] = openingMarks.map(DisplayItem.structure)
        if let anchor { items.append(.anchor(anchor, at: origin)) }
        let frame = Rect(x: origin.x + (columnWidth - size.width) / 2, y: origin.y, width: size.width, height: size.height)
        items += [.structure(.begin(.figure(alt: alt))), .image(image, frame: frame), .structure(.end)]
        if !caption.isEmpty {
            items.append(.structure(.begin(.caption)))
            for (row, line) in caption.enumerated() {
                let baseline = origin.y + size.height + Self.captionGap + Double(row) * captionMetrics.pitch + captionMetrics.baseline
                items.append(.text(line, origin: Point(x: origin.x, y: baseline)))
            }
            items.append(.structure(.end))
        }
        items += closingMarks.map(DisplayItem.structure)
        return .whole(FlowFragment(height: height, items: items))
    }
}
