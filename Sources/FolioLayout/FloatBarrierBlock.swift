import FolioCore
import FolioGraphics

/// Holds back what follows until the floats waiting for a page are placed: at a barrier with floats waiting,
/// the page ends and they start the next one. Without floats waiting it does nothing.
public struct FloatBarrierBlock: FlowBlock {
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    public var dataPath: DataPath?

    public init() {}

    public var spaceBefore: Double { 0 }
    public var keepsWithNext: Bool { false }
    public var minimumLeadHeight: Double { 0 }

    public func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement {
        .whole(FlowFragment(height: 0, items: []))
    }
}
