import FolioCore
import FolioGraphics
import Foundation

/// Completes a tagged PDF written by Cairo with what Cairo 1.16 cannot write — alt text on figures, the scope
/// of table header cells, the document's language, the title in the viewer's title bar — by appending an
/// incremental update: new versions of just those objects, a cross-reference section for them, and a
/// trailer pointing back to Cairo's.
///
/// An incremental update touches a handful of objects whatever the size of the document, where rewriting
/// the file (with qpdf, which Folio used first) parsed every object: 100 MB and 1.5 s for a 10,000-row table.
enum PDFStructureFinisher {
    /// What to add, in the order the elements were opened.
    struct Additions {
        var language: String
        var figureAlternatives: [String] = []
        var headerScopes: [TableHeaderScope] = []
    }

    /// The bytes to append to `pdf` (as Cairo wrote it) to complete it.
    static func update(for pdf: [UInt8], with additions: Additions) throws(FolioError) -> [UInt8] {
        guard let file = CairoPDFLayout(pdf) else {
            throw FolioError(.renderFailed, "the PDF Cairo wrote does not have the layout Folio completes (a classic cross-reference table)")
        }
        var replacements: [(number: Int, text: String)] = []
        var figures = additions.figureAlternatives[...]
        var scopes = additions.headerScopes[...]
        // Structure elements are numbered in the order their tags opened: the order the additions were collected.
        let structElem = Array("<< /Type /StructElem".utf8)
        let figure = Array("\n   /S /Figure\n".utf8), header = Array("\n   /S /TH\n".utf8)
        for number in file.objectNumbers {
            // Checked before reading: most objects are content streams, long and of no interest here.
            // Searched as bytes: a String search per element (Foundation's) was 1% of a 100-page render.
            guard file.object(number, startsWith: structElem), let object = file.objectBytes(number) else { continue }
            if Self.bytes(object, contain: figure), let alt = figures.popFirst() {
                replacements.append((number, insert("   /Alt \(pdfString(alt))\n", into: String(decoding: object, as: UTF8.self))))
            } else if Self.bytes(object, contain: header), let scope = scopes.popFirst() {
                let entry = "   /A << /O /Table /Scope /\(scope.rawValue) >>\n"
                replacements.append((number, insert(entry, into: String(decoding: object, as: UTF8.self))))
            }
        }
        if let catalog = file.object(file.root) {
            let additions = "   /Lang \(pdfString(additions.language))\n   /ViewerPreferences << /DisplayDocTitle true >>\n"
            replacements.append((file.root, insert(additions, into: catalog)))
        }
        return file.update(replacing: replacements)
    }

