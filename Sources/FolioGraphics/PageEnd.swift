import FolioCore

/// Why a page of the body ended where it did, and how much of it was left empty at its foot: what a reader
/// sees as a hole, and what `folio render --page-fill` reports.
public struct PageEnd: Hashable, Sendable, Codable {
    /// What ended the page.
    public enum Reason: String, Hashable, Sendable, Codable {
        /// A block was split: the page is full.
        case split
        /// An explicit page break (or a barrier that placed waiting floats).
        case pageBreak = "page-break"
        case floatBarrier = "float-barrier"
        /// What was left of the page could only take floats waiting for the next page, or what must follow them.
        case floatsWaiting = "floats-waiting"
        /// A heading (with what it keeps with) did not fit beneath the text.
        case keptWithNext = "kept-with-next"
        /// The next block did not fit and is not split: a pinned figure, a short paragraph, a table kept whole.
        case doesNotFit = "does-not-fit"
        /// The document ends.
        case last
    }

    /// The height of the page's body left empty at its foot, and the body's height, in points.
    public var empty: Double
    public var body: Double
    public var reason: Reason
    /// The block the next page starts with, in the briefing (`sections[1].blocks[2].chart`), when known.
    public var next: DataPath?
    /// Whether that block could go nowhere else: it is pinned where it is (or a heading moving with the floats
    /// of its section), so the hole is the author's choice or the content's.
    public var nextIsPinned: Bool
    /// The height the block that starts the next page needed at the foot of this one (with what it keeps
    /// with, and its least piece when it splits), when it moved for lack of room.
    public var needed: Double?

    public init(empty: Double, body: Double, reason: Reason, next: DataPath? = nil, nextIsPinned: Bool = false, needed: Double? = nil) {
        self.needed = needed
        self.empty = empty
        self.body = body
        self.reason = reason
        self.next = next
        self.nextIsPinned = nextIsPinned
    }

    /// The share of the body left empty, from 0 to 1.
    public var emptyShare: Double { body > 0 ? max(0, empty) / body : 0 }

    /// Whether the hole needs no explaining: the page is the last, ends at a break, or what follows could go
    /// nowhere else (it is pinned, or needed more room than was left: a heading with its first lines, a
    /// paragraph too short to split).
    public var isExplained: Bool {
        switch reason {
        case .last, .pageBreak, .floatBarrier, .floatsWaiting, .split: true
        case .keptWithNext, .doesNotFit: nextIsPinned || (needed.map { $0 > empty } ?? false)
        }
    }
}
