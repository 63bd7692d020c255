import FolioCore
import Foundation

/// What the character codes of one of Cairo's fonts stand for, read from its ToUnicode CMap, and the
/// CMap Folio writes in its place.
///
/// Cairo maps a glyph to the character its font's `cmap` reaches it from when it first meets it, so a
/// ligature or a contextual form maps to a presentation form (U+FEFB for lam-alef), and the characters it
/// really stands for go into an `/ActualText` span nested in the paragraph's marked content — which
/// `pdfinfo -struct-text` takes for the paragraph's end. Here each presentation form becomes the
/// characters it presents (NFKC), so that span says nothing the font does not, and `ReadingOrderRewriter`
/// can drop it.
///
/// A right-to-left ligature keeps only its first character; the rest is shown by a *carrier*, an invisible
/// copy of the glyph that stands for it, placed at the ligature's left edge. Readers that split a glyph's
/// characters evenly from left to right and then reverse the line (poppler's `pdftotext`, PDFium) read
/// "لا" backwards otherwise; with one character a glyph, every reader gets it right.
struct PDFFontText: Sendable {
    /// The ToUnicode stream's object number, when the font has one.
    let cmapObject: Int?
    /// Bytes per character code: 2 for Cairo's CID fonts, 1 for its simple ones.
    let codeLength: Int
    /// The text of each code, presentation forms replaced by what they present.
    private(set) var texts: [UInt32: String] = [:]
    /// Codes whose text is written right to left.
    private(set) var rightToLeft: Set<UInt32> = []
    /// For a right-to-left ligature, the code that carries the characters after its first, and the two
    /// glyphs' advances in thousandths of the text size.
    private(set) var carriers: [UInt32: Carrier] = [:]
    /// The CMap rewritten, when any entry changed.
    private(set) var rewrittenCMap: [UInt8]?

    struct Carrier: Sendable {
        var code: UInt32
        var ligatureWidth: Double
        var carrierWidth: Double
    }

    /// The text of `font` (a font dictionary) as its ToUnicode CMap gives it; `allowsCarriers` is false
    /// when some of the document's text is drawn where the finisher does not rewrite it.
    init(font: PDFDictionary, file: CairoPDFFile, allowsCarriers: Bool) throws(FolioError) {
        let isComposite = font["Subtype"]?.name == "Type0"
        codeLength = isComposite ? 2 : 1
        cmapObject = font["ToUnicode"]?.reference
        guard let cmapObject else { return }
        let stream = try file.object(cmapObject)
        guard let data = stream.streamData else { return }
        let compressed = stream.value.dictionary?["Filter"]?.name == "FlateDecode"
        guard let cmap = compressed ? Deflate.decompress(data) : Array(data) else { return }

        var entries = Self.characterEntries(in: cmap)
        var changed = false
        for index in entries.indices {
            let original = entries[index].text
            let text = Self.presentedCharacters(original)
            texts[entries[index].code] = text
            if text != original { entries[index].text = text; changed = true }
            if Self.isRightToLeft(text) { rightToLeft.insert(entries[index].code) }
        }
        if allowsCarriers, isComposite {
            let widths = Self.widths(of: font, file: file)
            var codeOfText: [String: UInt32] = [:]
            for entry in entries where codeOfText[entry.text] == nil { codeOfText[entry.text] = entry.code }
            for index in entries.indices {
                let scalars = entries[index].text.unicodeScalars
                guard scalars.count > 1, rightToLeft.contains(entries[index].code), let first = scalars.first else { continue }
                let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
                guard let carrier = codeOfText[rest], let ligatureWidth = widths[entries[index].code],
                      let carrierWidth = widths[carrier] else { continue }
                carriers[entries[index].code] = Carrier(code: carrier, ligatureWidth: ligatureWidth, carrierWidth: carrierWidth)
                entries[index].text = String(first)
                changed = true
            }
        }
        if changed { rewrittenCMap = Self.rewrite(cmap, entries: entries) }
    }

    /// Whether the page's text needs `ReadingOrderRewriter`: right-to-left codes, or spans Cairo nested.
    var needsRewriting: Bool { !rightToLeft.isEmpty }

    /// The codes in `bytes`, `codeLength` bytes each.
    func codes(in bytes: [UInt8]) -> [UInt32] {
        var codes: [UInt32] = []
        codes.reserveCapacity(bytes.count / codeLength)
        var index = 0
        while index + codeLength <= bytes.count {
            var code: UInt32 = 0
            for offset in 0..<codeLength { code = code << 8 | UInt32(bytes[index + offset]) }
            codes.append(code)
            index += codeLength
        }
        return codes
    }

    // MARK: Reading and writing the CMap