    /// Whether `needle` occurs in `haystack`: a plain loop over bytes, which the optimiser keeps tight.
    private static func bytes(_ haystack: ArraySlice<UInt8>, contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// `entry` added as the last entry of the dictionary `object`.
    private static func insert(_ entry: String, into object: String) -> String {
        guard let end = object.range(of: ">>", options: .backwards) else { return object }
        return object[..<end.lowerBound] + entry + object[end.lowerBound...]
    }

    /// `text` as a PDF text string: UTF-16BE with a byte-order mark, in hexadecimal (nothing to escape).
    private static func pdfString(_ text: String) -> String {
        // By hand, not String(format:): this runs for every alt text and tagged cell, and formatting
        // through Foundation cost a tenth of a 100-page render.
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = Array("<FEFF".utf8)
        bytes.reserveCapacity(6 + text.utf16.count * 4)
        for unit in text.utf16 {
            for shift in stride(from: 12, through: 0, by: -4) { bytes.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        bytes.append(UInt8(ascii: ">"))
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The parts of a PDF that Cairo 1.16 wrote which an incremental update needs: each object's offset
/// (from the classic cross-reference table), the trailer's /Size, /Root and /Info, and where the table is.
private struct CairoPDFLayout {
    let bytes: [UInt8]
    var offsets: [Int: Int] = [:]
    var size = 0
    var root = 0
    var info: Int?
    var xrefOffset = 0

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        // startxref <offset> near the end.
        let tail = String(decoding: bytes.suffix(64), as: UTF8.self)
        guard let marker = tail.range(of: "startxref", options: .backwards),
              let offset = Int(tail[marker.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
              offset >= 0, offset < bytes.count else { return nil }
        xrefOffset = offset
        let section = String(decoding: bytes[offset...], as: UTF8.self)
        guard section.hasPrefix("xref"), let trailer = section.range(of: "trailer") else { return nil }
        // xref tables: "xref\n<first> <count>\n" then 20-byte entries "oooooooooo ggggg n \n".
        var lines = section[..<trailer.lowerBound].split(whereSeparator: \.isNewline).dropFirst()[...]
        while let header = lines.popFirst() {
            let fields = header.split(separator: " ").compactMap { Int($0) }
            guard fields.count == 2 else { return nil }
            for number in fields[0]..<(fields[0] + fields[1]) {
                guard let entry = lines.popFirst() else { return nil }
                let parts = entry.split(separator: " ")
                if parts.count >= 3, parts[2] == "n", let at = Int(parts[0]) { offsets[number] = at }
            }
        }
        let dictionary = section[trailer.upperBound...]
        func value(_ key: String) -> Int? {
            guard let range = dictionary.range(of: key) else { return nil }
            return Int(dictionary[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
        }
        guard let size = value("/Size"), let root = value("/Root") else { return nil }
        self.size = size
        self.root = root
        self.info = value("/Info")
    }

    var objectNumbers: [Int] { offsets.keys.sorted() }

    /// Whether the body of object `number` begins with `prefix`.
    func object(_ number: Int, startsWith prefix: [UInt8]) -> Bool {
        guard let start = offsets[number] else { return false }
        let body = start + "\(number) 0 obj\n".utf8.count
        guard body + prefix.count <= bytes.count else { return false }
        return bytes[body..<(body + prefix.count)].elementsEqual(prefix)
    }

    /// The text between `N 0 obj` and `endobj` of object `number`.
    func object(_ number: Int) -> String? {
        objectBytes(number).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes between `N 0 obj` and `endobj` of object `number`.
    func objectBytes(_ number: Int) -> ArraySlice<UInt8>? {
        guard let start = offsets[number], start < bytes.count else { return nil }
        let header = Array("\(number) 0 obj\n".utf8)
        guard bytes.count >= start + header.count, Array(bytes[start..<(start + header.count)]) == header else { return nil }
        let body = start + header.count
        // Dictionaries only (no streams): they end at the first "endobj".
        let end = Array("endobj".utf8)
        var index = body
        while index + end.count <= bytes.count {
            if bytes[index] == end[0], bytes[index..<(index + end.count)].elementsEqual(end) {
                return bytes[body..<index]
            }
            index += 1
        }
        return nil
    }

    /// The bytes to append: the new objects, their cross-reference section, and a trailer to the previous one.
    func update(replacing replacements: [(number: Int, text: String)]) -> [UInt8] {
        var output: [UInt8] = []
        var entries: [(number: Int, offset: Int)] = []
        if bytes.last != 0x0A { output.append(0x0A) }
        for (number, text) in replacements.sorted(by: { $0.number < $1.number }) {
            entries.append((number, bytes.count + output.count))
            output += Array("\(number) 0 obj\n\(text)endobj\n".utf8)
        }
        let xref = bytes.count + output.count
        var table = "xref\n0 1\n0000000000 65535 f \n"
        for entry in entries {
            let offset = String(entry.offset)
            table += "\(entry.number) 1\n" + String(repeating: "0", count: 10 - offset.count) + offset + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { table += "   /Info \(info) 0 R\n" }
        table += "   /Prev \(xrefOffset)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return output + Array(table.utf8)
    }
}
