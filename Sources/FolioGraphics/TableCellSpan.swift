/// How many rows and columns of its table a cell covers.
public struct TableCellSpan: Hashable, Sendable, Codable {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// One row by one column.
    public static let single = TableCellSpan(rows: 1, columns: 1)
}
