import FolioCore
import Foundation

/// A data file a briefing reads — CSV, TSV, or JSON (an array of objects) — as records whose every value
/// knows its line and column in the file.
public struct DataFile: Sendable {
    /// The file as diagnostics name it.
    public let file: String
    /// The fields, in the file's order: a CSV's header, or a JSON file's keys in the order first met.
    public let fields: [String]
    /// Where each field is named: its header cell, or its first key.
    public let fieldMarks: [String: SourceNode.Mark]
    /// Each record: its values by field (a missing one is absent), and where the record starts.
    public let records: [Record]

    /// One row of data.
    public struct Record: Sendable {
        public var values: [String: SourceNode]
        public var mark: SourceNode.Mark
    }

    /// The largest data file read: some seconds of layout, far beyond any briefing's table.
    public static let maximumSize = 64 * 1024 * 1024

    /// Reads `url`, named `file` in diagnostics, by its extension: .csv (split at `delimiter`, a comma unless
    /// given), .tsv (tabs) or .json.
    public static func read(_ url: URL, file: String, delimiter: Character? = nil) throws(FolioError) -> DataFile {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= maximumSize else {
                throw FolioError(.limitExceeded, "\(file) is \(size / 1_048_576) MB; a data file may have at most \(maximumSize / 1_048_576) MB")
            }
            data = try Data(contentsOf: url)
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.unreadableInput, "\(file) cannot be read: \(error.localizedDescription)")
        }
        let bytes = [UInt8](data)
        switch url.pathExtension.lowercased() {
        case "json": return try json(bytes, file: file)
        case "tsv", "tab": return try delimited(bytes, file: file, delimiter: UInt8(ascii: "\t"))
        default:
            let separator = delimiter?.asciiValue ?? UInt8(ascii: ",")
            return try delimited(bytes, file: file, delimiter: separator)
        }
    }

    /// Whether `url` names a data file Folio reads, by its extension.
    public static func isDataFile(_ path: String) -> Bool {
        ["csv", "tsv", "tab", "json"].contains((path as NSString).pathExtension.lowercased())
    }

    private static func delimited(_ bytes: [UInt8], file: String, delimiter: UInt8) throws(FolioError) -> DataFile {
        let rows = try DelimitedTextReader.records(bytes, file: file, delimiter: delimiter)
        guard let header = rows.first else {
            throw FolioError(diagnostics: [Diagnostic(code: .invalidInput, message: "the file is empty: its first line names the fields",
                                                      location: SourceLocation(file: file, line: 1, column: 1))])
        }
        var problems: [Diagnostic] = []
        var fields: [String] = [], marks: [String: SourceNode.Mark] = [:]
        for node in header {
            guard case .scalar(let name, _) = node.value else { continue }
            if marks[name] != nil {
                problems.append(problem("the field '\(name)' is named twice in the header", at: node.mark))
            } else if name.isEmpty {
                problems.append(problem("a field in the header has no name", at: node.mark))
            }
            fields.append(name)
            marks[name] = marks[name] ?? node.mark
        }
        var records: [Record] = []
        records.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            guard let first = row.first else { continue }
            if row.count != fields.count {
                if problems.count < 20 {
                    problems.append(problem("this row has \(row.count) field\(row.count == 1 ? "" : "s"); the header names \(fields.count)",
                                            at: first.mark))
                }
                continue
            }
            var values: [String: SourceNode] = [:]
            values.reserveCapacity(fields.count)
            for (name, node) in zip(fields, row) where values[name] == nil { values[name] = node }
            records.append(Record(values: values, mark: first.mark))
        }
        if !problems.isEmpty { throw FolioError(diagnostics: problems) }
        return DataFile(file: file, fields: fields, fieldMarks: marks, records: records)
    }

    private static func json(_ bytes: [UInt8], file: String) throws(FolioError) -> DataFile {
        let root = try JSONReader.read(String(decoding: bytes, as: UTF8.self), file: file).marked(with: file)
        guard case .sequence(let items) = root.value else {
            throw FolioError(diagnostics: [problem("a JSON data file is an array of objects, one a row; found \(root.kindDescription)",
                                                   at: root.mark)])
        }
        var fields: [String] = [], marks: [String: SourceNode.Mark] = [:]
        var records: [Record] = []
        var problems: [Diagnostic] = []
        for item in items {
            guard case .mapping(let entries) = item.value else {
                problems.append(problem("a row of a JSON data file is an object; found \(item.kindDescription)", at: item.mark))
                continue
            }
            var values: [String: SourceNode] = [:]
            for entry in entries {
                // A list of plain values is one value too: a sparkline column's numbers.
                let isScalar: Bool = switch entry.value.value {
                case .scalar: true
                case .sequence(let items): items.allSatisfy { if case .scalar = $0.value { true } else { false } }
                case .mapping: false
                }
                guard isScalar else {
                    problems.append(problem("'\(entry.key)' is \(entry.value.kindDescription); a data value is text, a number, "
                                            + "true, false, null or a list of those", at: entry.value.mark))
                    continue
                }
                if marks[entry.key] == nil {
                    fields.append(entry.key)
                    marks[entry.key] = entry.keyMark
                }
                values[entry.key] = entry.value
            }
            records.append(Record(values: values, mark: item.mark))
            if problems.count >= 20 { break }
        }
        if !problems.isEmpty { throw FolioError(diagnostics: problems) }
        return DataFile(file: file, fields: fields, fieldMarks: marks, records: records)
    }

    private static func problem(_ message: String, at mark: SourceNode.Mark) -> Diagnostic {
        Diagnostic(code: .invalidInput, message: message, location: SourceLocation(file: mark.file ?? "", line: mark.line, column: mark.column))
    }
}

extension SourceNode {
    /// This node and everything under it, marked as written in `file`.
    func marked(with file: String) -> SourceNode {
        func mark(_ old: Mark) -> Mark { Mark(line: old.line, column: old.column, file: file) }
        let value: Value = switch self.value {
        case .scalar: self.value
        case .sequence(let items): .sequence(items.map { $0.marked(with: file) })
        case .mapping(let entries):
            .mapping(entries.map { Entry(key: $0.key, keyMark: mark($0.keyMark), value: $0.value.marked(with: file)) })
        }
        return SourceNode(value, mark: mark(self.mark))
    }

    /// The number a data value holds: a JSON number, or text that is a finite decimal number ("12", "-3.5",
    /// "1e3"); nil for anything else, empty values included.
    public var number: Double? {
        guard case .scalar(let text, _) = value, !isNull else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.unicodeScalars.first, first == "-" || first == "+" || first == "." || ("0"..."9").contains(first),
              let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// The text of a scalar, or nil for a null, a list or a mapping.
    public var scalarText: String? {
        guard case .scalar(let text, _) = value, !isNull else { return nil }
        return text
    }
}
