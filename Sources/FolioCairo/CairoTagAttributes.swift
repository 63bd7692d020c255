import FolioGraphics

/// Builds the attribute strings Cairo's tag functions parse, so that no user text can make them malformed.
///
/// Cairo 1.16 crashes or writes a damaged PDF on a malformed attribute string, and copies a link's URI
/// into the file without escaping; so strings are quoted and escaped here, and URIs percent-encoded.
struct CairoTagAttributes {
    private var parts: [String] = []

    /// `key='value'`, with `'` and `\` escaped as Cairo's parser expects.
    func string(_ key: String, _ value: String) -> CairoTagAttributes {
        var copy = self
        var escaped = ""
        for character in value {
            if character == "'" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        copy.parts.append("\(key)='\(escaped)'")
        return copy
    }

    /// `key=N` in plain decimal.
    func number(_ key: String, _ value: Double) -> CairoTagAttributes {
        var copy = self
        copy.parts.append("\(key)=\(Self.number(value))")
        return copy
    }

    /// `rect=[x y width height]`.
    func rect(_ rect: Rect) -> CairoTagAttributes {
        var copy = self
        let numbers = [rect.minX, rect.minY, rect.width, rect.height].map(Self.number)
        copy.parts.append("rect=[\(numbers.joined(separator: " "))]")
        return copy
    }

    var text: String { parts.joined(separator: " ") }

    /// A number as Cairo's attribute parser reads it: plain decimal, never exponent notation.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
    }

    /// `uri` with every byte outside the URI characters that are safe in a PDF string percent-encoded:
    /// spaces, parentheses, backslashes, quotes, control and non-ASCII bytes.
    static func encodedURI(_ uri: String) -> String {
        var result = ""
        for byte in uri.utf8 {
            let isSafe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~:/?#[]@!$&*+,;=%".utf8.contains(byte)
            if isSafe {
                result.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
