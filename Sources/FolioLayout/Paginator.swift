import FolioCore
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

    /// The pages, and what could not be laid out as asked: blocks run past the foot of a page or left out.
    public struct Pagination: Sendable {
        public var pages: [PageContent]
        public var diagnostics: [Diagnostic]
    }

    /// Lays `blocks` out over as many pages as they need (at least one).
    public func paginate(_ blocks: [any FlowBlock]) -> Pagination {
        var pages: [PageContent] = []
        var page = PageContent()
        var y = 0.0
        var atTop = true
        var queue = blocks[...]
        var pending: (any FlowBlock)?
        var overflows = OverflowLog()
        var diagnostics: [Diagnostic] = []

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
                overflows.note(block, height: fragment.height, room: available, page: pages.count)
                y += gap + fragment.height
                atTop = false
                if pending != nil { pending = nil } else { queue = queue.dropFirst() }
            case .partial(let fragment, let remainder):
                append(fragment, to: &page)
                overflows.note(block, height: fragment.height, room: available, page: pages.count)
                if pending == nil { queue = queue.dropFirst() }
                pending = remainder
                newPage()
            case .none:
                if atTop {
                    // Breaks the contract of FlowBlock; never loop forever, and never drop it in silence.
                    diagnostics.append(Diagnostic(.warning, code: .blockNotPlaced, message: "a block could not be placed even on an empty "
                                                  + "page (page \(pages.count + 1)) and is left out", path: block.dataPath))
                    if pending != nil { pending = nil } else { queue = queue.dropFirst() }
                } else {
                    newPage()
                }
            }
        }
        pages.append(page)
        return Pagination(pages: pages, diagnostics: diagnostics + overflows.diagnostics)
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
        let offset = page.items.count
        page.items.append(contentsOf: fragment.items)
        for note in fragment.notes {
            guard case .pageReference(var slot) = note else {
                page.notes.append(note)
                continue
            }
            slot.itemIndex += offset
            page.notes.append(.pageReference(slot))
        }
    }
}

/// The blocks that ran past the foot of a page, by what they draw: one warning each, however many pages.
private struct OverflowLog {
    private var entries: [(source: DataPath?, pages: [Int], most: Double)] = []

    /// Records `block` if its fragment of `height` is taller than the `room` it was given on page `page` (0-based).
    mutating func note(_ block: any FlowBlock, height: Double, room: Double, page: Int) {
        let excess = height - room
        guard excess > LinesBlock.tolerance else { return }
        if let index = entries.firstIndex(where: { $0.source == block.dataPath && $0.source != nil }) {
            entries[index].pages.append(page + 1)
            entries[index].most = max(entries[index].most, excess)
        } else {
            entries.append((block.dataPath, [page + 1], excess))
        }
    }

    var diagnostics: [Diagnostic] {
        entries.map { entry in
            let pages = entry.pages.count == 1 ? "page \(entry.pages[0])" : "\(entry.pages.count) pages, from page \(entry.pages[0])"
            return Diagnostic(.warning, code: .pageOverflow, message: "this runs past the foot of the page, into the footer, on "
                              + "\(pages) (by up to \(NumberText.compact(entry.most, places: 1)) pt): a line, a row or a drawing "
                              + "is taller than the page", path: entry.source)
        }
    }
}
