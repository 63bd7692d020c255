/// Finds the stretches of text where a number and its unit or currency must stay on one line: a number, a
/// space, then a currency sign, a percent, per-mille or degree sign, an ISO 4217 code or a unit symbol
/// ("47 min", "12 kg", "1.234,56 €", "31.5 %", "450 EUR"); or a currency sign or code before a number
/// ("€ 12", "EUR 1.5").
///
/// Unit symbols are the same in every language (SI and its kin), so this is one list, not one a language.
enum NumberWithUnit {
    /// The UTF-8 byte ranges of `text` that may not break.
    static func ranges(in text: String) -> [Range<Int>] {
        // Most text measured has no digit next to a space: found from the bytes, without more work.
        var previous: UInt8 = 0
        var spaceBesideDigit = false
        for byte in text.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if (byte == 0x20 && previous >= 0x30 && previous <= 0x39) || (isDigit && previous == 0x20) {
                spaceBesideDigit = true
                break
            }
            previous = byte
        }
        guard spaceBesideDigit else { return [] }
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else { index += 1; continue }
            // The number: digits with the separators between them.
            var start = index
            var end = index
            while end < scalars.count, isDigit(scalars[end]) || (isNumberSeparator(scalars[end]) && end + 1 < scalars.count && isDigit(scalars[end + 1])) {
                end += 1
            }
            // A unit after it.
            if end + 1 < scalars.count, isSpace(scalars[end]) {
                let unitStart = end + 1
                if isSign(scalars[unitStart]) {
                    ranges.append(offsets[start]..<offsets[unitStart + 1])
                } else if let wordEnd = shortWord(in: scalars, from: unitStart),
                          isUnit(String(String.UnicodeScalarView(scalars[unitStart..<wordEnd]))) {
                    ranges.append(offsets[start]..<offsets[wordEnd])
                }
            }
            // A currency before it.
            if start >= 2, isSpace(scalars[start - 1]) {
                if isSign(scalars[start - 2]) {
                    start -= 2
                    ranges.append(offsets[start]..<offsets[end])
                } else if let wordStart = shortWordEnding(in: scalars, at: start - 1), wordStart < start - 1,
                          scalars[wordStart..<(start - 1)].allSatisfy({ $0.properties.isUppercase }) {
                    ranges.append(offsets[wordStart]..<offsets[end])
                }
            }
            index = end + 1
        }
        return ranges
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType == .decimal
    }

    private static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == "'" || scalar == "\u{202F}" || scalar == "\u{A0}"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " }

    /// A currency sign, or %, ‰, ‱ or °.
    private static func isSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .currencySymbol || "%‰‱°".unicodeScalars.contains(scalar)
    }

    /// The end of a word of one to three letters starting at `start`, followed by no further letter.
    private static func shortWord(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        return (1...3).contains(end - start) ? end : nil
    }

    /// Unit symbols written after a number, case as written.
    private static let units: Set<String> = [
        "s", "ms", "min", "h", "d", "m", "km", "cm", "mm", "µm", "nm", "g", "kg", "mg", "t", "l", "ml", "L", "mL",
        "W", "kW", "MW", "GW", "Wh", "kWh", "MWh", "GWh", "TWh", "V", "kV", "A", "mA", "Hz", "kHz", "MHz", "GHz",
        "B", "kB", "MB", "GB", "TB", "bit", "px", "pt", "K", "ha", "bar", "Pa", "kPa", "N", "J", "kJ",
    ]

    /// A unit symbol, or three capital letters (an ISO 4217 currency code: EUR, ALL, RSD).
    private static func isUnit(_ word: String) -> Bool {
        units.contains(word) || (word.unicodeScalars.count == 3 && word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) })
    }

    /// The start of a word of one to three letters ending just before `end`.
    private static func shortWordEnding(in scalars: [Unicode.Scalar], at end: Int) -> Int? {
        var start = end
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        return (1...3).contains(end - start) && (start == 0 || !scalars[start - 1].properties.isAlphabetic) ? start : nil
    }
}