    /// One `bfchar` entry: a code, its text, and where the text's hex string stands in the CMap.
    private struct Entry {
        var code: UInt32
        var text: String
        var destination: Range<Int>
    }

    /// The `bfchar` entries of a CMap (the only kind Cairo writes).
    private static func characterEntries(in cmap: [UInt8]) -> [Entry] {
        var entries: [Entry] = []
        var index = 0
        var inBlock = false
        var pendingCode: UInt32?
        while index < cmap.count {
            let byte = cmap[index]
            if byte == UInt8(ascii: "<") {
                let start = index
                while index < cmap.count, cmap[index] != UInt8(ascii: ">") { index += 1 }
                index += 1
                guard inBlock, let hex = hexBytes(cmap[(start + 1)..<(index - 1)]) else { continue }
                if let code = pendingCode {
                    entries.append(Entry(code: code, text: PDFSyntax.utf16BigEndian(hex), destination: start..<index))
                    pendingCode = nil
                } else {
                    pendingCode = hex.reduce(0) { $0 << 8 | UInt32($1) }
                }
            } else if byte.isLetter {
                let start = index
                while index < cmap.count, cmap[index].isLetter { index += 1 }
                let word = cmap[start..<index]
                if word.elementsEqual("beginbfchar".utf8) { inBlock = true } else if word.elementsEqual("endbfchar".utf8) { inBlock = false }
                pendingCode = nil
            } else {
                index += 1
            }
        }
        return entries
    }

    private static func rewrite(_ cmap: [UInt8], entries: [Entry]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(cmap.count + entries.count * 4)
        var copied = 0
        for entry in entries {
            output += cmap[copied..<entry.destination.lowerBound]
            output.append(UInt8(ascii: "<"))
            for unit in entry.text.utf16 { output += Array(String(format: "%04x", unit).utf8) }
            output.append(UInt8(ascii: ">"))
            copied = entry.destination.upperBound
        }
        output += cmap[copied...]
        return output
    }

    private static func hexBytes(_ digits: ArraySlice<UInt8>) -> [UInt8]? {
        var bytes: [UInt8] = []
        var high: UInt8?
        for digit in digits {
            let value: UInt8
            switch digit {
            case 48...57: value = digit - 48
            case 65...70: value = digit - 55
            case 97...102: value = digit - 87
            case 0x20, 0x0A, 0x0D, 0x09: continue
            default: return nil
            }
            if let first = high { bytes.append(first << 4 | value); high = nil } else { high = value }
        }
        if let first = high { bytes.append(first << 4) }
        return bytes
    }

    // MARK: Characters

    /// `text` with each presentation form (Arabic, Hebrew, Latin ligatures) replaced by what it presents.
    static func presentedCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isPresentationForm) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isPresentationForm(scalar) {
                result += String(scalar).precomposedStringWithCompatibilityMapping
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isPresentationForm(_ scalar: Unicode.Scalar) -> Bool {
        (0xFB00...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
    }

    /// Whether `text` is all right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
    /// supplements), ignoring marks.
    static func isRightToLeft(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: break
            }
            guard (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value)
                    || (0xFE70...0xFEFF).contains(scalar.value) else { return false }
            letters += 1
        }
        return letters > 0
    }

    /// A CID font's advances, from its descendant's `/W` array, in thousandths of the text size.
    private static func widths(of font: PDFDictionary, file: CairoPDFFile) -> [UInt32: Double] {
        guard let descendant = font["DescendantFonts"]?.array?.first,
              let dictionary = resolve(descendant, file: file)?.dictionary,
              let array = dictionary["W"].flatMap({ resolve($0, file: file) })?.array else { return [:] }
        let defaultWidth = dictionary["DW"].flatMap(number)
        var widths: [UInt32: Double] = [:]
        var index = 0
        while index + 1 < array.count {
            guard let first = array[index].integer, first >= 0 else { break }
            if let run = array[index + 1].array {
                for (offset, width) in run.enumerated() { widths[UInt32(first + offset)] = number(width) ?? defaultWidth }
                index += 2
            } else if index + 2 < array.count, let last = array[index + 1].integer, last >= first, last - first < 65_536 {
                for code in first...last { widths[UInt32(code)] = number(array[index + 2]) ?? defaultWidth }
                index += 3
            } else {
                break
            }
        }
        return widths
    }

    private static func resolve(_ value: PDFValue, file: CairoPDFFile) -> PDFValue? {
        guard let reference = value.reference else { return value }
        return try? file.object(reference).value
    }

    private static func number(_ value: PDFValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .real(let real): real
        default: nil
        }
    }
}

private extension UInt8 {
    var isLetter: Bool { (65...90).contains(self) || (97...122).contains(self) }
}
