import FolioCore
import FolioGraphics

/// Flows blocks down a column, page after page: one loop over a queue of remaining work.
///
/// A block that keeps with the next moves to a new page unless the start of what follows fits beneath it;
/// a block that does not fit is offered the next page; a split block's rest goes to the front of the queue.
public struct Paginator {
    /// The area of each page that blocks flow into.
    public var column: Rect
    /// The footnotes text may refer to, by the name its references lead to.
    public var footnotes: [String: FootnoteBody]

    public init(column: Rect, footnotes: [String: FootnoteBody] = [:]) {
        self.column = column
        self.footnotes = footnotes
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
        /// How each page ended, in order.
        public var ends: [PageEnd] = []
    }

    /// Lays `blocks` out over as many pages as they need (at least one), and keeps the pages.
    public func paginate(_ blocks: [any FlowBlock]) -> Pagination {
        var composition = Composition(blocks: blocks)
        composition.footnotes = footnotes
        var pages: [PageContent] = []
        var ends: [PageEnd] = []
        let diagnostics = paginate(BlockQueue(composition)) { page, end in
            pages.append(page)
            ends.append(end)
        }
        return Pagination(pages: pages, diagnostics: diagnostics, ends: ends)
    }

    /// Lays the blocks of `queue` out over as many pages as they need (at least one), handing each page to
    /// `finished`, with how it ended, as soon as nothing more goes on it; returns what could not be laid out
    /// as asked. Blocks are taken from the queue as they are placed, so that they can be let go.
    ///
    /// Floats (tables, charts, timelines, images) that do not fit in what is left of a page wait for the top
    /// of the next one, in order, while the blocks after them fill the space they left, as LaTeX's `[tp]`
    /// does; a float never travels further than the top of the next page (after the floats already waiting
    /// there), and a float that comes while others wait waits behind them, so their numbers stay in order.
    public func paginate(_ queue: BlockQueue, finished: (PageContent, PageEnd) -> Void) -> [Diagnostic] {
        var pageCount = 0
        var page = PageContent()
        var y = 0.0
        var atTop = true
        var pending: (any FlowBlock)?
        var waiting: [any FlowBlock] = []
        var overflows = OverflowLog()
        var diagnostics: [Diagnostic] = []
        var lastEnd: (reason: PageEnd.Reason, next: (any FlowBlock)?, needed: Double?) = (.last, nil, nil)
        // The footnotes of the page, at the foot of its column: the text above them has their height less.
        var notes = FootnoteArea()

        /// Places what `fragment` refers to in footnotes on the page, and an anchor at each reference for the
        /// note's number to lead back to.
        func addNotes(of fragment: FlowFragment) {
            let references = footnoteReferences(in: fragment.items, bodies: queue.footnotes)
            guard !references.isEmpty else { return }
            notes.add(references.map(\.body))
            page.items += references.map { .anchor($0.body.referenceAnchor, at: $0.point) }
        }

        /// `block` placed in `available` (the room above the footnotes so far), with room left for the notes
        /// its placed lines refer to: placed again in less room while they do not fit, and refused when a
        /// note would not even start on the page (at the top of a page it is taken as it is, its notes going on).
        func place(_ block: any FlowBlock, at origin: Point, available: Double) -> FlowPlacement {
            var room = available
            var placement = block.place(at: origin, availableHeight: room, atPageTop: atTop)
            guard !queue.footnotes.isEmpty else { return placement }
            for _ in 0..<4 {
                let fragment: FlowFragment
                switch placement {
                case .whole(let placed), .partial(let placed, _): fragment = placed
                case .none: return placement
                }
                let bodies = footnoteReferences(in: fragment.items, bodies: queue.footnotes).map(\.body)
                guard !bodies.isEmpty else { return placement }
                let extra = notes.height(adding: bodies) - notes.height
                if fragment.height + extra <= available + LinesBlock.tolerance { return placement }
                // A note may go on at the foot of the next page, but each must start here: its first two lines.
                let starts = bodies.reduce(notes.isEmpty ? 2 * FootnoteArea.separation : 0) { $0 + $1.height(lines: min(2, $1.lines.count)) + FootnoteArea.gap }
                if fragment.height + starts <= available + LinesBlock.tolerance, extra > available / 2 { return placement }
                room -= fragment.height + extra - available
                guard room > 0 else { break }
                placement = block.place(at: origin, availableHeight: room, atPageTop: atTop)
            }
            return atTop ? block.place(at: origin, availableHeight: available, atPageTop: true) : .none
        }

        /// Puts `fragment` of `block` on the page, `gap` below what is there, with the notes it refers to.
        func take(_ fragment: FlowFragment, of block: any FlowBlock, gap: Double, available: Double) {
            append(fragment, to: &page)
            addNotes(of: fragment)
            overflows.note(block, height: fragment.height, room: available, page: pageCount)
            y += gap + fragment.height
        }

        /// Says that `block` could not be placed even on an empty page: it is left out, never looped on.
        func leaveOut(_ block: any FlowBlock) {
            diagnostics.append(Diagnostic(.warning, code: .blockNotPlaced, message: "a block could not be placed even on an empty "
                                          + "page (page \(pageCount + 1)) and is left out", path: block.dataPath))
        }

        /// Places what waits for the top of the page, in order, as far as it fits.
        func placeWaiting() {
            while let float = waiting.first {
                let gap = atTop ? 0 : float.spaceBefore
                let available = column.height - y - gap - notes.height
                let origin = Point(x: column.minX, y: column.minY + y + gap)
                switch place(float, at: origin, available: available) {
                case .whole(let fragment):
                    take(fragment, of: float, gap: gap, available: available)
                    atTop = false
                    waiting.removeFirst()
                case .partial(let fragment, let rest):
                    // A table longer than what is left: its rest heads the floats of the next page.
                    take(fragment, of: float, gap: gap, available: available)
                    waiting[0] = rest
                    lastEnd = (.split, rest, nil)
                    return
                case .none:
                    guard atTop else { return }
                    leaveOut(float)
                    waiting.removeFirst()
                }
            }
        }

        func newPage() {
            // The notes at the foot, as far as they fit under the text; the rest go on at the next page's foot.
            let notesHeight = notes.height
            let (noteItems, carried) = notes.items(in: column, height: column.height - y)
            page.items += noteItems
            notes = FootnoteArea(carrying: carried)
            let next = lastEnd.next
            finished(page, PageEnd(empty: column.height - y - notesHeight, body: column.height, reason: lastEnd.reason, next: next?.dataPath,
                                   nextIsPinned: next.map { $0.floating == .pinned || $0.floating == .top } ?? false, needed: lastEnd.needed))
            pageCount += 1
            lastEnd = (.floatsWaiting, nil, nil)
            page = PageContent()
            y = 0
            atTop = true
            placeWaiting()
        }

        /// Sets `block` aside for the top of the next page. Structure it opens or closes for what is around it
        /// (not for itself) stays here, in reading order.
        func setAside(_ block: any FlowBlock) {
            var float = block
            let own = min(float.openingMarks.count, float.closingMarks.count)
            let around = float.openingMarks.dropLast(own) + float.closingMarks.dropFirst(own)
            float.openingMarks = Array(float.openingMarks.suffix(own))
            float.closingMarks = Array(float.closingMarks.prefix(own))
            page.items += around.map(DisplayItem.structure)
            waiting.append(float)
        }

        while let block = pending ?? queue.first {
            let fromQueue = pending == nil
            let rest = BlocksAhead(queue: queue, offset: fromQueue ? 1 : 0)
            func consume() {
                if fromQueue { queue.removeFirst() } else { pending = nil }
            }
            if block is FloatBarrierBlock {
                consume()
                lastEnd = (.floatBarrier, waiting.first, nil)
                while !waiting.isEmpty { newPage() }
                continue
            }
            if fromQueue, block.floating != .none, !waiting.isEmpty {
                // Floats keep their order: behind those waiting, and a pinned one waits until they are placed.
                if block.floating == .pinned {
                    lastEnd = (.floatsWaiting, waiting.first, nil)
                    newPage()
                } else {
                    consume()
                    setAside(block)
                }
                continue
            }
            if fromQueue, block.floating == .top, !atTop {
                consume()
                setAside(block)
                continue
            }
            let gap = atTop ? 0 : block.spaceBefore
            let available = column.height - y - gap - notes.height
            let lead = !atTop && block.keepsWithNext
                ? leadHeight(of: block, followedBy: rest, available: available, floatsWaiting: !waiting.isEmpty) : 0
            if lead > available + LinesBlock.tolerance {
                // A heading moving with the floats of its section could go nowhere else either.
                lastEnd = (.keptWithNext, block, gap + lead)
                if Self.onlyFloats(after: block, follow: rest) { lastEnd = (.floatsWaiting, block, gap + lead) }
                newPage()
                continue
            }
            let origin = Point(x: column.minX, y: column.minY + y + gap)
            var placement = place(block, at: origin, available: available)
            if case .partial = placement, fromQueue, !atTop, block.floating != .none, block.wholeHeight != nil,
               available <= column.height / 3 {
                // A table that fits on a page is not split when moving it leaves no more than a third of the page
                // empty (and a floating one leaves nothing empty: the text after it fills in).
                placement = .none
            }
            switch placement {
            case .whole(let fragment):
                take(fragment, of: block, gap: gap, available: available)
                atTop = false
                consume()
            case .partial(let fragment, let remainder):
                take(fragment, of: block, gap: gap, available: available)
                consume()
                pending = remainder
                lastEnd = (.split, remainder, nil)
                newPage()
            case .none:
                if atTop {
                    // Breaks the contract of FlowBlock; never loop forever, and never drop it in silence.
                    leaveOut(block)
                    consume()
                } else if fromQueue, block.floating == .auto {
                    consume()
                    setAside(block)
                } else {
                    lastEnd = (block is PageBreakBlock ? .pageBreak : .doesNotFit, block, gap + block.minimumLeadHeight)
                    newPage()
                }
            }
        }
        lastEnd = (.floatsWaiting, waiting.first, nil)
        while !waiting.isEmpty { newPage() }
        // The last notes, on as many pages as they need.
        var endEmpty = column.height - y - notes.height
        while !notes.isEmpty {
            let (noteItems, carried) = notes.items(in: column, height: column.height - y)
            page.items += noteItems
            guard !carried.isEmpty, !noteItems.isEmpty else { break }
            notes = FootnoteArea(carrying: carried)
            finished(page, PageEnd(empty: 0, body: column.height, reason: .split))
            pageCount += 1
            page = PageContent()
            y = 0
            endEmpty = column.height - notes.height
        }
        finished(page, PageEnd(empty: endEmpty, body: column.height, reason: .last))
        return diagnostics + overflows.diagnostics
    }

