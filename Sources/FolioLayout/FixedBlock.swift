import FolioCore
import FolioGraphics

/// Content of a fixed height that never splits, drawn relative to its top left (a rule, a drawing).
public struct FixedBlock: FlowBlock {
    public var height: Double
    /// Items relative to the block's top left corner.
    public var items: [DisplayItem]
    public var spaceBefore: Double
    public var keepsWithNext: Bool
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    public var dataPath: DataPath?

    public init(height: Double, items: [DisplayItem], spaceBefore: Double = 0, keepsWithNext: Bool = false) {
        self.height = height
        self.items = items
        self.spaceBefore = spaceBefore
        self.keepsWithNext = keepsWithNext
    }

    public var minimumLeadHeight: Double { height }

    public func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement {
        guard height <= availableHeight + LinesBlock.tolerance || atPageTop else { return .none }
        let placed = items.map { $0.offsetBy(dx: origin.x, dy: origin.y) }
        return .whole(FlowFragment(height: height, items: openingMarks.map(DisplayItem.structure) + placed
                                   + closingMarks.map(DisplayItem.structure)))
    }
}
