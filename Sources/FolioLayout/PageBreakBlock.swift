import FolioCore
import FolioGraphics

/// Ends the page: everything after it starts on a new one.
public struct PageBreakBlock: FlowBlock {
    /// A page break has no content; marks given to it are dropped by the composer, which never gives any.
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    public var dataPath: DataPath?

    public init() {}

    public var spaceBefore: Double { 0 }
    public var keepsWithNext: Bool { false }
    public var minimumLeadHeight: Double { 0 }

    public func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement {
        // Not at the top: refuse, so the paginator starts a new page; at the top there is nothing left to do.
        atPageTop ? .whole(FlowFragment(height: 0, items: [])) : .none
    }
}
