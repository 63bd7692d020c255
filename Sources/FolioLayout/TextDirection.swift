/// Which way a paragraph runs, by its first strong character, as the Unicode bidirectional algorithm
/// (rules P2 and P3) and Pango decide it: a right-to-left paragraph's markers and accent bars stand on
/// its right.
enum TextDirection {
    /// Whether `text`'s first letter belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
    /// N'Ko, Samaritan, Mandaic and their presentation forms); digits and punctuation are passed over.
    static func isRightToLeft(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
            default: if scalar.properties.isAlphabetic { return false }
            }
        }
        return false
    }
}
