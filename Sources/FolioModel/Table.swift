/// A table: column definitions, header and body rows, a caption and a source line.
public struct Table: Hashable, Sendable {
    public var id: String?
    public var caption: InlineText?
    public var columns: [TableColumn]
    /// Header rows drawn above the column titles (for grouped headings that span columns).
    public var headerRows: [TableRow]
    public var rows: [TableRow]
    /// How many of the first columns head their rows: their body cells are row headers.
    public var headerColumns: Int
    /// Where the data comes from, shown under the table.
    public var source: InlineText?

    public init(id: String? = nil, caption: InlineText? = nil, columns: [TableColumn], headerRows: [TableRow] = [],
                rows: [TableRow], headerColumns: Int = 0, source: InlineText? = nil) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
        self.headerColumns = headerColumns
        self.source = source
    }
}

/// A column of a table: its title, how its cells align, and how wide it is.
public struct TableColumn: Hashable, Sendable {
    /// How cells sit in their column; `decimal` lines numbers up on their decimal separator.
    public enum Alignment: String, Hashable, Sendable, CaseIterable {
        case left, center, right, decimal
    }

    /// How wide a column is.
    public enum Width: Hashable, Sendable {
        /// From the content, as CSS automatic table layout.
        case auto
        /// A share of the table's width, in percent.
        case percent(Double)
        /// A fixed width in points.
        case points(Double)
    }

    public var title: InlineText
    public var alignment: Alignment
    public var width: Width
    /// How the column's numbers are written: an ICU number pattern ("#,##0.0", "0%", "€#,##0.00") with the
    /// language's separators; nil keeps them as written.
    public var format: NumberPattern?

    public init(title: InlineText, alignment: Alignment = .left, width: Width = .auto, format: NumberPattern? = nil) {
        self.title = title
        self.alignment = alignment
        self.width = width
        self.format = format
    }
}

/// A row of a table, with an optional tone for the whole row.
public struct TableRow: Hashable, Sendable {
    public var cells: [TableCell]
    public var tone: Tone?
    /// Whether the row starts a new group of rows: a rule is drawn above it.
    public var startsGroup: Bool

    public init(cells: [TableCell], tone: Tone? = nil, startsGroup: Bool = false) {
        self.cells = cells
        self.tone = tone
        self.startsGroup = startsGroup
    }
}

/// A cell: text (or a number, kept as written), how many columns and rows it spans, and its tone.
public struct TableCell: Hashable, Sendable {
    public var text: InlineText
    /// Whether the cell was written as a number (it then aligns as a number by default).
    public var isNumber: Bool
    public var columnSpan: Int
    public var rowSpan: Int
    public var tone: Tone?
    /// Values drawn as a small line in the cell, as tall as its text, instead of text; nil where a value is
    /// missing (a gap).
    public var sparkline: [Double?]?

    public init(text: InlineText, isNumber: Bool = false, columnSpan: Int = 1, rowSpan: Int = 1, tone: Tone? = nil,
                sparkline: [Double?]? = nil) {
        self.sparkline = sparkline
        self.text = text
        self.isNumber = isNumber
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.tone = tone
    }
}
