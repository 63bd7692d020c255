import Foundation

/// A run of a long table's body rows measured ahead, on the assistant's thread, while the rows before it are
/// placed: the run's rows, and the row spans open after them, once measured.
///
/// The assistant may be busy and not start it before the rows are wanted: then `take` gives it up (the run
/// is measured where it is wanted) and the assistant, coming to it, does nothing.
final class RowRunAhead: @unchecked Sendable {
    let range: Range<Int>
    private let carried: [Int]
    private enum State {
        case waiting
        case measuring
        case measured([TableRowBox], carried: [Int])
        case givenUp
    }

    private let condition = NSCondition()
    private var state = State.waiting

    /// The run of rows `range`, below the row spans `carried` open above it.
    init(range: Range<Int>, carried: [Int]) {
        self.range = range
        self.carried = carried
    }

    /// Whether the assistant is measuring the run now.
    var isMeasuring: Bool {
        condition.withLock {
            if case .measuring = state { return true }
            return false
        }
    }

    /// Measures the run with `measure`, unless it was given up: on the assistant's thread.
    func measure(_ measure: TableBodyRows.Measure) {
        let start = condition.withLock {
            guard case .waiting = state else { return false }
            state = .measuring
            return true
        }
        guard start else { return }
        var spans = carried
        let rows = measure(range, &spans)
        condition.withLock {
            state = .measured(rows, carried: spans)
            condition.broadcast()
        }
    }

    /// The run's rows and the spans open after them, waiting while they are being measured; nil (and the run
    /// given up) when the assistant has not started on it.
    func take() -> (rows: [TableRowBox], carried: [Int])? {
        condition.withLock {
            while case .measuring = state { condition.wait() }
            guard case .measured(let rows, let carried) = state else {
                state = .givenUp
                return nil
            }
            state = .givenUp
            return (rows, carried)
        }
    }
}
