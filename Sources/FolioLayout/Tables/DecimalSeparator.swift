/// Finds where a number lines up in a decimal column.
public enum DecimalSeparator {
    /// The byte offset, in `text`, of the point to align on: the first "." followed by a digit, or else the end
    /// of the first run of digits (so "47 min" lines up with "12.5 min", and "21.4%" with "3%"); nil when the
    /// text has no digits.
    public static func byteOffset(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        for index in bytes.indices where bytes[index] == 0x2E && index + 1 < bytes.count && isDigit(bytes[index + 1])
            && (index == 0 || isDigit(bytes[index - 1])) {
            return index
        }
        guard let first = bytes.firstIndex(where: isDigit) else { return nil }
        var end = first
        // Digits with thousands separators ("18,400") count as one run.
        while end < bytes.count, isDigit(bytes[end]) || (bytes[end] == 0x2C && end + 1 < bytes.count && isDigit(bytes[end + 1])) {
            end += 1
        }
        return end
    }
}
