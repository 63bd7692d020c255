/// Shares a table's width among its columns as CSS automatic table layout does.
///
/// Each column has a minimum content width (its widest unbreakable word) and a maximum (its widest cell
/// on one line). Fixed columns get their width and percentage columns their share; auto columns share the
/// rest: everyone's maximum when it fits (the spare width spread in proportion), else everyone's minimum
/// plus the spare width in proportion to how much more each would like. A table never gets wider than
/// `available`: when even the minimums do not fit, columns shrink in proportion and long words break.
public enum ColumnWidths {
    /// What a column asks for.
    public enum Request: Hashable, Sendable {
        case auto
        case points(Double)
        case percent(Double)
    }

    /// A column's content bounds and request.
    public struct Column: Hashable, Sendable {
        public var minimum: Double
        public var maximum: Double
        public var request: Request

        public init(minimum: Double, maximum: Double, request: Request = .auto) {
            self.minimum = minimum
            self.maximum = max(maximum, minimum)
            self.request = request
        }
    }

    /// The width of each column, adding up to `available` (unless every column is fixed and narrower).
    public static func resolve(_ columns: [Column], available: Double) -> [Double] {
        guard !columns.isEmpty, available > 0 else { return columns.map { _ in 0 } }
        var widths = [Double](repeating: 0, count: columns.count)
        var autoIndexes: [Int] = []
        var fixedTotal = 0.0
        for (index, column) in columns.enumerated() {
            switch column.request {
            case .points(let points): widths[index] = points
            case .percent(let share): widths[index] = available * share / 100
            case .auto: autoIndexes.append(index)
            }
            fixedTotal += widths[index]
        }
        // Requested widths that do not fit shrink in proportion, leaving room for auto columns' minimums.
        let autoMinimum = autoIndexes.reduce(0) { $0 + columns[$1].minimum }
        if fixedTotal > 0, fixedTotal + autoMinimum > available {
            let room = max(available - min(autoMinimum, available / 2), available * 0.2)
            let factor = min(1, room / fixedTotal)
            for index in widths.indices where columns[index].request != .auto { widths[index] *= factor }
            fixedTotal *= factor
        }
        guard !autoIndexes.isEmpty else { return widths }
        let room = max(available - fixedTotal, 0)
        let minimums = autoIndexes.map { columns[$0].minimum }
        let maximums = autoIndexes.map { columns[$0].maximum }
        let minimumTotal = minimums.reduce(0, +), maximumTotal = maximums.reduce(0, +)
        let shares: [Double]
        if maximumTotal <= room {
            // Everything fits on one line: spread what is left over in proportion to the maximums.
            let spare = room - maximumTotal
            shares = maximums.map { $0 + (maximumTotal > 0 ? spare * $0 / maximumTotal : spare / Double(maximums.count)) }
        } else if minimumTotal <= room {
            let spare = room - minimumTotal, wish = maximumTotal - minimumTotal
            shares = zip(minimums, maximums).map { $0 + (wish > 0 ? spare * ($1 - $0) / wish : 0) }
        } else {
            // Not even the longest words fit: shrink in proportion (words then break inside).
            shares = minimums.map { minimumTotal > 0 ? room * $0 / minimumTotal : room / Double(minimums.count) }
        }
        for (position, index) in autoIndexes.enumerated() { widths[index] = shares[position] }
        return widths
    }
}
