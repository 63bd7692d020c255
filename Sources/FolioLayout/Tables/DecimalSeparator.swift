/// Finds where a number lines up in a decimal column.
public enum DecimalSeparator {
    /// The byte offset, in `text`, of the point to align on: the first `decimalSeparator` ("." in English,
    /// "," in French or German) between digits, or else the end of the first run of digits (so "47 min" lines
    /// up with "12.5 min", and "21.4%" with "3%"); nil when the text has no digits.
    public static func byteOffset(in text: String, decimalSeparator: String = ".") -> Int? {
        let bytes = Array(text.utf8)
        let separator = Array(decimalSeparator.utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func separatorAt(_ index: Int) -> Bool {
            !separator.isEmpty && index + separator.count <= bytes.count
                && bytes[index..<(index + separator.count)].elementsEqual(separator)
        }
        for index in bytes.indices where separatorAt(index) && index + separator.count < bytes.count
            && isDigit(bytes[index + separator.count]) && (index == 0 || isDigit(bytes[index - 1])) {
            return index
        }
        guard let first = bytes.firstIndex(where: isDigit) else { return nil }
        var end = first
        // Digits with grouping separators ("18,400", "18.400", "18 400") count as one run.
        while end < bytes.count {
            if isDigit(bytes[end]) {
                end += 1
            } else if let width = groupingWidth(bytes, at: end), !separatorAt(end), end + width < bytes.count, isDigit(bytes[end + width]) {
                end += width
            } else {
                break
            }
        }
        return end
    }

    /// The length in bytes of a grouping separator at `index`: a comma, a full stop, an apostrophe, a space,
    /// a no-break or a narrow no-break space; nil for anything else.
    private static func groupingWidth(_ bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case 0x2C, 0x2E, 0x27, 0x20: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF: return 3
        default: return nil
        }
    }
}
