import FolioGraphics
import FolioStyle
import Foundation
import Testing

/// Every text colour of every built-in style against the background it is drawn on, by WCAG 2's contrast
/// ratio: at least 4.5:1 for text; 3:1 only for colours used solely in large headings (none are, today).
@Suite struct ContrastTests {
    /// WCAG 2 relative luminance of an sRGB colour.
    static func luminance(_ color: Color) -> Double {
        func channel(_ value: Double) -> Double { value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)
    }

    static func contrast(_ a: Color, _ b: Color) -> Double {
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    @Test func theFormulaMatchesWCAGsExamples() {
        #expect(abs(Self.contrast(.black, .white) - 21) < 0.01)
        #expect(abs(Self.contrast(Color(rgb: 0x767676), .white) - 4.54) < 0.01)
    }

    @Test(arguments: StyleLoader.builtinNames)
    func everyTextColourReadsOnItsBackground(style name: String) throws {
        let colors = try StyleLoader.builtin(name).colors
        #expect(colors.textPairings.count >= 17)
        for pairing in colors.textPairings {
            let ratio = Self.contrast(pairing.text, pairing.background)
            #expect(ratio >= 4.5, "\(name): \(pairing.name) has a contrast of \(String(format: "%.2f", ratio)):1")
        }
    }
}
