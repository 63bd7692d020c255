import FolioCharts
import FolioGraphics
import FolioModel
import FolioStyle

extension BriefingComposer {
    /// A cell of the model with its place in the grid and its measured single line.
    struct PlacedCell {
        var cell: TableCell
        var column: Int
        var text: RichText
        var line: TextLine
    }

    /// A table measured and laid out for the column: widths from content, lines wrapped to them.
    ///
    /// Every cell is measured once on one line for the column widths (and the decimal points); a table of
    /// more than `eagerTableRows` rows (and no footnotes) keeps those lines in a file and lays its body rows
    /// out a run at a time as pagination reaches them (`TableBodyRows`), so that its rows are not all in
    /// memory at once. With an `assistant`, a long table's rows are measured on both threads, in pieces for
    /// the widths and a run ahead as they are placed.
    func tableBlock(_ written: Table, number: Int?, spaceBefore: Double) -> TableBlock {
        let table = withFormattedNumbers(written)
        let font = style.fonts.table
        let padding = style.table.cellPadding
        let metrics = LineMetrics(font: font, lineHeight: 1.3, measurer: measurer)
        let columnCount = table.columns.count
        let numericColumns = (0..<columnCount).map { column in
            !table.rows.isEmpty && table.rows.allSatisfy { row in
                placedColumns(of: row).allSatisfy { $0.column != column || $0.cell.isNumber || $0.cell.text.isEmpty }
            }
        }
        let alignments = table.columns.enumerated().map { index, column in
            column.alignment == .left && numericColumns[index] ? TableColumn.Alignment.right : column.alignment
        }
        let titles = TableRow(cells: table.columns.map { TableCell(text: $0.title) })
        let headerRows = place(table.headerRows + [titles], font: { _ in font.bold }, tones: false)
        let bodyFont: (Int) -> FontSpec = { $0 < table.headerColumns ? font.bold : font }

        // Column widths from every cell's content: one line each gives the maximum; its widest word the minimum.
        var findings = ColumnFindings(columnCount: columnCount, padding: padding)
        for cell in headerRows.joined() { note(cell, in: &findings, decimal: false) }
        // Footnotes are numbered as their text is styled: a table with any styles its cells once, keeping them.
        let keepsLines = table.rows.count <= eagerTableRows || table.rows.contains { $0.cells.contains { !$0.text.footnotes.isEmpty } }
        var bodyRows: [[PlacedCell]] = []
        // A long table's lines wait in a file for its rows to be laid out: read back, not measured again.
        let lineFile = keepsLines ? nil : MeasuredLineFile()
        let decimalColumns = alignments.map { $0 == .decimal }
        if let lineFile, let assistant, table.rows.count >= Self.assistedTableRows {
            measureRowsAssisted(table.rows, by: assistant, font: bodyFont, decimalColumns: decimalColumns, findings: &findings,
                                into: lineFile)
        } else {
            var carried: [Int] = []
            for row in table.rows {
                let cells = place(row, carried: &carried, font: bodyFont, tones: true)
                for cell in cells { note(cell, in: &findings, decimal: decimalColumns[min(cell.column, decimalColumns.count - 1)]) }
                if keepsLines { bodyRows.append(cells) }
                lineFile?.append(cells.map(\.line))
            }
        }
        lineFile?.finishWriting()
        findings.resolveSpans()
        for (index, column) in table.columns.enumerated() {
            let request: ColumnWidths.Request = switch column.width {
            case .auto: .auto
            case .percent(let share): .percent(share)
            case .points(let points): .points(points)
            }
            findings.request(request, forColumn: index)
        }
        let decimals = findings.decimals
        let widths = ColumnWidths.resolve(findings.bounds, available: columnWidth)
        // Columns run the way the table's language is written, or its first column title when it has none.
        let rightToLeft = textIsRightToLeft || TextDirection.isRightToLeft(titles.cells.first?.text.plainText ?? "")
        let geometry = TableGeometry(columnWidths: widths, metrics: metrics, padding: padding,
                                     middleAligned: style.table.verticalAlignment == .middle,
                                     headerFill: style.colors.tableHeaderFill, ruleColor: style.colors.tableRule,
                                     rightToLeft: rightToLeft)
        // Decimal points line up in a column when every single-line number fits so: at one x, as far right as
        // the widest tail allows.
        var decimalAnchors: [Int: Double] = [:]
        for (column, cells) in decimals {
            let width = geometry.columnWidths[column] - 2 * geometry.padding
            let fitting = cells.filter { $0.extent <= width + 0.01 }
            let before = fitting.map(\.before).max() ?? 0, after = fitting.map(\.after).max() ?? 0
            if before + after <= width + 0.01 { decimalAnchors[column] = width - after }
        }
        var header = headerRows.map { cells in
            TableRowBox(cells: cells.map { box(for: $0, geometry: geometry, alignments: alignments, header: true) })
        }
        geometry.assignHeights(&header)
        let numbers = table.columns.map { column in
            column.format.map(chartStyle.numbers.formatter).map { formatter in { (value: Double) in formatter.text(value) } }
        }

        /// The boxes of body rows `range`, their cells placed already or placed here after the spans `carried`.
        let measureRows = { (composer: Self, range: Range<Int>, carried: inout [Int]) -> [TableRowBox] in
            var rows = range.map { index in
                let row = table.rows[index]
                let cells = keepsLines ? bodyRows[index]
                    : composer.place(row, carried: &carried, font: bodyFont, tones: true, measured: lineFile?.lines(ofRow: index))
                let toneFill = row.tone.map(composer.toneFill)
                let zebra = composer.style.table.zebra && index % 2 == 1 ? composer.style.colors.tableZebraFill : nil
                return TableRowBox(cells: cells.map { placed in
                    var box = composer.box(for: placed, geometry: geometry, alignments: alignments, header: false,
                                           headsRow: placed.column < table.headerColumns)
                    if let values = placed.cell.sparkline {
                        box.sparkline = composer.sparkline(values, in: placed, geometry: geometry, alignments: alignments,
                                                           number: placed.column < numbers.count ? numbers[placed.column] : nil)
                    }
                    if let anchor = decimalAnchors[placed.column], placed.cell.columnSpan == 1, box.lines.count == 1,
                       let before = composer.decimalPosition(in: box.lines[0]) {
                        box.lineOffsets[0] = anchor - before
                    }
                    return box
                }, fill: toneFill ?? zebra, startsGroup: row.startsGroup)
            }
            geometry.assignHeights(&rows)
            return rows
        }
        let composer = self
        let body: TableBodyRows
        if keepsLines {
            var none: [Int] = []
            body = TableBodyRows(measureRows(composer, 0..<table.rows.count, &none))
        } else {
            // The assistant measures each run of rows while the run before it is placed.
            let ahead: TableBodyRows.Ahead? = assistant.map { assistant in
                let measuring = AheadMeasuring(composer: composer, measureRows: measureRows)
                return { run in assistant.assist { measurer in measuring.measure(run, with: measurer) } }
            }
            let spansAfter: TableBodyRows.SpansAfter = { range, carried in
                var spans = carried
                for index in range { _ = table.rows[index].gridColumns(after: &spans) }
                return spans
            }
            body = TableBodyRows(count: table.rows.count, rowSpans: table.rows.map { $0.cells.map(\.rowSpan).max() ?? 1 },
                                 measure: { measureRows(composer, $0, &$1) }, ahead: ahead, spansAfter: spansAfter)
        }

        let captionFont = style.fonts.caption
        let caption = numberedCaption(.table, number: number, text: table.caption)
        var continued = caption
        if !continued.isEmpty {
            continued.append(" (\(labels.continued))", attributes: TextAttributes(font: captionFont.italicized, color: style.colors.muted))
        }
        var source = RichText()
        if let text = table.source {
            source.append("\(labels.source): ", attributes: TextAttributes(font: captionFont.italicized, color: style.colors.muted))
            styler.append(text, font: captionFont, color: style.colors.muted, to: &source)
        }
        let captionMetrics = LineMetrics(font: captionFont, lineHeight: style.spacing.lineHeight, measurer: measurer)
        return TableBlock(geometry: geometry, header: header, body: body,
                          caption: caption.isEmpty ? [] : measurer.lines(of: caption, width: columnWidth, alignment: .left),
                          continuedCaption: continued.isEmpty ? [] : measurer.lines(of: continued, width: columnWidth, alignment: .left),
                          source: source.isEmpty ? [] : measurer.lines(of: source, width: columnWidth, alignment: .left),
                          captionMetrics: captionMetrics, pageHeight: style.page.textArea.height, anchor: table.id,
                          spaceBefore: spaceBefore, minimumRowsPerPiece: style.table.minimumRowsPerSplit)
    }

