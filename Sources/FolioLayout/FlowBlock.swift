import FolioGraphics

/// A piece of content the paginator can place: it lays itself out in the space left on a page.
///
/// The contract: placed at the top of an empty page, a block always places something (`whole` or
/// `partial`), so pagination always makes progress.
public protocol FlowBlock: Sendable {
    /// Space above the block, dropped at the top of a page.
    var spaceBefore: Double { get }
    /// Whether the block must stay on the same page as the start of the block after it (headings).
    var keepsWithNext: Bool { get }
    /// The height of the smallest first piece the block accepts; a heading asks this of what follows it.
    var minimumLeadHeight: Double { get }
    /// Structure marks that open before the block (the start of a list around its first item).
    var openingMarks: [StructureMark] { get set }
    /// Structure marks that close after the block (the end of the list item and list it ends).
    var closingMarks: [StructureMark] { get set }

    /// Lays out as much as fits in `availableHeight` below `origin` (the top left of the space).
    func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement
}

/// The answer of a block asked to lay itself out.
public enum FlowPlacement: Sendable {
    /// Everything fitted.
    case whole(FlowFragment)
    /// The fragment fitted; `rest` goes on the next page.
    case partial(FlowFragment, rest: any FlowBlock)
    /// Nothing fitted here (the block moves to the next page).
    case none
}

/// A laid-out piece of a block: its height and its items at page positions.
public struct FlowFragment: Sendable {
    public var height: Double
    public var items: [DisplayItem]
    /// Headings in this piece, for the outline: title, level, and y on the page.
    public var headings: [HeadingMark]

    public init(height: Double, items: [DisplayItem], headings: [HeadingMark] = []) {
        self.height = height
        self.items = items
        self.headings = headings
    }
}

/// A heading's place, reported by the block that draws it so the outline can point at it.
public struct HeadingMark: Hashable, Sendable {
    public var title: String
    public var level: Int
    public var y: Double

    public init(title: String, level: Int, y: Double) {
        self.title = title
        self.level = level
        self.y = y
    }
}
