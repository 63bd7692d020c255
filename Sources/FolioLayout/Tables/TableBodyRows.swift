import Foundation

/// The body rows of a table, measured as pagination reaches them and let go once placed: a table of
/// 100,000 rows holds the rows of a page or two at a time, not all of them.
///
/// Rows are measured a run at a time (a run never ends inside a group of rows tied by row spans, whose
/// heights depend on each other) by `measure`, which carries the grid's state from one run to the next.
/// Asked for a row already let go (a placement thrown away), it measures again from the first row: the
/// rows come out the same.
///
/// Measuring is done on the thread that paginates, with the measurer of the thread that composed the table;
/// `ParallelComposition` never composes while it paginates, so no measurer is used by two threads at once.
/// With an assistant (`ahead`), each run is handed to it to measure as soon as the run before is measured, and
/// taken from it when its rows are wanted: the rows come out the same.
final class TableBodyRows: @unchecked Sendable {
    /// Measures rows `range`, given the row spans still open above the first (`carried`, by grid column),
    /// and leaves those open below the last in it.
    typealias Measure = (_ range: Range<Int>, _ carried: inout [Int]) -> [TableRowBox]
    /// Hands a run to the assistant, which measures it (`RowRunAhead.measure`) with a measurer of its own.
    typealias Ahead = (RowRunAhead) -> Void
    /// The row spans open below rows `range`, given those open above it, worked out without measuring.
    typealias SpansAfter = (_ range: Range<Int>, _ carried: [Int]) -> [Int]

    /// The number of body rows.
    let count: Int
    /// How far each row's spans reach: the last row each row's group may reach to, from the model.
    private let reach: [Int32]
    private let measure: Measure?
    private let ahead: Ahead?
    private let spansAfter: SpansAfter?
    private let lock = NSLock()
    // Under `lock`: the rows measured and not let go, the first one's index, and the spans open after them.
    private var cache: [TableRowBox]
    private var cacheStart = 0
    private var carried: [Int] = []
    /// The next run not measured here, handed to the assistant.
    private var runAhead: RowRunAhead?
    /// The run after the one the assistant is measuring, measured here while waiting for it, and the spans
    /// open below it.
    private var measuredHere: (range: Range<Int>, rows: [TableRowBox], carried: [Int])?

    /// Rows measured at once: enough for about a page.
    static let run = 64

    /// Rows measured already, all kept.
    init(_ rows: [TableRowBox]) {
        count = rows.count
        reach = []
        measure = nil
        ahead = nil
        spansAfter = nil
        cache = rows
    }

    /// `count` rows, measured by `measure` when asked for, or ahead by the assistant `ahead` hands them to
    /// (`spansAfter` lets this thread measure the run after the assistant's meanwhile); `rowSpans` gives the
    /// largest row span of each row.
    init(count: Int, rowSpans: [Int], measure: @escaping Measure, ahead: Ahead? = nil, spansAfter: SpansAfter? = nil) {
        self.count = count
        reach = rowSpans.enumerated().map { Int32($0.offset + max($0.element, 1) - 1) }
        self.measure = measure
        self.ahead = ahead
        self.spansAfter = spansAfter
        cache = []
    }

    /// The row at `index`.
    func row(at index: Int) -> TableRowBox {
        lock.withLock {
            guard let measure else { return cache[index] }
            if index < cacheStart {
                cache = []
                cacheStart = 0
                carried = []
                _ = runAhead?.take()
                runAhead = nil
                measuredHere = nil
            }
            while index >= cacheStart + cache.count {
                let start = cacheStart + cache.count
                let run = start..<runEnd(from: start)
                if let here = measuredHere, here.range == run {
                    cache += here.rows
                    carried = here.carried
                    measuredHere = nil
                } else if let runAhead, runAhead.range == run {
                    // While the assistant measures this run, the one after it is measured here.
                    if runAhead.isMeasuring, measuredHere == nil, run.upperBound < count, let spansAfter {
                        let next = run.upperBound..<runEnd(from: run.upperBound)
                        var spans = spansAfter(run, carried)
                        let rows = measure(next, &spans)
                        measuredHere = (next, rows, spans)
                    }
                    if let measured = runAhead.take() {
                        cache += measured.rows
                        carried = measured.carried
                    } else {
                        cache += measure(run, &carried)
                    }
                    self.runAhead = nil
                } else {
                    cache += measure(run, &carried)
                }
                // The assistant takes the next run not measured yet.
                let next = measuredHere.map { ($0.range.upperBound, $0.carried) } ?? (run.upperBound, carried)
                if let ahead, runAhead == nil, next.0 < count {
                    let handed = RowRunAhead(range: next.0..<runEnd(from: next.0), carried: next.1)
                    runAhead = handed
                    ahead(handed)
                }
            }
            return cache[index - cacheStart]
        }
    }

    /// Where the run starting at row `start` ends: after `run` rows, or after the last row a row span of its
    /// rows reaches.
    private func runEnd(from start: Int) -> Int {
        var end = min(start + Self.run, count)
        var position = start
        while position < end {
            end = max(end, min(Int(reach[position]) + 1, count))
            position += 1
        }
        return end
    }

    /// Lets the rows before `index` go: they are placed.
    func release(before index: Int) {
        lock.withLock {
            guard measure != nil, index > cacheStart else { return }
            let dropped = min(index - cacheStart, cache.count)
            // Whole runs only, so that the buffer is not shifted for every page.
            guard dropped >= Self.run || dropped == cache.count else { return }
            cache.removeFirst(dropped)
            cacheStart += dropped
        }
    }
}
