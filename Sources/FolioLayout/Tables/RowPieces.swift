import FolioModel
import Foundation

/// A long table's body rows cut into pieces that two threads take as each is free, and the pieces measured,
/// kept until they are joined in row order.
final class RowPieces: @unchecked Sendable {
    /// Rows measured as one piece: a few pages' worth, so that the two threads end close together.
    static let rowsPerPiece = 256

    /// One piece measured: what it found for the columns, its rows' lines, and the characters without a
    /// font it met first.
    struct Measured: Sendable {
        var findings: ColumnFindings
        var lines = MeasuredLineFile.Chunk()
        var charactersWithoutFont: Set<UInt32> = []
    }

    let columnCount: Int
    let padding: Double
    private let rows: [TableRow]
    /// The row spans open above each piece's first row (by grid column).
    private let openSpans: [[Int]]
    private let condition = NSCondition()
    // Under `condition`.
    private var nextPiece = 0
    private var assistantMeasuring = false
    private var finished: [Int: Measured] = [:]

    init(rows: [TableRow], columnCount: Int, padding: Double) {
        self.rows = rows
        self.columnCount = columnCount
        self.padding = padding
        var spans: [[Int]] = []
        var carried: [Int] = []
        for (index, row) in rows.enumerated() {
            if index % Self.rowsPerPiece == 0 { spans.append(carried) }
            _ = row.gridColumns(after: &carried)
        }
        openSpans = spans
    }

    var count: Int { openSpans.count }

    /// The rows of piece `index`.
    func rows(of index: Int) -> ArraySlice<TableRow> {
        rows[(index * Self.rowsPerPiece)..<min((index + 1) * Self.rowsPerPiece, rows.count)]
    }

    /// The row spans open above piece `index`.
    func carried(before index: Int) -> [Int] { openSpans[index] }

    /// The next piece to measure, or nil when every piece is taken; `byAssistant` says the assistant takes it.
    func next(byAssistant: Bool = false) -> Int? {
        condition.withLock {
            guard nextPiece < count else { return nil }
            if byAssistant { assistantMeasuring = true }
            nextPiece += 1
            return nextPiece - 1
        }
    }

    /// Keeps piece `index` as measured.
    func finish(_ index: Int, _ measured: Measured, byAssistant: Bool = false) {
        condition.withLock {
            finished[index] = measured
            if byAssistant { assistantMeasuring = false }
            condition.broadcast()
        }
    }

    /// Piece `index` once measured, handed over (not kept here any more); nil while it is not.
    func takeFinished(_ index: Int) -> Measured? {
        condition.withLock { finished.removeValue(forKey: index) }
    }

    /// Waits until the assistant is not measuring a piece: once every piece is taken, until all are finished.
    func waitForAssistant() {
        condition.withLock {
            while assistantMeasuring { condition.wait() }
        }
    }
}
