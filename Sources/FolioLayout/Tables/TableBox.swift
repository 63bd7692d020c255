import FolioGraphics

/// A measured cell: its lines, where each line sits across the cell, and how it is filled.
public struct TableCellBox: Sendable {
    public var column: Int
    public var columnSpan: Int
    public var rowSpan: Int
    public var lines: [TextLine]
    /// Horizontal offset of each line inside the cell's content box (its alignment, decimal included).
    public var lineOffsets: [Double]
    public var fill: Color?
    /// Set on header cells: which cells they head.
    public var headerScope: TableHeaderScope?
    /// A small line drawn in the cell in place of text.
    public var sparkline: CellSparkline?

    public init(column: Int, columnSpan: Int = 1, rowSpan: Int = 1, lines: [TextLine], lineOffsets: [Double],
                fill: Color? = nil, headerScope: TableHeaderScope? = nil, sparkline: CellSparkline? = nil) {
        self.sparkline = sparkline
        self.column = column
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.lines = lines
        self.lineOffsets = lineOffsets
        self.fill = fill
        self.headerScope = headerScope
    }

    /// The lines the cell takes: its text's, or one for a sparkline.
    var lineCount: Int { sparkline == nil ? lines.count : max(lines.count, 1) }

    /// The cell with only `range` of its lines.
    func keeping(_ range: Range<Int>, rowSpan: Int) -> TableCellBox {
        var copy = self
        copy.lines = Array(lines[range])
        copy.lineOffsets = Array(lineOffsets[range])
        copy.rowSpan = rowSpan
        // A cell split over pages draws its sparkline in its first part only.
        if range.lowerBound > 0 { copy.sparkline = nil }
        return copy
    }
}

/// A measured row: its cells (a cell spanning rows belongs to the first of them), height and decoration.
public struct TableRowBox: Sendable {
    public var cells: [TableCellBox]
    /// The height, grown where needed so that cells spanning down from this row fit in the rows they span.
    public var height: Double
    public var fill: Color?
    public var startsGroup: Bool

    public init(cells: [TableCellBox], height: Double = 0, fill: Color? = nil, startsGroup: Bool = false) {
        self.cells = cells
        self.height = height
        self.fill = fill
        self.startsGroup = startsGroup
    }

    /// How many rows below this one its cells reach into.
    var reach: Int { (cells.map(\.rowSpan).max() ?? 1) - 1 }
}

/// The shared geometry of a table: columns, line grid, padding and colours.
public struct TableGeometry: Sendable {
    /// Left edge of each column from the table's left, and each column's width.
    public var columnX: [Double]
    public var columnWidths: [Double]
    public var metrics: LineMetrics
    public var padding: Double
    public var middleAligned: Bool
    public var headerFill: Color
    public var ruleColor: Color
    /// Whether the columns run right to left: the first stands at the right.
    public var rightToLeft: Bool
    public let width: Double

    /// Columns of `widths`, side by side from the left, or from the right when `rightToLeft`.
    public init(columnWidths widths: [Double], metrics: LineMetrics, padding: Double, middleAligned: Bool, headerFill: Color,
                ruleColor: Color, rightToLeft: Bool = false) {
        let total = widths.reduce(0, +)
        var x = 0.0
        columnX = widths.map { columnWidth in
            defer { x += columnWidth }
            return rightToLeft ? total - x - columnWidth : x
        }
        width = total
        columnWidths = widths
        self.metrics = metrics
        self.padding = padding
        self.middleAligned = middleAligned
        self.headerFill = headerFill
        self.ruleColor = ruleColor
        self.rightToLeft = rightToLeft
    }

    /// The left edge (from the table's left) and width of the columns `first` through `last`.
    func span(from first: Int, through last: Int) -> (x: Double, width: Double) {
        let width = columnWidths[first...last].reduce(0, +)
        return (rightToLeft ? columnX[last] : columnX[first], width)
    }

    /// The height a cell needs for `lines` lines.
    func height(lines: Int) -> Double {
        Double(max(lines, 1)) * metrics.pitch + 2 * padding
    }

