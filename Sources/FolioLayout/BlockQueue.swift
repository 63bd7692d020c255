import FolioCore
import FolioGraphics

/// The blocks still to paginate, composed as pagination reaches them: a long briefing's blocks are never all
/// in memory at once, only those of the run being placed and the few a heading looks ahead to.
///
/// Each run of blocks comes with the footnotes its text refers to, what the user should be warned of, and
/// the faces of its fonts; the queue keeps those for the whole document (they are small) and lets the blocks
/// go once they are placed.
public final class BlockQueue {
    private var buffer: [any FlowBlock] = []
    private var start = 0
    private var supply: () -> Composition?
    /// The footnotes of the runs composed so far, by the name their references lead to.
    public private(set) var footnotes: [String: FootnoteBody] = [:]
    /// What composing the runs so far warned of, in reading order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The faces of the fonts of every run composed so far.
    public private(set) var fonts = FontTable()

    /// A queue of `blocks`, composed already, with their footnotes.
    public convenience init(_ composition: Composition) {
        var first: Composition? = composition
        self.init { defer { first = nil }; return first }
    }

    /// A queue of the blocks `next` composes, run after run, until it returns nil.
    public init(composing next: @escaping () -> Composition?) {
        supply = next
    }

    /// The block `offset` places after the next one (0: the next one), composing more runs as needed; nil
    /// past the last block.
    public func block(at offset: Int) -> (any FlowBlock)? {
        while start + offset >= buffer.count {
            guard let run = supply() else {
                supply = { nil }
                return nil
            }
            absorb(run)
        }
        return buffer[start + offset]
    }

    /// The next block; nil when there are no more.
    public var first: (any FlowBlock)? { block(at: 0) }

    /// Lets the next block go.
    public func removeFirst() {
        guard first != nil else { return }
        start += 1
        // Placed blocks are let go a run at a time, so that the buffer is not shifted for every block.
        if start >= 64, start * 2 >= buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private func absorb(_ run: Composition) {
        buffer += run.blocks
        diagnostics += run.diagnostics
        fonts = fonts.merging(run.fonts)
        footnotes.merge(run.footnotes) { first, _ in first }
    }
}

/// The blocks a queue holds after an offset: what a heading looks ahead to, without taking them.
struct BlocksAhead {
    let queue: BlockQueue
    let offset: Int

    var first: (any FlowBlock)? { queue.block(at: offset) }

    func dropFirst() -> BlocksAhead { BlocksAhead(queue: queue, offset: offset + 1) }

    /// The blocks from the first one that is not `skipped`.
    func drop(while skipped: (any FlowBlock) -> Bool) -> BlocksAhead {
        var ahead = self
        while let block = ahead.first, skipped(block) { ahead = ahead.dropFirst() }
        return ahead
    }
}
