import FolioCore

/// A PDF as Cairo 1.16 writes it, read for rewriting: where each object is (from its classic cross-reference
/// table), the trailer, and each object's value, or its stream's dictionary and data.
struct CairoPDFFile: Sendable {
    let bytes: [UInt8]
    private(set) var offsets: [Int: Int] = [:]
    private(set) var trailer = PDFDictionary()

    init(_ bytes: [UInt8]) throws(FolioError) {
        self.bytes = bytes
        // startxref <offset> near the end.
        let tail = String(decoding: bytes.suffix(64), as: UTF8.self)
        guard let marker = tail.range(of: "startxref", options: .backwards),
              let offset = Int(tail[marker.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
              offset >= 0, offset < bytes.count else { throw Self.unexpected("no startxref") }
        let section = String(decoding: bytes[offset...], as: UTF8.self)
        guard section.hasPrefix("xref"), let trailerStart = section.range(of: "trailer") else {
            throw Self.unexpected("no classic cross-reference table")
        }
        // "xref\n<first> <count>\n" then 20-byte entries "oooooooooo ggggg n \n".
        var lines = section[..<trailerStart.lowerBound].split(whereSeparator: \.isNewline).dropFirst()[...]
        while let header = lines.popFirst() {
            let fields = header.split(separator: " ").compactMap { Int($0) }
            guard fields.count == 2 else { throw Self.unexpected("a damaged cross-reference table") }
            for number in fields[0]..<(fields[0] + fields[1]) {
                guard let entry = lines.popFirst() else { throw Self.unexpected("a short cross-reference table") }
                let parts = entry.split(separator: " ")
                if parts.count >= 3, parts[2] == "n", let at = Int(parts[0]) { offsets[number] = at }
            }
        }
        let trailerOffset = offset + section.utf8.distance(from: section.startIndex, to: trailerStart.upperBound)
        var parser = PDFParser(bytes[trailerOffset...])
        parser.skipSpace()
        do {
            trailer = try parser.dictionary()
        } catch {
            throw Self.unexpected("the trailer: \(error.message)")
        }
    }

    static func unexpected(_ what: String) -> FolioError {
        FolioError(.renderFailed, "the PDF Cairo wrote does not have the layout Folio completes (\(what))")
    }

    var objectNumbers: [Int] { offsets.keys.sorted() }

    /// Where the value of object `number` starts.
    private func bodyStart(_ number: Int) -> Int? {
        guard let start = offsets[number] else { return nil }
        var index = start
        // "N 0 obj" then whitespace.
        while index < bytes.count, bytes[index] != UInt8(ascii: "j") { index += 1 }
        return index + 1 < bytes.count ? index + 1 : nil
    }

    /// Whether the value of object `number` begins with `prefix` (after the whitespace that follows `obj`).
    func object(_ number: Int, startsWith prefix: [UInt8]) -> Bool {
        guard var index = bodyStart(number) else { return false }
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x20 || bytes[index] == 0x0D { index += 1 }
        return index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// One object as read: its value, the bytes that write it, and for a stream its data.
    struct Object: Sendable {
        var value: PDFValue
        var text: ArraySlice<UInt8>
        var streamData: ArraySlice<UInt8>?
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
        guard let start = bodyStart(number) else { throw PDFParser.Failure(message: "it is missing") }
        var parser = PDFParser(bytes[start...])
        parser.skipSpace()
        let valueStart = parser.position
        let value = try parser.value()
        let text = bytes[valueStart..<parser.position]
        parser.skipSpace()
        let keyword = Array("stream".utf8)
        guard parser.position + keyword.count <= bytes.count,
              bytes[parser.position..<(parser.position + keyword.count)].elementsEqual(keyword) else {
            return Object(value: value, text: text, streamData: nil)
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
        guard length >= 0, dataStart + length <= bytes.count else { throw PDFParser.Failure(message: "its stream runs past the file") }
        return Object(value: value, text: text, streamData: bytes[dataStart..<(dataStart + length)])
    }
}
