import FolioCore
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
    /// The path of what the block draws in the briefing (`sections[2].blocks[0].table`), for the warnings
    /// pagination gives about it; nil for what the layout adds itself.
    var dataPath: DataPath? { get set }

    /// Whether, and how, the block floats when it does not fit in what is left of a page.
    var floating: FlowFloat { get }
    /// The height of the whole block when it is known and it would fit on an empty page (a table's), for
    /// deciding whether to move it rather than split it.
    var wholeHeight: Double? { get }

    /// Lays out as much as fits in `availableHeight` below `origin` (the top left of the space).
    func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement
}

extension FlowBlock {
    public var floating: FlowFloat { .none }
    public var wholeHeight: Double? { nil }
}

/// How a block floats (see `FloatPlacement` in the model, which the composer turns into this).
public enum FlowFloat: Sendable, Equatable {
    /// Text: placed where it comes.
    case none
    /// A figure or table that moves to the top of the next page when it does not fit, text filling in behind it.
    case auto
    /// A figure or table kept where it comes; it still waits for the floats before it, to keep their order.
    case pinned
    /// A figure or table placed at the top of a page.
    case top
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

/// A laid-out piece of a block: its height, its items at page positions, and what it tells the paginator.
public struct FlowFragment: Sendable {
    public var height: Double
    public var items: [DisplayItem]
    public var notes: [LayoutNote]

    public init(height: Double, items: [DisplayItem], notes: [LayoutNote] = []) {
        self.height = height
        self.items = items
        self.notes = notes
    }
}

/// What a placed fragment tells the document layout about its page.
public enum LayoutNote: Hashable, Sendable {
    /// A heading, for the outline.
    case heading(HeadingMark)
    /// A place where the page number of `anchor`'s page goes once pages are known (the contents).
    case pageReference(PageReferenceSlot)
    /// The body starts on this page: pages before it are front matter, numbered i, ii, iii.
    case bodyStart
}

/// Where a page number is written once pagination is done: right-aligned at `right` on `baseline`.
public struct PageReferenceSlot: Hashable, Sendable {
    public var anchor: String
    public var right: Double
    public var baseline: Double
    public var attributes: TextAttributes
    /// Where among the items of the fragment (of the page, once placed) the number goes: inside the
    /// entry's structure element, so that a screen reader reads it with its entry.
    public var itemIndex: Int

    public init(anchor: String, right: Double, baseline: Double, attributes: TextAttributes, itemIndex: Int) {
        self.anchor = anchor
        self.right = right
        self.baseline = baseline
        self.attributes = attributes
        self.itemIndex = itemIndex
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
