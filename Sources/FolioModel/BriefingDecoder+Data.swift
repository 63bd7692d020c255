import FolioCore
import FolioDecoding
import Foundation

/// Blocks whose rows, values or events come from a data file (`data:`): CSV, TSV or JSON next to the briefing.
///
/// A problem in the file is reported where it is in the file, with a note at the briefing's `data:` or field
/// key; a field the file lacks is reported at the key, with the file's real fields to choose from.
extension BriefingDecoder {
    /// The data file `map`'s `data:` names (with `delimiter:`), read; nil, with every problem reported, when it
    /// cannot be used.
    func dataFile(_ map: MappingReader) -> DataFile? {
        guard let node = map.value("data"), let written = context.text(node, path: map.path.appending("data")) else { return nil }
        let path = map.path.appending("data")
        var delimiter: Character?
        if let delimiterNode = map.value("delimiter"), let text = context.text(delimiterNode, path: map.path.appending("delimiter")) {
            let decoded = text == "\\t" ? "\t" : text
            if decoded.count == 1, let character = decoded.first, character.isASCII, character != "\"", !character.isNewline {
                delimiter = character
            } else {
                context.report("a delimiter is one character, such as ; or \\t", at: delimiterNode.mark, path: map.path.appending("delimiter"))
                return nil
            }
        }
        guard DataFile.isDataFile(written) else {
            context.report("'\(written)' is not a CSV, TSV or JSON file (by its extension: .csv, .tsv or .json)", at: node.mark, path: path)
            return nil
        }
        let base = options.baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url: URL
        switch PathPolicy(base: base, allowing: options.allowedDirectories).resolve(written) {
        case .failure(let refusal):
            context.report("data file '\(written)' \(refusal.message)", at: node.mark, path: path)
            return nil
        case .success(let resolved):
            url = resolved
            state.readData(from: resolved)
        }
        let shown = written.hasPrefix("/") ? written : (context.file as NSString).deletingLastPathComponent.isEmpty ? written
            : ((context.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(written)
        do {
            return try DataFile.read(url, file: shown, delimiter: delimiter)
        } catch {
            let found = error.diagnostics.isEmpty ? [Diagnostic(code: error.code, message: error.message)] : error.diagnostics
            context.absorb(found, note: "\(shown) is read here", at: node.mark, path: path)
            if error.diagnostics.isEmpty, let first = found.first {
                context.report(first.message, at: node.mark, path: path, code: first.code)
            }
            return nil
        }
    }

    /// The field named at `node` (a `field:`, `x:`, `y:` or `by:` value) when `data` has it; otherwise an error
    /// there, with the file's fields and the closest of them, and a note at the file's header.
    func field(_ node: SourceNode, in data: DataFile, path: DataPath) -> String? {
        guard let name = context.text(node, path: path) else { return nil }
        if data.fieldMarks[name] != nil { return name }
        var message = "\(data.file) has no field '\(name)'"
        if let suggestion = Suggestion.closest(to: name, among: data.fields) { message += "; did you mean '\(suggestion)'?" }
        let listed = data.fields.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        message += " (its fields: \(listed)\(data.fields.count > 12 ? ", …" : ""))"
        context.report(message, at: node.mark, path: path)
        let header = data.fieldMarks[data.fields.first ?? ""] ?? SourceNode.Mark(line: 1, column: 1, file: data.file)
        context.report("the fields of \(data.file) are named here", at: header, path: path, severity: .note)
        return nil
    }

    /// A field's number in `record`: nil for an empty value, and an error at the value (with a note at the
    /// briefing's `key`) for one that is not a number; `valid` turns false then.
    func number(of field: String, in record: DataFile.Record, data: DataFile, path: DataPath, key: SourceNode.Mark,
                valid: inout Bool) -> Double? {
        guard let node = record.values[field], !node.isNull else { return nil }
        if let number = node.number { return number }
        valid = false
        context.noting("the field '\(field)' is named here", at: key, path: path) {
            context.report("'\(field)' is \(context.describe(node)) here, not a number", at: node.mark, path: path)
        }
        return nil
    }

    /// Where the briefing names its data file: the value of `data:`.
    private func dataMark(_ map: MappingReader) -> SourceNode.Mark {
        map.value("data")?.mark ?? map.keyMark("data")
    }

    // MARK: Tables

    /// A table whose rows are a data file's records: `columns` pick and title its fields, `sort` orders the
    /// records and `limit` keeps the first of them.
    func dataTable(_ map: MappingReader, path: DataPath) -> Table? {
        for key in ["rows", "header_rows"] where map.value(key) != nil {
            context.report("a table takes its rows from data: or from rows:, not both", at: map.keyMark(key), path: path.appending(key))
        }
        guard let data = dataFile(map) else { return nil }
        var columns: [(field: String, column: TableColumn, sparkline: Bool)] = []
        if let columnsNode = map.value("columns") {
            guard let nodes = context.list(columnsNode, path: path.appending("columns")) else { return nil }
            for (index, node) in nodes.enumerated() {
                guard let column = dataColumn(node, data: data, path: path.appending("columns").appending(index)) else { continue }
                columns.append(column)
            }
            guard columns.count == nodes.count, !nodes.isEmpty else {
                if nodes.isEmpty { context.report("a table has at least one column", at: columnsNode.mark, path: path.appending("columns")) }
                return nil
            }
        } else {
            columns = data.fields.map { ($0, TableColumn(title: InlineText(plain: $0)), false) }
        }
        var records = data.records
        if let sortNode = map.value("sort") {
            guard let sorted = sort(records, by: sortNode, data: data, path: path.appending("sort")) else { return nil }
            records = sorted
        }
        if let limitNode = map.value("limit") {
            guard let limit = integer(limitNode, path: path.appending("limit"), in: 1...Int.max) else { return nil }
            records = Array(records.prefix(limit))
        }
        var valid = true
        let rows = records.map { record in
            TableRow(cells: columns.map { column in
                let node = record.values[column.field]
                if column.sparkline {
                    return TableCell(text: InlineText(plain: ""), sparkline: node.flatMap { sparkline($0, field: column.field, path: path.appending("data"), valid: &valid) })
                }
                if let node, case .sequence = node.value {
                    valid = false
                    context.report("'\(column.field)' holds a list here; a column shows lists with sparkline: true", at: node.mark,
                                   path: path.appending("data"))
                }
                return TableCell(text: InlineText(plain: node?.scalarText ?? ""), isNumber: node?.number != nil)
            })
        }
        guard valid else { return nil }
        let headerColumns = map.value("header_columns").flatMap { integer($0, path: path.appending("header_columns"), in: 0...columns.count) } ?? 0
        return Table(id: identifier(map), caption: inline(map, "caption"), columns: columns.map(\.column), rows: rows,
                     headerColumns: headerColumns, source: inline(map, "source"))
    }

    /// A field's values drawn as a sparkline: a JSON list, or numbers in text separated by spaces, commas or
    /// semicolons ("3 5 4 8"); `null`, `-` or nothing between separators is a gap. Nil for an empty value.
    private func sparkline(_ node: SourceNode, field: String, path: DataPath, valid: inout Bool) -> [Double?]? {
        if node.isNull { return nil }
        let items: [SourceNode?]
        switch node.value {
        case .sequence(let nodes):
            items = nodes.map { $0 }
        case .scalar(let text, _):
            let trimmed = text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            if trimmed.isEmpty { return nil }
            let separators = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;"))
            let separated = trimmed.contains(",") || trimmed.contains(";")
                ? trimmed.components(separatedBy: CharacterSet(charactersIn: ",;"))
                : trimmed.components(separatedBy: separators).filter { !$0.isEmpty }
            items = separated.map { token in
                let value = token.trimmingCharacters(in: .whitespaces)
                return ["", "-", "null"].contains(value) ? nil : SourceNode(.scalar(value, plain: true), mark: node.mark)
            }
        case .mapping:
            items = [node]
        }
        var values: [Double?] = []
        for item in items {
            guard let item, !item.isNull else { values.append(nil); continue }
            guard let number = item.number else {
                valid = false
                context.report("'\(field)' holds \(context.describe(item)) in its list here, not a number", at: item.mark,
                               path: path)
                return nil
            }
            values.append(number)
        }
        return values
    }

    /// A column of a data table: a field's name, or `{field, title, align, width, format, sparkline}`.
    private func dataColumn(_ node: SourceNode, data: DataFile, path: DataPath) -> (field: String, column: TableColumn, sparkline: Bool)? {
        if case .scalar = node.value {
            return field(node, in: data, path: path).map { ($0, TableColumn(title: InlineText(plain: $0)), false) }
        }
        guard let map = MappingReader(node, path: path, context: context, expected: "a column (a field's name or {field, title, align, format})") else {
            return nil
        }
        map.rejectUnknownKeys(BriefingKeys.dataColumn)
        guard let fieldNode = map.value("field") else {
            map.missing("field")
            return nil
        }
        guard let name = field(fieldNode, in: data, path: path.appending("field")) else { return nil }
        guard var column = column(map, defaultTitle: InlineText(plain: name)) else { return nil }
        column.title = inline(map, "title") ?? InlineText(plain: name)
        let sparkline = map.value("sparkline").flatMap { context.bool($0, path: path.appending("sparkline")) } ?? false
        return (name, column, sparkline)
    }

    /// The records ordered by `sort:` — a field's name, or `{by, descending}` — numerically when every value
    /// of the field is a number (empty ones last), else by text; records that tie keep their order.
    private func sort(_ records: [DataFile.Record], by node: SourceNode, data: DataFile, path: DataPath) -> [DataFile.Record]? {
        var byNode = node, descending = false
        if case .mapping = node.value {
            guard let map = MappingReader(node, path: path, context: context, expected: "a sort ({by, descending})") else { return nil }
            map.rejectUnknownKeys(["by", "descending"])
            guard let by = map.value("by") else {
                map.missing("by")
                return nil
            }
            byNode = by
            descending = map.value("descending").flatMap { context.bool($0, path: path.appending("descending")) } ?? false
        }
        guard let name = field(byNode, in: data, path: path) else { return nil }
        let values = records.map { $0.values[name] }
        let numeric = values.allSatisfy { $0 == nil || $0!.isNull || $0!.number != nil }
        let order = records.indices.sorted { first, second in
            let a = values[first], b = values[second]
            if numeric {
                let x = a?.number, y = b?.number
                switch (x, y) {
                case (nil, nil): return first < second
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?): return x == y ? first < second : (descending ? x > y : x < y)
                }
            }
            let x = a?.scalarText ?? "", y = b?.scalarText ?? ""
            return x == y ? first < second : (descending ? x > y : x < y)
        }
        return order.map { records[$0] }
    }

    // MARK: Charts

    /// A chart's categories and series from a data file: `x` names the category field, `y` one value field
    /// (split into series by the values of `series`) or a list of them (one series each).
    func dataChart(_ map: MappingReader, path: DataPath) -> (categories: [String], series: [Chart.Series], dates: [BriefingDate]?)? {
        for key in ["categories"] where map.value(key) != nil {
            context.report("a chart takes its values from data: or from categories: and series:, not both", at: map.keyMark(key),
                           path: path.appending(key))
        }
        guard let data = dataFile(map) else { return nil }
        guard let xNode = map.value("x") else {
            map.missing("x")
            return nil
        }
        guard let yNode = map.value("y") else {
            map.missing("y")
            return nil
        }
        guard let x = field(xNode, in: data, path: path.appending("x")) else { return nil }
        var yFields: [(name: String, mark: SourceNode.Mark, title: String?)] = []
        if case .sequence(let items) = yNode.value {
            for (index, item) in items.enumerated() {
                let itemPath = path.appending("y").appending(index)
                // A field's name, or {field, name}: the series takes the name, a field's being often a code.
                if case .mapping = item.value {
                    guard let itemMap = MappingReader(item, path: itemPath, context: context, expected: "a y field ({field, name})") else { continue }
                    itemMap.rejectUnknownKeys(["field", "name"])
                    guard let fieldNode = itemMap.value("field") else { itemMap.missing("field"); continue }
                    if let name = field(fieldNode, in: data, path: itemPath.appending("field")) {
                        yFields.append((name, fieldNode.mark, itemMap.text("name")))
                    }
                } else if let name = field(item, in: data, path: itemPath) {
                    yFields.append((name, item.mark, nil))
                }
            }
            guard yFields.count == items.count, !items.isEmpty else { return nil }
        } else {
            guard let name = field(yNode, in: data, path: path.appending("y")) else { return nil }
            yFields = [(name, yNode.mark, nil)]
        }
        var splitBy: String?
        if let seriesNode = map.value("series") {
            guard yFields.count == 1 else {
                context.report("series: splits one y field into series; with several y fields each is a series already",
                               at: seriesNode.mark, path: path.appending("series"))
                return nil
            }
            guard let name = field(seriesNode, in: data, path: path.appending("series")) else { return nil }
            splitBy = name
        }
        var valid = true
        var categories: [String] = [], categoryIndex: [String: Int] = [:]
        var seriesNames: [String] = [], seriesIndex: [String: Int] = [:]
        var cells: [[Int: Double]] = []
        let dataPath = path.appending("data")
        /// The place of `key` among `order`, given the next place when it is new (categories and series come in
        /// the order the file first names them).
        func place(of key: String, in order: inout [String], _ index: inout [String: Int]) -> Int {
            if let known = index[key] { return known }
            index[key] = order.count
            order.append(key)
            return order.count - 1
        }
        for (row, record) in data.records.enumerated() {
            let column = place(of: record.values[x]?.scalarText ?? "", in: &categories, &categoryIndex)
            for (name, mark, title) in yFields {
                let seriesName = splitBy.map { record.values[$0]?.scalarText ?? "" } ?? title ?? name
                let line = place(of: seriesName, in: &seriesNames, &seriesIndex)
                if line == cells.count { cells.append([:]) }
                // Two values for one category and series (long data with repeats) add up, as a pivot table does.
                if let value = number(of: name, in: record, data: data, path: dataPath.appending(row).appending(name), key: mark, valid: &valid) {
                    cells[line][column, default: 0] += value
                }
            }
        }
        guard valid else { return nil }
        guard !categories.isEmpty else {
            context.report("\(data.file) has no rows: a chart needs at least one category", at: dataMark(map), path: dataPath)
            return nil
        }
        guard categories.count <= 1_000 else {
            context.report("\(data.file) gives \(categories.count) categories; a bar chart may have at most 1,000",
                           at: xNode.mark, path: path.appending("x"), code: .limitExceeded)
            return nil
        }
        let series = seriesNames.enumerated().map { index, name in
            Chart.Series(name: name, values: categories.indices.map { cells[index][$0] })
        }
        return (categories, series, Self.dates(of: categories))
    }

    /// The dates categories stand for, when every one is an ISO date (written inline or read from a data file):
    /// at the precision they all share ("2001-01-01", "2002-01-01" are years).
    static func dates(of categories: [String]) -> [BriefingDate]? {
        let dates = categories.compactMap(BriefingDate.init)
        guard !dates.isEmpty, dates.count == categories.count else { return nil }
        if dates.allSatisfy({ $0.precision == .day && $0.day == 1 && $0.month == 1 }) {
            return dates.map { BriefingDate(year: $0.year, precision: .year) }
        }
        if dates.allSatisfy({ $0.precision == .day && $0.day == 1 }) {
            return dates.map { BriefingDate(year: $0.year, month: $0.month, precision: .month) }
        }
        return dates
    }

    // MARK: Timelines

    /// Events from a data file: `fields` names the field of each event key (date, start, end, label, detail,
    /// lane); a key it leaves out reads the field of the same name, when there is one.
    func dataEvents(_ map: MappingReader, path: DataPath) -> [TimelineEvent]? {
        if map.value("events") != nil {
            context.report("a timeline takes its events from data: or from events:, not both", at: map.keyMark("events"),
                           path: path.appending("events"))
        }
        guard let data = dataFile(map) else { return nil }
        var fields: [String: (name: String, mark: SourceNode.Mark)] = [:]
        if let fieldsNode = map.value("fields") {
            guard let fieldMap = MappingReader(fieldsNode, path: path.appending("fields"), context: context,
                                               expected: "the fields of the events ({date, label, lane, start, end, detail})") else { return nil }
            fieldMap.rejectUnknownKeys(BriefingKeys.event)
            for key in BriefingKeys.event {
                guard let node = fieldMap.value(key) else { continue }
                guard let name = field(node, in: data, path: fieldMap.path.appending(key)) else { return nil }
                fields[key] = (name, node.mark)
            }
        }
        for key in BriefingKeys.event where fields[key] == nil {
            if data.fieldMarks[key] != nil { fields[key] = (key, dataMark(map)) }
        }
        guard fields["label"] != nil else {
            context.report("\(data.file) has no field 'label': name the field of the events' labels (fields: {label: …})",
                           at: dataMark(map), path: path.appending("data"))
            return nil
        }
        let dataPath = path.appending("data")
        var events: [TimelineEvent] = []
        var valid = true
        for (row, record) in data.records.enumerated() {
            // Each record as the event it would be if written inline, its values where they are in the file.
            let entries = BriefingKeys.event.compactMap { key -> SourceNode.Entry? in
                guard let field = fields[key], let value = record.values[field.name], !value.isNull else { return nil }
                let scalar: SourceNode = if case .scalar(let text, _) = value.value { SourceNode(.scalar(text, plain: false), mark: value.mark) } else { value }
                return SourceNode.Entry(key: key, keyMark: value.mark, value: scalar)
            }
            let node = SourceNode(.mapping(entries), mark: record.mark)
            // The layout's warnings about an event name it by its place among the events: that is this row.
            state.record(record.mark, for: path.appending("events").appending(row))
            let event = context.noting("\(data.file) is read here", at: dataMark(map), path: dataPath) {
                self.event(node, path: dataPath.appending(row))
            }
            if let event { events.append(event) } else { valid = false }
        }
        guard valid else { return nil }
        guard !events.isEmpty else {
            context.report("\(data.file) has no rows: a timeline needs at least one event", at: dataMark(map), path: dataPath)
            return nil
        }
        return events
    }
}