    /// How far into `line` its decimal separator is, from the line's start; nil when it has none.
    private func decimalPosition(in line: TextLine) -> Double? {
        guard let separator = DecimalSeparator.byteOffset(in: line.text, decimalSeparator: chartStyle.numbers.decimalSeparator) else { return nil }
        return line.position(ofByte: separator) - line.minX
    }

    /// The grid column of every cell of `row` when no row spans reach into it (for deciding numeric columns).
    private func placedColumns(of row: TableRow) -> [(column: Int, cell: TableCell)] {
        var column = 0
        return row.cells.map { cell in
            defer { column += cell.columnSpan }
            return (column, cell)
        }
    }

    /// The cells of `rows` in their grid columns (cells from row spans above push later cells right),
    /// each with its text measured on one line in the font of its column.
    private func place(_ rows: [TableRow], font: (Int) -> FontSpec, tones: Bool) -> [[PlacedCell]] {
        var carried: [Int] = []
        return rows.map { place($0, carried: &carried, font: font, tones: tones) }
    }

    /// The cells of `row` in their grid columns, after the row spans still open above it (`carried`, by
    /// column, updated for the rows below), each with its text measured on one line (or its line as measured
    /// before, one a cell, when `measured` has them).
    func place(_ row: TableRow, carried: inout [Int], font: (Int) -> FontSpec, tones: Bool,
                       measured: [TextLine]? = nil) -> [PlacedCell] {
        let columns = row.gridColumns(after: &carried)
        let measured = measured?.count == row.cells.count ? measured : nil
        return row.cells.enumerated().map { index, cell in
            let tone = tones ? (cell.tone ?? row.tone) : nil
            let color = tone.flatMap { style.colors.tones[$0.rawValue] } ?? style.colors.text
            let text = styler.richText(cell.text, font: font(columns[index]), color: color)
            return PlacedCell(cell: cell, column: columns[index], text: text, line: measured?[index] ?? measurer.line(of: text))
        }
    }

