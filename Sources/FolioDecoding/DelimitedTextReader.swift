import FolioCore

/// Reads CSV (RFC 4180) and TSV: records of fields, each field a scalar node that knows its line and column.
///
/// Written here rather than taken from a package: the CSV parsers Folio may depend on (yaslab/CSV.swift,
/// swiftcsv/SwiftCSV) report a malformed file without saying where, and every value Folio reads from a data
/// file must be able to say where it was written. Quoted fields may hold the delimiter, line breaks and
/// doubled quotes; a UTF-8 byte-order mark is skipped; lines end in LF or CRLF; blank lines are skipped.
public enum DelimitedTextReader {
    /// The records of `bytes` (the first is the header), read from `file`, split at `delimiter`.
    ///
    /// A quoted field that is never closed, or text after a closing quote, stops reading; the file must be
    /// valid UTF-8. Empty unquoted fields are null nodes; quoted ones are empty text.
    public static func records(_ bytes: [UInt8], file: String, delimiter: UInt8) throws(FolioError) -> [[SourceNode]] {
        try checkUTF8(bytes, file: file)
        var reader = Reader(bytes: bytes, file: file, delimiter: delimiter)
        return try reader.readAll()
    }

    /// Fails at the first byte that is not UTF-8, with its line and column.
    private static func checkUTF8(_ bytes: [UInt8], file: String) throws(FolioError) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return
            case .error(let length):
                let mark = position(of: offset, in: bytes, file: file)
                throw FolioError(diagnostics: [Diagnostic(code: .unreadableInput,
                    message: "byte \(offset + 1) is not UTF-8 (\(length) bad byte\(length == 1 ? "" : "s")); save the file as UTF-8",
                    location: SourceLocation(file: file, line: mark.line, column: mark.column))])
            }
        }
    }

    /// The line and column (in characters) of byte `offset`.
    static func position(of offset: Int, in bytes: [UInt8], file: String) -> SourceNode.Mark {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return SourceNode.Mark(line: line, column: column, file: file)
    }

    private struct Reader {
        let bytes: [UInt8]
        let file: String
        let delimiter: UInt8
        var index = 0
        var line = 1
        var column = 1

        init(bytes: [UInt8], file: String, delimiter: UInt8) {
            self.bytes = bytes
            self.file = file
            self.delimiter = delimiter
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        var mark: SourceNode.Mark { SourceNode.Mark(line: line, column: column, file: file) }

        mutating func advance() {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }

        mutating func readAll() throws(FolioError) -> [[SourceNode]] {
            var records: [[SourceNode]] = []
            while index < bytes.count {
                // Blank lines separate nothing.
                if bytes[index] == 0x0A { advance(); continue }
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { advance(); advance(); continue }
                records.append(try record())
            }
            return records
        }

        /// One record, up to and past its line end.
        mutating func record() throws(FolioError) -> [SourceNode] {
            var fields: [SourceNode] = []
            while true {
                fields.append(try field())
                guard index < bytes.count else { return fields }
                let byte = bytes[index]
                if byte == delimiter { advance(); continue }
                if byte == 0x0D { advance() }
                if index < bytes.count, bytes[index] == 0x0A { advance() }
                return fields
            }
        }

        mutating func field() throws(FolioError) -> SourceNode {
            let start = mark
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { return try quoted(start) }
            let from = index
            while index < bytes.count, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D { advance() }
            let text = String(decoding: bytes[from..<index], as: UTF8.self)
            return SourceNode(.scalar(text, plain: true), mark: start)
        }

        mutating func quoted(_ start: SourceNode.Mark) throws(FolioError) -> SourceNode {
            advance()
            var text: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw problem("this quoted field is never closed: a quote (\") ends it, and a quote inside it is written twice",
                                  at: start)
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        text.append(byte)
                        advance(); advance()
                        continue
                    }
                    advance()
                    break
                }
                text.append(byte)
                advance()
            }
            if index < bytes.count, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D {
                throw problem("text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")", at: mark)
            }
            return SourceNode(.scalar(String(decoding: text, as: UTF8.self), plain: false), mark: start)
        }

        func problem(_ message: String, at mark: SourceNode.Mark) -> FolioError {
            FolioError(diagnostics: [Diagnostic(code: .invalidInput, message: message,
                                                location: SourceLocation(file: file, line: mark.line, column: mark.column))])
        }
    }
}
