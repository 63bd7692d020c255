/// The byte classes and small decodings of PDF syntax that the parser and the content rewriters share.
enum PDFSyntax {
    /// White space as PDF defines it (ISO 32000-1, 7.2.2).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// White space or one of the delimiters `( ) < > [ ] { } / %`: what ends a name, a number or an operator.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00,
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    /// Text from UTF-16 big-endian bytes (a ToUnicode destination, or a text string after its byte-order mark).
    static func utf16BigEndian<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var high: UInt8?
        for byte in bytes {
            if let first = high {
                units.append(UInt16(first) << 8 | UInt16(byte))
                high = nil
            } else {
                high = byte
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Where `pattern` first occurs in `bytes` at or after `start`.
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            var index = max(0, start)
            let last = haystack.count - pattern.count
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < pattern.count, haystack[index + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