    /// Notes what `cell`'s one line asks of its column (a sparkline would rather be five ems wide, and can
    /// make do with two and a half), and, in a decimal column, where its separator is.
    func note(_ cell: PlacedCell, in findings: inout ColumnFindings, decimal: Bool) {
        let size = style.fonts.table.size
        findings.note(cell.line, column: cell.column, columnSpan: cell.cell.columnSpan,
                      widths: cell.cell.sparkline == nil ? nil : (size * 2.5, size * 5),
                      separator: decimal && !cell.text.isEmpty ? decimalPosition(in: cell.line) : nil)
    }

    /// A cell wrapped to its width and aligned; a cell whose one line fits keeps it as measured.
    private func box(for placed: PlacedCell, geometry: TableGeometry, alignments: [TableColumn.Alignment], header: Bool,
                     headsRow: Bool = false) -> TableCellBox {
        let last = min(placed.column + placed.cell.columnSpan, geometry.columnWidths.count) - 1
        let width = geometry.span(from: placed.column, through: last).width - 2 * geometry.padding
        let lines = placed.text.isEmpty ? [] : placed.line.minX + placed.line.width <= width + 0.01 ? [placed.line]
            : measurer.lines(of: placed.text, width: max(width, 1), alignment: .left)
        let alignment = placed.cell.columnSpan > 1 ? (header ? .center : .left) : alignments[min(placed.column, alignments.count - 1)]
        let offsets = lines.map { line -> Double in
            switch alignment {
            // A right-to-left table's columns start at the right: the line goes there, wherever Pango put it.
            case .left: geometry.rightToLeft ? width - line.width - line.minX : 0
            case .center: max(0, (width - line.width) / 2)
            case .right, .decimal: max(0, width - line.width)
            }
        }
        return TableCellBox(column: placed.column, columnSpan: placed.cell.columnSpan, rowSpan: placed.cell.rowSpan,
                            lines: lines, lineOffsets: offsets,
                            fill: header ? nil : placed.cell.tone.map(toneFill),
                            headerScope: header ? .column : headsRow ? .row : nil)
    }

