import FolioCore
import FolioDecoding

extension BriefingDecoder {
    func table(_ node: SourceNode, path: DataPath) -> Table? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a table ({columns, rows})") else { return nil }
        map.rejectUnknownKeys(BriefingKeys.table)
        if map.value("data") != nil { return dataTable(map, path: path) }
        for key in ["sort", "limit", "delimiter"] where map.value(key) != nil {
            context.report("\(key): applies to a table whose rows come from data:", at: map.keyMark(key), path: path.appending(key))
        }
        let id = identifier(map)
        guard let columnNodes = requiredList(map, "columns", owner: "a table", itemName: "column") else { return nil }
        let columns = columnNodes.enumerated().compactMap { column($1, path: path.appending("columns").appending($0)) }
        checkPercentages(columns, nodes: columnNodes, path: path.appending("columns"))
        guard let rowsNode = map.value("rows") else {
            map.missing("rows")
            return nil
        }
        let rowNodes = context.list(rowsNode, path: path.appending("rows")) ?? []
        let headerCount = map.value("header_rows").flatMap {
            integer($0, path: path.appending("header_rows"), in: 0...max(0, rowNodes.count))
        } ?? 0
        let headerColumns = map.value("header_columns").flatMap {
            integer($0, path: path.appending("header_columns"), in: 0...columnNodes.count)
        } ?? 0
        let rows = rowNodes.enumerated().compactMap { row($1, path: path.appending("rows").appending($0)) }
        guard columns.count == columnNodes.count, rows.count == rowNodes.count else { return nil }
        let headerRows = Array(rows.prefix(headerCount)), bodyRows = Array(rows.dropFirst(headerCount))
        checkShape(headerRows, nodes: Array(rowNodes.prefix(headerCount)), firstIndex: 0, columns: columns.count, path: path)
        checkShape(bodyRows, nodes: Array(rowNodes.dropFirst(headerCount)), firstIndex: headerCount, columns: columns.count, path: path)
        return Table(id: id, caption: inline(map, "caption"), columns: columns, headerRows: headerRows, rows: bodyRows,
                     headerColumns: headerColumns, source: inline(map, "source"))
    }

    /// A column written as its title, or as `{title, align, width}`.
    func column(_ node: SourceNode, path: DataPath) -> TableColumn? {
        if case .scalar = node.value {
            return inline(node, path: path).map { TableColumn(title: $0) }
        }
        guard let map = MappingReader(node, path: path, context: context, expected: "a column (a title or {title, align, width})") else {
            return nil
        }
        map.rejectUnknownKeys(BriefingKeys.dataColumn)
        if map.value("field") != nil {
            context.report("field: names a column of a data file; this table has no data:", at: map.keyMark("field"),
                           path: path.appending("field"))
        }
        if map.value("sparkline") != nil {
            context.report("sparkline: applies to a column of a data file; here, write {sparkline: [...]} in the cells",
                           at: map.keyMark("sparkline"), path: path.appending("sparkline"))
        }
        let title = inline(map, "title", required: false)
        if map.value("title") == nil { map.missing("title") }
        guard let title, let column = column(map, defaultTitle: title) else { return nil }
        return column
    }

    /// A column titled `defaultTitle`, aligned, sized and formatted as `map` says (`align`, `width`, `format`).
    func column(_ map: MappingReader, defaultTitle: InlineText) -> TableColumn? {
        let path = map.path
        let alignment = map.value("align").flatMap { choice($0, path: path.appending("align"), as: TableColumn.Alignment.self) }
        let width = map.value("width").flatMap { columnWidth($0, path: path.appending("width")) }
        let format = map.value("format").flatMap { numberPattern($0, path: path.appending("format")) }
        if map.value("align") != nil, alignment == nil { return nil }
        if map.value("width") != nil, width == nil { return nil }
        if map.value("format") != nil, format == nil { return nil }
        return TableColumn(title: defaultTitle, alignment: alignment ?? .left, width: width ?? .auto, format: format)
    }

    /// A number pattern such as "#,##0.0", "0%" or "€#,##0.00".
    func numberPattern(_ node: SourceNode, path: DataPath) -> NumberPattern? {
        guard let text = context.text(node, path: path) else { return nil }
        guard let pattern = NumberPattern(text) else {
            context.report("\"\(text)\" is not a number pattern: it places digits with 0 and # (\"#,##0\", \"0.0\", \"0%\", \"€#,##0.00\")",
                           at: node.mark, path: path)
            return nil
        }
        return pattern
    }

    /// `auto`, `N%` or a length.
    private func columnWidth(_ node: SourceNode, path: DataPath) -> TableColumn.Width? {
        guard let text = context.text(node, path: path) else { return nil }
        if text == "auto" { return .auto }
        if text.hasSuffix("%") {
            if let value = Double(text.dropLast()), value > 0, value <= 100 { return .percent(value) }
            context.report("\"\(text)\" is not a percentage between 0 and 100", at: node.mark, path: path)
            return nil
        }
        if let points = Length.points(text), points > 0, points <= 14_173 { return .points(points) }
        context.report("\"\(text)\" is not a width (auto, a percentage such as 30%, or a length such as 120pt or 4cm)",
                       at: node.mark, path: path)
        return nil
    }

    private func checkPercentages(_ columns: [TableColumn], nodes: [SourceNode], path: DataPath) {
        var total = 0.0
        for (index, column) in columns.enumerated() {
            guard case .percent(let share) = column.width else { continue }
            total += share
            if total > 100.0001 {
                context.report("the column widths add up to more than 100%", at: nodes[min(index, nodes.count - 1)].mark,
                               path: path.appending(index))
                return
            }
        }
    }

    /// A row written as a list of cells, or as `{cells, tone}`.
    func row(_ node: SourceNode, path: DataPath) -> TableRow? {
        var tone: Tone?
        var startsGroup = false
        var cellsNode = node
        var cellsPath = path
        if case .mapping = node.value {
            guard let map = MappingReader(node, path: path, context: context, expected: "a row") else { return nil }
            map.rejectUnknownKeys(BriefingKeys.row)
            tone = map.value("tone").flatMap { choice($0, path: path.appending("tone"), as: Tone.self) }
            startsGroup = map.value("group").flatMap { context.bool($0, path: path.appending("group")) } ?? false
            guard let cells = map.value("cells") else {
                map.missing("cells")
                return nil
            }
            cellsNode = cells
            cellsPath = path.appending("cells")
        }
        guard let nodes = context.list(cellsNode, path: cellsPath) else { return nil }
        let cells = nodes.enumerated().compactMap { cell($1, path: cellsPath.appending($0)) }
        guard cells.count == nodes.count else { return nil }
        return TableRow(cells: cells, tone: tone, startsGroup: startsGroup)
    }

    /// A cell written as text, a number, or `{text, number, span, row_span, tone}` (or `{sparkline: [...]}` for
    /// text); `number: true` says the text is a number written as it should stay ("12.50", "1,234").
    func cell(_ node: SourceNode, path: DataPath) -> TableCell? {
        if case .scalar(let text, let plain) = node.value {
            if node.isNull { return TableCell(text: InlineText(plain: "")) }
            if plain, Self.isNonFiniteNumber(text) {
                context.report("\(text) is not a finite number; quote it if you mean the text", at: node.mark, path: path)
                return nil
            }
            let isNumber = plain && Double(text.replacingOccurrences(of: "_", with: "")) != nil
            return inline(node, path: path).map { TableCell(text: $0, isNumber: isNumber) }
        }
        guard let map = MappingReader(node, path: path, context: context, expected: "a cell (text, a number or {text, span, tone})") else {
            return nil
        }
        map.rejectUnknownKeys(BriefingKeys.cell)
        var sparkline: [Double?]?
        if let sparklineNode = map.value("sparkline") {
            if map.value("text") != nil {
                context.report("a cell has either text or a sparkline, not both", at: node.mark, path: path)
                return nil
            }
            guard let values = numbers(sparklineNode, path: path.appending("sparkline")) else { return nil }
            sparkline = values
        }
        let text = sparkline != nil ? InlineText(plain: "") : map.value("text").flatMap { inline($0, path: path.appending("text")) }
        if map.value("text") == nil, sparkline == nil { map.missing("text") }
        let span = map.value("span").flatMap { integer($0, path: path.appending("span"), in: 1...BriefingKeys.maximumSpan) }
        let rowSpan = map.value("row_span").flatMap { integer($0, path: path.appending("row_span"), in: 1...BriefingKeys.maximumSpan) }
        let tone = map.value("tone").flatMap { choice($0, path: path.appending("tone"), as: Tone.self) }
        let isNumber = map.value("number").flatMap { context.bool($0, path: path.appending("number")) } ?? false
        guard let text else { return nil }
        return TableCell(text: text, isNumber: isNumber, columnSpan: span ?? 1, rowSpan: rowSpan ?? 1, tone: tone, sparkline: sparkline)
    }

    /// A sparkline's values: a list of at least one number, null for a gap.
    func numbers(_ node: SourceNode, path: DataPath) -> [Double?]? {
        guard let nodes = context.list(node, path: path) else { return nil }
        guard !nodes.isEmpty else {
            context.report("a sparkline has at least one value", at: node.mark, path: path)
            return nil
        }
        var values: [Double?] = []
        for (index, item) in nodes.enumerated() {
            if item.isNull {
                values.append(nil)
            } else if let value = context.number(item, path: path.appending(index)) {
                values.append(value)
            }
        }
        return values.count == nodes.count ? values : nil
    }

    /// Checks that every row fills exactly the table's columns, counting spans and cells carried down by row spans.
    private func checkShape(_ rows: [TableRow], nodes: [SourceNode], firstIndex: Int, columns: Int, path: DataPath) {
        var carried = [Int](repeating: 0, count: columns)  // rows each column is still covered for
        for (offset, row) in rows.enumerated() {
            let rowPath = path.appending("rows").appending(firstIndex + offset)
            let fromAbove = carried.filter { $0 > 0 }.count
            var column = 0
            var overflowed = false
            for cell in row.cells {
                while column < columns, carried[column] > 0 { column += 1 }
                if column + cell.columnSpan > columns {
                    overflowed = true
                    break
                }
                for covered in column..<(column + cell.columnSpan) { carried[covered] = cell.rowSpan }
                column += cell.columnSpan
            }
            while column < columns, carried[column] > 0 { column += 1 }
            let filled = overflowed ? columns + 1 : column
            if filled != columns {
                let given = row.cells.reduce(0) { $0 + $1.columnSpan }
                var message = "this row has \(row.cells.count) cell\(row.cells.count == 1 ? "" : "s")"
                if given != row.cells.count { message += " spanning \(given) columns" }
                if fromAbove > 0 { message += " beside \(fromAbove) carried down by row spans" }
                message += ", but the table has \(columns) column\(columns == 1 ? "" : "s")"
                context.report(message, at: nodes[offset].mark, path: rowPath)
            }
            for index in carried.indices where carried[index] > 0 { carried[index] -= 1 }
        }
        if carried.contains(where: { $0 > 0 }), let last = nodes.last {
            context.report("a cell spans more rows than there are below it", at: last.mark,
                           path: path.appending("rows").appending(firstIndex + rows.count - 1))
        }
    }

    /// Whether `text` is how YAML writes a NaN or an infinity.
    static func isNonFiniteNumber(_ text: String) -> Bool {
        [".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
         "nan", "NaN", "inf", "-inf", "+inf", "Infinity", "-Infinity"].contains(text)
    }
}
