/// Which paragraphs Folio breaks into lines itself, from a single shaping.
///
/// Pango 1.50 shapes the rest of a paragraph again after every line it breaks, so a ten-line paragraph is
/// shaped about five times over (measured: 423 µs against 218 µs for the same paragraph on one line). Folio
/// shapes each paragraph once, as one line, and breaks it at the opportunities Pango's own analysis gives
/// (`PangoLogAttr`), greedily, as Pango does. Right-to-left and tabbed text still goes to Pango: their lines
/// need reordering and tab stops.
enum ParagraphBreaking {
    /// Whether `text` is left-to-right without tabs, so that its single shaped line can be cut into lines.
    static func canBreak(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x0590 { if value == 0x09 { return false } else { continue } }
            if isRightToLeftOrControl(value) { return false }
        }
        return true
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left blocks, their presentation forms, the
    /// right-to-left historic scripts, and the bidirectional controls.
    private static func isRightToLeftOrControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        case 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }
}
