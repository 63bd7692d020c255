import FolioGraphics

/// What measuring a table's cells on one line finds for its columns: each column's content bounds (its widest
/// word, its widest line), what cells spanning several columns need, and where the numbers of decimal columns
/// have their separators.
///
/// Rows measured apart (on two threads) are noted in findings of their own and joined in row order: the same
/// findings as noting every row in one.
struct ColumnFindings {
    /// Each column's content bounds, padding included.
    private(set) var bounds: [ColumnWidths.Column]
    /// Cells spanning columns, in row order: where they start, how many columns, their line's width.
    private(set) var spanning: [(column: Int, span: Int, width: Double)] = []
    /// The single-line cells of decimal columns, in row order: how far in the separator is, how much follows
    /// it, and how far the line reaches.
    private(set) var decimals: [Int: [(before: Double, after: Double, extent: Double)]] = [:]
    private let padding: Double

    init(columnCount: Int, padding: Double) {
        self.padding = padding
        bounds = Array(repeating: ColumnWidths.Column(minimum: 2 * padding, maximum: 2 * padding), count: columnCount)
    }

    /// Notes a cell at `column`, spanning `columnSpan` columns, measured as `line`; `widths` overrides what
    /// its content asks (a sparkline's), and `separator` is where its decimal separator is, in a decimal column.
    mutating func note(_ line: TextLine, column: Int, columnSpan: Int, widths: (minimum: Double, maximum: Double)?,
                       separator: Double?) {
        guard columnSpan == 1, column < bounds.count else {
            if columnSpan > 1 { spanning.append((column, columnSpan, line.width)) }
            return
        }
        let minimum = widths?.minimum ?? line.widestWord
        let maximum = widths?.maximum ?? line.minX + line.width
        bounds[column].minimum = max(bounds[column].minimum, minimum + 2 * padding)
        bounds[column].maximum = max(bounds[column].maximum, maximum + 2 * padding)
        if let separator {
            decimals[column, default: []].append((separator, line.width - separator, line.minX + line.width))
        }
    }

    /// Adds what `later` found in the rows after those noted here.
    mutating func join(_ later: ColumnFindings) {
        for index in bounds.indices where index < later.bounds.count {
            bounds[index].minimum = max(bounds[index].minimum, later.bounds[index].minimum)
            bounds[index].maximum = max(bounds[index].maximum, later.bounds[index].maximum)
        }
        spanning += later.spanning
        for (column, found) in later.decimals { decimals[column, default: []] += found }
    }

    /// Spreads what spanning cells need beyond the columns they span over those columns.
    mutating func resolveSpans() {
        for cell in spanning {
            let spanned = cell.column..<min(cell.column + cell.span, bounds.count)
            let extra = cell.width + 2 * padding - spanned.reduce(0) { $0 + bounds[$1].maximum }
            if extra > 0 { for column in spanned { bounds[column].maximum += extra / Double(spanned.count) } }
        }
    }

    /// Sets the request of column `index`.
    mutating func request(_ request: ColumnWidths.Request, forColumn index: Int) {
        bounds[index].request = request
    }
}
