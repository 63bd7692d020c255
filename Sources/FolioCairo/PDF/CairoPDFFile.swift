import FolioCore

/// A PDF as Cairo 1.16 writes it, read for rewriting: where each object is (from its classic cross-reference
/// table), the trailer, and each object's value, or its stream's dictionary and data.
struct CairoPDFFile: Sendable {
    private let output: CairoOutput
    /// Where each object starts, by number; `unused` for a number not in use. (Four bytes an offset: Cairo
    /// writes an object for every structure element, and the finished file's cross-references hold four.)
    private var offsets: [UInt32] = []
    /// Where each object ends: where the next object in the file (or the cross-reference table) starts.
    private var ends: [UInt32] = []
    private static let unused = UInt32.max
    private(set) var trailer = PDFDictionary()

    /// The file Cairo wrote to `output` (finished writing).
    init(_ output: CairoOutput) throws(FolioError) {
        self.output = output
        guard output.count < Int(Self.unused) else { throw Self.unexpected("a file of 4 GiB or more") }
        // startxref <offset> near the end.
        guard let end = output.bytes(max(0, output.count - 64)..<output.count) else { throw Self.unexpected("the file cannot be read") }
        let tail = String(decoding: end, as: UTF8.self)
        guard let marker = tail.range(of: "startxref", options: .backwards),
              let offset = Int(tail[marker.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
              offset >= 0, offset < output.count, let bytes = output.bytes(offset..<output.count) else { throw Self.unexpected("no startxref") }
        var reader = ByteReader(bytes: bytes, position: 0)
        guard reader.skip("xref") else { throw Self.unexpected("no classic cross-reference table") }
        // Subsections "<first> <count>" of 20-byte entries "oooooooooo ggggg n\r\n", up to the trailer.
        while true {
            reader.skipWhitespace()
            if reader.skip("trailer") { break }
            guard let first = reader.integer(), let count = reader.integer(), first >= 0, count >= 0,
                  first + count <= bytes.count / 20 else {
                throw Self.unexpected("a damaged cross-reference table")
            }
            reader.skipWhitespace()
            if offsets.count < first + count { offsets += Array(repeating: Self.unused, count: first + count - offsets.count) }
            for number in first..<(first + count) {
                let entry = reader.position
                guard entry + 20 <= bytes.count else { throw Self.unexpected("a short cross-reference table") }
                reader.position = entry
                if bytes[entry + 17] == UInt8(ascii: "n"), let at = reader.integer(), at < offset { offsets[number] = UInt32(at) }
                reader.position = entry + 20
            }
        }
        var parser = PDFParser(bytes[reader.position...])
        parser.skipSpace()
        do {
            trailer = try parser.dictionary()
        } catch {
            throw Self.unexpected("the trailer: \(error.message)")
        }
        // Each object runs to the start of the next one in the file.
        ends = Array(repeating: UInt32(offset), count: offsets.count)
        let starts = offsets.indices.filter { offsets[$0] != Self.unused }.sorted { offsets[$0] < offsets[$1] }
        for (index, number) in starts.enumerated() where index + 1 < starts.count {
            ends[number] = offsets[starts[index + 1]]
        }
    }

    /// Reads the numbers and keywords of the cross-reference table.
    private struct ByteReader {
        let bytes: [UInt8]
        var position: Int

        mutating func skipWhitespace() {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D {
                position += 1
            }
        }

        mutating func skip(_ keyword: String) -> Bool {
            let word = Array(keyword.utf8)
            guard position + word.count <= bytes.count, bytes[position..<(position + word.count)].elementsEqual(word) else { return false }
            position += word.count
            return true
        }

        mutating func integer() -> Int? {
            skipWhitespace()
            var value = 0, digits = 0
            while position < bytes.count, (48...57).contains(bytes[position]), digits < 18 {
                value = value * 10 + Int(bytes[position] - 48)
                position += 1
                digits += 1
            }
            return digits > 0 ? value : nil
        }
    }

    static func unexpected(_ what: String) -> FolioError {
        FolioError(.renderFailed, "the PDF Cairo wrote does not have the layout Folio completes (\(what))")
    }

    /// The bytes of object `number`, "N 0 obj" to the next object, and where they start in the file.
    private func objectBytes(_ number: Int) -> (start: Int, bytes: [UInt8])? {
        guard number >= 0, number < offsets.count, offsets[number] != Self.unused,
              let bytes = output.bytes(Int(offsets[number])..<Int(max(ends[number], offsets[number]))) else {
            return nil
        }
        return (Int(offsets[number]), bytes)
    }

    /// Where the value starts in `bytes`, the bytes of an object: after "N 0 obj".
    private static func bodyStart(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "j") { index += 1 }
        return index + 1 < bytes.count ? index + 1 : nil
    }

    /// Whether the value of object `number` begins with `prefix` (after the whitespace that follows `obj`).
    func object(_ number: Int, startsWith prefix: [UInt8]) -> Bool {
        guard let (_, bytes) = objectBytes(number), var index = Self.bodyStart(in: bytes) else { return false }
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x20 || bytes[index] == 0x0D { index += 1 }
        return index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// One object as read: its value, and for a stream its data and where that starts in the file.
    struct Object: Sendable {
        var value: PDFValue
        var streamData: ArraySlice<UInt8>?
        var streamOffset = 0
    }

    /// Object `number`; a stream's /Length may be an indirect integer.
    func object(_ number: Int) throws(FolioError) -> Object {
        do {
            return try readObject(number)
        } catch {
            throw Self.unexpected("object \(number): \(error.message)")
        }
    }

    private func readObject(_ number: Int) throws(PDFParser.Failure) -> Object {
        guard let (fileStart, bytes) = objectBytes(number), let start = Self.bodyStart(in: bytes) else {
            throw PDFParser.Failure(message: "it is missing")
        }
        var parser = PDFParser(bytes[start...])
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        let keyword = Array("stream".utf8)
        guard parser.position + keyword.count <= bytes.count,
              bytes[parser.position..<(parser.position + keyword.count)].elementsEqual(keyword) else {
            return Object(value: value, streamData: nil)
        }
        var dataStart = parser.position + keyword.count
        if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
        if dataStart < bytes.count, bytes[dataStart] == 0x0A { dataStart += 1 }
        let length: Int
        switch value.dictionary?["Length"] {
        case .integer(let direct): length = direct
        case .reference(let indirect):
            guard case .integer(let resolved) = try readObject(indirect).value else {
                throw PDFParser.Failure(message: "its length is not an integer")
            }
            length = resolved
        default: throw PDFParser.Failure(message: "a stream without a length")
        }
        guard length >= 0, dataStart + length <= bytes.count else { throw PDFParser.Failure(message: "its stream runs past the object") }
        return Object(value: value, streamData: bytes[dataStart..<(dataStart + length)], streamOffset: fileStart + dataStart)
    }
}