    /// Whether the heading chain that `heading` starts, followed by `rest`, is followed by floats and then
    /// nothing more of its section: a section all of floats, whose heading moves with them.
    private static func onlyFloats(after heading: any FlowBlock, follow rest: BlocksAhead) -> Bool {
        var last = heading
        var following = rest
        while last.keepsWithNext, let next = following.first, next.keepsWithNext {
            last = next
            following = following.dropFirst()
        }
        guard let first = following.first, first.floating == .auto || first.floating == .top else { return false }
        return !sectionGoesOn(after: last, at: following.drop { $0.floating == .auto || $0.floating == .top }.first)
    }

    /// Whether the section of `heading` goes on at `block` (after its floats): text, or a subsection's heading;
    /// not a heading of the same or a higher level, a break, or the end.
    private static func sectionGoesOn(after heading: any FlowBlock, at block: (any FlowBlock)?) -> Bool {
        guard let block, !(block is PageBreakBlock), !(block is FloatBarrierBlock) else { return false }
        guard block.keepsWithNext else { return true }
        let level = (heading as? LinesBlock)?.heading?.level ?? 0
        return ((block as? LinesBlock)?.heading?.level ?? 0) > level
    }

    /// The height `block` needs at the bottom of a page (`available` is what is left): its own lead, plus the
    /// lead of each block it keeps with. (A block that keeps with the next does not split, so its lead is its
    /// whole height.)
    ///
    /// A heading does not keep with a float that will wait for the next page, but with the text after it;
    /// a heading followed only by floats (the next thing is a heading, or the end) moves with them.
    private func leadHeight(of block: any FlowBlock, followedBy rest: BlocksAhead, available: Double,
                            floatsWaiting: Bool) -> Double {
        var height = block.minimumLeadHeight
        var current = block
        var following = rest
        var deferring = floatsWaiting
        while current.keepsWithNext, let next = following.first {
            if next.floating == .auto || next.floating == .top {
                let fits = !deferring && next.floating == .auto
                    && height + next.spaceBefore + next.minimumLeadHeight <= available + LinesBlock.tolerance
                if !fits {
                    let after = following.dropFirst().drop { $0.floating == .auto || $0.floating == .top }
                    // A section of floats alone moves with them, when they fit beneath it on a page at all.
                    let withFloat = height + next.spaceBefore + next.minimumLeadHeight
                    guard Self.sectionGoesOn(after: current, at: after.first) || withFloat > column.height + LinesBlock.tolerance else {
                        return withFloat
                    }
                    deferring = true
                    following = after
                    continue
                }
            }
            height += next.spaceBefore + next.minimumLeadHeight
            current = next
            following = following.dropFirst()
        }
        return height
    }

    /// The footnote references among `items` (text runs linking to a note), in order, with where each stands.
    private func footnoteReferences(in items: [DisplayItem], bodies footnotes: [String: FootnoteBody]) -> [(body: FootnoteBody, point: Point)] {
        guard !footnotes.isEmpty else { return [] }
        var found: [(body: FootnoteBody, point: Point)] = []
        for case .text(let line, let origin) in items {
            for run in line.runs {
                guard case .internal(let name)? = run.link, name.hasPrefix(FootnoteRegistry.anchorPrefix), let body = footnotes[name] else { continue }
                found.append((body, Point(x: origin.x + run.x, y: origin.y - line.ascent)))
            }
        }
        return found
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