    /// A cell's sparkline: up to five ems wide, as tall as the text's capitals, placed as the column aligns;
    /// its words written by the column's `format`, or with the decimals its values need.
    private func sparkline(_ values: [Double?], in placed: PlacedCell, geometry: TableGeometry, alignments: [TableColumn.Alignment],
                           number: ((Double) -> String)?) -> CellSparkline {
        let font = style.fonts.table
        let last = min(placed.column + placed.cell.columnSpan, geometry.columnWidths.count) - 1
        let available = geometry.span(from: placed.column, through: last).width - 2 * geometry.padding
        let width = max(min(available, font.size * 5), 1)
        let alignment = alignments[min(placed.column, alignments.count - 1)]
        let offset = switch alignment {
        case .left: geometry.rightToLeft ? available - width : 0
        case .center: max(0, (available - width) / 2)
        case .right, .decimal: max(0, available - width)
        }
        let decimals = LocalizedNumbers.decimals(of: values.compactMap { $0 })
        let write = number ?? { chartStyle.numbers.text($0, decimals: decimals, fixed: true) }
        let tone = placed.cell.tone.flatMap { style.colors.tones[$0.rawValue] }
        return CellSparkline(sparkline: Sparkline(values: values, color: tone ?? chartStyle.color(0)),
                             alt: Sparkline.describe(values, number: write, labels: chartStyle.labels),
                             offset: offset, width: width, height: font.size * 0.75)
    }

    /// The table with the numbers of each column that has a `format` written by it, in the language; other
    /// cells, and numbers of columns without one, stay as written.
    private func withFormattedNumbers(_ table: Table) -> Table {
        let formatters = table.columns.map { $0.format.map(chartStyle.numbers.formatter) }
        guard formatters.contains(where: { $0 != nil }) else { return table }
        var formatted = table
        for row in formatted.rows.indices {
            var column = 0
            for cell in formatted.rows[row].cells.indices {
                let current = formatted.rows[row].cells[cell]
                defer { column += current.columnSpan }
                guard current.isNumber, current.columnSpan == 1, column < formatters.count, let formatter = formatters[column],
                      let value = Double(current.text.plainText.replacingOccurrences(of: "_", with: "")) else { continue }
                formatted.rows[row].cells[cell].text = InlineText(plain: formatter.text(value))
            }
        }
        return formatted
    }

    /// The pale background of a tone.
    func toneFill(_ tone: Tone) -> Color {
        style.colors.toneFill(named: tone.rawValue)
    }
}

/// How the assistant measures a run of a long table's rows ahead: as the composer would, with its own measurer.
private struct AheadMeasuring<Measurer: TextMeasuring>: @unchecked Sendable {
    // Only read, on the assistant's thread, while the composer's thread places rows: a run is measured ahead
    // or where it is wanted, never both (`RowRunAhead`).
    let composer: BriefingComposer<Measurer>
    let measureRows: (BriefingComposer<Measurer>, Range<Int>, inout [Int]) -> [TableRowBox]

    func measure(_ run: RowRunAhead, with measurer: Measurer) {
        let assisting = composer.measuring(with: measurer)
        run.measure { range, carried in measureRows(assisting, range, &carried) }
    }
}
