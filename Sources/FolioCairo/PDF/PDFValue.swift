/// A PDF object's value, as Folio reads Cairo's output and writes its own: enough of the PDF syntax for
/// dictionaries, arrays, names, numbers, strings and references.
indirect enum PDFValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    /// A string's bytes (literal or hexadecimal in the file: the same value).
    case string([UInt8])
    case array([PDFValue])
    case dictionary(PDFDictionary)
    /// A reference to object `number`, generation 0 (Cairo writes no other).
    case reference(Int)
    /// PDF syntax written already (a long array of references made without a value for each).
    case raw([UInt8])

    var dictionary: PDFDictionary? { if case .dictionary(let value) = self { value } else { nil } }
    var array: [PDFValue]? { if case .array(let value) = self { value } else { nil } }
    var integer: Int? { if case .integer(let value) = self { value } else { nil } }
    var name: String? { if case .name(let value) = self { value } else { nil } }
    var reference: Int? { if case .reference(let value) = self { value } else { nil } }

    /// A text string: as it is when it is printable ASCII (which PDFDocEncoding shares), else UTF-16BE with
    /// a byte-order mark, which holds any language.
    static func text(_ text: String) -> PDFValue {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return .string(Array(text.utf8)) }
        var bytes: [UInt8] = [0xFE, 0xFF]
        bytes.reserveCapacity(2 + text.utf16.count * 2)
        for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return .string(bytes)
    }

    /// The value as PDF syntax, appended to `output`.
    func write(to output: inout [UInt8]) {
        switch self {
        case .null: output += Self.nullBytes
        case .bool(let value): output += value ? Self.trueBytes : Self.falseBytes
        case .integer(let value): Self.writeInteger(value, to: &output)
        case .real(let value): output += Array(PDFValue.number(value).utf8)
        case .name(let name): Self.writeName(name, to: &output)
        case .string(let bytes): Self.writeString(bytes, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: " ")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .dictionary(let dictionary): dictionary.write(to: &output)
        case .reference(let number):
            Self.writeInteger(number, to: &output)
            output += [UInt8(ascii: " "), UInt8(ascii: "0"), UInt8(ascii: " "), UInt8(ascii: "R")]
        case .raw(let bytes): output += bytes
        }
    }

    var bytes: [UInt8] {
        var output: [UInt8] = []
        write(to: &output)
        return output
    }

    private static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)

    /// A real number in plain decimal notation (PDF has no exponents), to at most six decimals.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(rounded)
        if text.contains("e") {
            // Tiny or huge: write it out.
            let negative = rounded < 0
            let units = Int64((abs(rounded) * 1_000_000).rounded())
            let fraction = String(units % 1_000_000)
            text = (negative ? "-" : "") + String(units / 1_000_000) + "." + String(repeating: "0", count: 6 - fraction.count) + fraction
            while text.hasSuffix("0") { text.removeLast() }
        }
        return text
    }

    private static func writeName(_ name: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "/"))
        for byte in name.utf8 {
            // Delimiters, whitespace, '#' and anything outside printable ASCII are written as #xx.
            if byte < 0x21 || byte > 0x7E || PDFSyntax.isDelimiter(byte) || byte == UInt8(ascii: "#") {
                output += [UInt8(ascii: "#"), hexDigit(byte >> 4), hexDigit(byte & 0xF)]
            } else {
                output.append(byte)
            }
        }
    }

    /// Writes `value`'s decimal digits without making a string: a long report's structure tree is tens of
    /// thousands of numbers.
    static func writeInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { output.append(buffer[index]) }
        }
    }

    /// A literal string when its bytes are printable, else hexadecimal: either way nothing can break out.
    private static func writeString(_ bytes: [UInt8], to output: inout [UInt8]) {
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            output.append(UInt8(ascii: "("))
            for byte in bytes {
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") { output.append(UInt8(ascii: "\\")) }
                output.append(byte)
            }
            output.append(UInt8(ascii: ")"))
        } else {
            output.append(UInt8(ascii: "<"))
            for byte in bytes { output += [hexDigit(byte >> 4), hexDigit(byte & 0xF)] }
            output.append(UInt8(ascii: ">"))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 48 + value : 55 + value }
}
