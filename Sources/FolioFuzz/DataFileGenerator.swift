import FolioTesting
import Foundation

/// Writes random data files (CSV, TSV, JSON) for generated briefings: ordinary ones that render, and, as
/// hostility rises, quoting gone wrong, ragged rows, huge fields, bytes that are not UTF-8, numbers too large
/// for a Double, byte-order marks and CRLF.
struct DataFileGenerator {
    /// The fields every generated file has, so that generated blocks can name them.
    static let fields = ["date", "label", "group", "value", "share"]

    /// A file in `format` ("csv", "tsv" or "json") of some rows, as bytes.
    static func file(_ format: String, rows: Int, hostility: Int, using generator: inout BriefingGenerator) -> [UInt8] {
        var records: [[String]] = []
        for _ in 0..<rows {
            records.append([generator.date(), generator.text(), generator.pick(["North", "South", "East", "West"]),
                            value(hostility, &generator), value(hostility, &generator)])
        }
        switch format {
        case "json": return json(records, hostility: hostility, using: &generator)
        default: return delimited(records, separator: format == "tsv" ? "\t" : ",", hostility: hostility, using: &generator)
        }
    }

    private static func value(_ hostility: Int, _ generator: inout BriefingGenerator) -> String {
        if generator.chance(hostility) {
            return generator.pick(["1e400", "-1e400", "99999999999999999999999999999999", "n/a", "", "NaN", "inf", "1,5", "0x10"])
        }
        if generator.chance(10) { return "" }
        return String(Double(generator.number(-1_000...100_000)) / Double(generator.pick([1, 10, 100])))
    }

    private static func delimited(_ records: [[String]], separator: String, hostility: Int,
                                  using generator: inout BriefingGenerator) -> [UInt8] {
        let newline = generator.chance(30) ? "\r\n" : "\n"
        func field(_ text: String) -> String {
            guard text.contains(separator) || text.contains("\"") || text.contains("\n") || generator.chance(10) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = [fields.joined(separator: separator)]
        for var record in records {
            if generator.chance(hostility) {
                switch generator.number(0...4) {
                case 0: record.removeLast()                                           // ragged: too few
                case 1: record.append("extra")                                        // ragged: too many
                case 2: record[1] = String(repeating: "x", count: 200_000)            // a huge field
                case 3: record[1] = "a \"quote\" inside, and a\nline break"           // quoting to get right
                default: record[1] = "\"unclosed" + record[1]                         // a quote never closed
                }
                if record.count > 1, record[1].hasPrefix("\"unclosed") {
                    lines.append(record.joined(separator: separator))
                    continue
                }
            }
            lines.append(record.map(field).joined(separator: separator))
        }
        var bytes = [UInt8]((lines.joined(separator: newline) + newline).utf8)
        if generator.chance(20) { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        if generator.chance(hostility), !bytes.isEmpty {
            // A byte that is not UTF-8 somewhere: a Latin-1 "é", or a lone continuation byte.
            bytes.insert(generator.pick([0xE9, 0x80, 0xFF]), at: generator.number(0...(bytes.count - 1)))
        }
        if generator.chance(hostility / 2) { bytes = generator.pick([[], Array(fields.joined(separator: separator).utf8)]) }
        return bytes
    }

    private static func json(_ records: [[String]], hostility: Int, using generator: inout BriefingGenerator) -> [UInt8] {
        var objects: [Any] = records.map { record in
            var object: [String: Any] = [:]
            for (name, value) in zip(fields, record) {
                if let number = Double(value), value.first != "0" || value == "0", number.isFinite, name == "value" || name == "share" {
                    object[name] = number
                } else if value.isEmpty {
                    object[name] = NSNull()
                } else {
                    object[name] = value
                }
            }
            return object
        }
        if generator.chance(hostility) {
            objects.append(generator.pick([["nested": ["a": 1]] as Any, "a row that is text", [1, 2, 3]]))
        }
        guard let data = try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys]) else { return Array("[]".utf8) }
        var bytes = [UInt8](data)
        if generator.chance(hostility), bytes.count > 2 { bytes.removeLast(generator.number(1...min(10, bytes.count - 1))) }
        return bytes
    }
}