    /// Sets each row's height: its own cells' needs, then grown so that every cell spanning rows fits in them.
    func assignHeights(_ rows: inout [TableRowBox]) {
        for index in rows.indices {
            rows[index].height = rows[index].cells.filter { $0.rowSpan == 1 }.map { height(lines: $0.lineCount) }.max()
                ?? height(lines: 1)
        }
        for index in rows.indices {
            for cell in rows[index].cells where cell.rowSpan > 1 {
                let last = min(index + cell.rowSpan, rows.count) - 1
                let spanned = rows[index...last].reduce(0) { $0 + $1.height }
                let needed = height(lines: cell.lineCount)
                if needed > spanned { rows[last].height += needed - spanned }
            }
        }
    }

    /// The items that draw `rows` from `top` (page coordinates, the table's left at `left`); header cells
    /// become TH and body cells TD, each with the rows and columns it spans here, or all of it an artifact
    /// when `repeated` (a header drawn again).
    ///
    /// Fills come first, rows then cells (a cell spanning rows is filled over the stripes of the rows it
    /// covers), then rules, then the text, so no fill covers text.
    func items(for rows: ArraySlice<TableRowBox>, left: Double, top: Double, repeated: Bool = false) -> [DisplayItem] {
        let heights = Array(rows.map(\.height))
        var tops: [Double] = []
        var y = top
        for height in heights { tops.append(y); y += height }
        var fills: [DisplayItem] = []
        var rules: [DisplayItem] = []
        var content: [DisplayItem] = []
        for (offset, row) in rows.enumerated() {
            if let fill = row.fill {
                fills.append(.fill(.rect(Rect(x: left, y: tops[offset], width: width, height: row.height)), fill))
            }
            if row.startsGroup {
                rules.append(.stroke(.line(from: Point(x: left, y: tops[offset]), to: Point(x: left + width, y: tops[offset])),
                                     StrokeStyle(color: ruleColor, width: 0.75)))
            }
        }
        for (offset, row) in rows.enumerated() {
            content.append(.structure(.begin(repeated ? .artifact(.pagination) : .tableRow)))
            for cell in row.cells {
                let spannedRows = min(offset + cell.rowSpan, heights.count) - offset
                let spanHeight = heights[offset..<(offset + spannedRows)].reduce(0, +)
                let lastColumn = min(cell.column + cell.columnSpan, columnWidths.count) - 1
                let (spanX, cellWidth) = span(from: cell.column, through: lastColumn)
                let x = left + spanX
                if let fill = cell.fill ?? (cell.rowSpan > 1 ? row.fill ?? .white : nil) {
                    fills.append(.fill(.rect(Rect(x: x, y: tops[offset], width: cellWidth, height: spanHeight)), fill))
                }
                let contentHeight = Double(cell.lineCount) * metrics.pitch
                let shift = middleAligned ? max(0, (spanHeight - 2 * padding - contentHeight) / 2) : 0
                if !repeated {
                    let span = TableCellSpan(rows: spannedRows, columns: lastColumn - cell.column + 1)
                    content.append(.structure(.begin(cell.headerScope.map { .tableHeaderCell(scope: $0, span: span) } ?? .tableCell(span: span))))
                }
                // Links in a cell (a footnote's reference, a cross-reference) are Link elements, as in text.
                let linked = !repeated && LinkedPieces.needed(in: cell.lines)
                for (index, line) in cell.lines.enumerated() {
                    let baseline = tops[offset] + padding + shift + Double(index) * metrics.pitch + metrics.baseline
                    let origin = Point(x: x + padding + cell.lineOffsets[index], y: baseline)
                    content += linked ? LinkedPieces.items(for: line, at: origin) : [.text(line, origin: origin)]
                }
                if let placed = cell.sparkline {
                    // A figure inside the cell, so that a screen reader reads the trend in words.
                    let baseline = tops[offset] + padding + shift + metrics.baseline
                    let frame = Rect(x: x + padding + placed.offset, y: baseline - placed.height, width: placed.width, height: placed.height)
                    if !repeated { content.append(.structure(.begin(.figure(alt: placed.alt)))) }
                    content += placed.sparkline.items(in: frame)
                    if !repeated { content.append(.structure(.end)) }
                }
                if !repeated { content.append(.structure(.end)) }
            }
            content.append(.structure(.end))
        }
        return fills + rules + content
    }
}
