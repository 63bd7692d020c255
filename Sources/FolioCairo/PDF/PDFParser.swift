/// Reads PDF values from bytes: the syntax Cairo writes (and any well-formed object of the same kinds).
struct PDFParser {
    private let bytes: ArraySlice<UInt8>
    private(set) var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// What went wrong, where.
    struct Failure: Error {
        var message: String
    }

    /// The next value; throws on anything it does not understand.
    mutating func value() throws(Failure) -> PDFValue {
        skipSpace()
        guard position < bytes.endIndex else { throw Failure(message: "the object ends early") }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "/"):
            return .name(name())
        case UInt8(ascii: "("):
            return .string(try literalString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipSpace()
                guard position < bytes.endIndex else { throw Failure(message: "an array is not closed") }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try value())
            }
        case UInt8(ascii: "<"):
            if position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: "<") {
                return .dictionary(try dictionary())
            }
            return .string(try hexString())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            let word = keyword()
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: throw Failure(message: "unknown keyword '\(word)'")
            }
        default:
            return try numberOrReference()
        }
    }

    mutating func dictionary() throws(Failure) -> PDFDictionary {
        position += 2
        var dictionary = PDFDictionary()
        while true {
            skipSpace()
            guard position < bytes.endIndex else { throw Failure(message: "a dictionary is not closed") }
            if bytes[position] == UInt8(ascii: ">") {
                guard position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw Failure(message: "a dictionary ends with a single '>'")
                }
                position += 2
                return dictionary
            }
            guard bytes[position] == UInt8(ascii: "/") else { throw Failure(message: "a dictionary key is not a name") }
            let key = name()
            dictionary[key] = try value()
        }
    }

    mutating func skipSpace() {
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00 {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.endIndex, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func name() -> String {
        position += 1
        var name: [UInt8] = []
        while position < bytes.endIndex, !PDFSyntax.isDelimiter(bytes[position]) {
            let byte = bytes[position]
            if byte == UInt8(ascii: "#"), position + 2 < bytes.endIndex,
               let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2]) {
                name.append(high << 4 | low)
                position += 3
            } else {
                name.append(byte)
                position += 1
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    private mutating func keyword() -> String {
        let start = position
        while position < bytes.endIndex, !PDFSyntax.isDelimiter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func literalString() throws(Failure) -> [UInt8] {
        position += 1
        var result: [UInt8] = []
        var depth = 1
        while position < bytes.endIndex {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard position < bytes.endIndex else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case 0x0A: break
                case 0x0D: if position < bytes.endIndex, bytes[position] == 0x0A { position += 1 }
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(escaped - 48)
                    for _ in 0..<2 where position < bytes.endIndex && (48...55).contains(bytes[position]) {
                        value = value * 8 + Int(bytes[position] - 48)
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: value))
                default: result.append(escaped)
                }
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            default:
                result.append(byte)
            }
        }
        throw Failure(message: "a string is not closed")
    }

    private mutating func hexString() throws(Failure) -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while position < bytes.endIndex, bytes[position] != UInt8(ascii: ">") {
            if let value = Self.hexValue(bytes[position]) { digits.append(value) }
            position += 1
        }
        guard position < bytes.endIndex else { throw Failure(message: "a hexadecimal string is not closed") }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }

    /// A number, or `n 0 R`.
    private mutating func numberOrReference() throws(Failure) -> PDFValue {
        let first = try number()
        guard case .integer(let number) = first, number >= 0 else { return first }
        // Look ahead for "<generation> R" without consuming anything else.
        let saved = position
        skipSpace()
        let generationStart = position
        while position < bytes.endIndex, (48...57).contains(bytes[position]) { position += 1 }
        if position > generationStart {
            skipSpace()
            if position < bytes.endIndex, bytes[position] == UInt8(ascii: "R"),
               position + 1 == bytes.endIndex || PDFSyntax.isDelimiter(bytes[position + 1]) {
                position += 1
                return .reference(number)
            }
        }
        position = saved
        return first
    }

    private mutating func number() throws(Failure) -> PDFValue {
        let start = position
        var isReal = false
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") { position += 1 }
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == UInt8(ascii: ".") { isReal = true } else if !(48...57).contains(byte) { break }
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if !isReal, let value = Int(text) { return .integer(value) }
        if let value = Double(text) { return .real(value) }
        throw Failure(message: "'\(text)' is not a number")
    }
}
