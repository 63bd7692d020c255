import FolioGraphics

/// Flows blocks down a column, page after page: one loop over a queue of remaining work.
///
/// A block that keeps with the next moves to a new page unless the start of what follows fits beneath it;
/// a block that does not fit is offered the next page; a split block's rest goes to the front of the queue.
public struct Paginator {
    /// The area of each page that blocks flow into.
    public var column: Rect

    public init(column: Rect) {
        self.column = column
    }

    /// The content of one page as the paginator filled it.
    public struct PageContent: Sendable {
        public var items: [DisplayItem] = []
        public var notes: [LayoutNote] = []
    }

    /// Lays `blocks` out over as many pages as they need (at least one).
    public func paginate(_ blocks: [any FlowBlock]) -> [PageContent] {
        var pages: [PageContent] = []
        var page = PageContent()
        var y = 0.0
        var atTop = true
        var queue = blocks[...]
        var pending: (any FlowBlock)?

        func newPage() {
            pages.append(page)
            page = PageContent()
            y = 0
            atTop = true
        }

        while let block = pending ?? queue.first {
            let gap = atTop ? 0 : block.spaceBefore
            let available = column.height - y - gap
            let rest = pending == nil ? queue.dropFirst() : queue
            if !atTop, block.keepsWithNext, leadHeight(of: block, followedBy: rest) > available + LinesBlock.tolerance {
                newPage()
                continue
            }
            let origin = Point(x: column.minX, y: column.minY + y + gap)
            switch block.place(at: origin, availableHeight: available, atPageTop: atTop) {
            case .whole(let fragment):
                append(fragment, to: &page)
                y += gap + fragment.height
                atTop = false
                if pending != nil { pending = nil } else { queue = queue.dropFirst() }
            case .partial(let fragment, let remainder):
                append(fragment, to: &page)
                if pending == nil { queue = queue.dropFirst() }
                pending = remainder
                newPage()
            case .none:
                if atTop {
                    // Breaks the contract; drop nothing silently, but never loop forever either.
                    assertionFailure("a \(type(of: block)) placed nothing at the top of a page")
                    if pending != nil { pending = nil } else { queue = queue.dropFirst() }
                } else {
                    newPage()
                }
            }
        }
        pages.append(page)
        return pages
    }

    /// The height `block` needs at the bottom of a page: its own lead, plus the lead of each block it keeps with.
    /// (A block that keeps with the next does not split, so its lead is its whole height.)
    private func leadHeight(of block: any FlowBlock, followedBy rest: ArraySlice<any FlowBlock>) -> Double {
        var height = block.minimumLeadHeight
        var current = block
        var following = rest
        // A chain of headings travels together, with the first lines of what follows the last of them.
        while current.keepsWithNext, let next = following.first {
            height += next.spaceBefore + next.minimumLeadHeight
            current = next
            following = following.dropFirst()
        }
        return height
    }

    private func append(_ fragment: FlowFragment, to page: inout PageContent) {
        page.items.append(contentsOf: fragment.items)
        page.notes.append(contentsOf: fragment.notes)
    }
}
