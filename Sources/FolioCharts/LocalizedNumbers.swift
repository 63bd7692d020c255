import Foundation

/// Numbers Folio writes itself — axis ticks, value labels, totals, a chart's data table — with the decimal
/// and grouping separators of a language, by ICU's patterns (CLDR): "1,234.5", "1 234,5", "1.234,5".
///
/// Digits are Latin unless the style asks for the language's own; a negative number takes a true minus sign
/// (U+2212).
public struct LocalizedNumbers: Sendable {
    public let locale: Locale
    /// The language's decimal separator: what a decimal column lines up on.
    public let decimalSeparator: String

    public init(language: String, nativeDigits: Bool = false) {
        locale = Self.locale(language, nativeDigits: nativeDigits)
        decimalSeparator = locale.decimalSeparator ?? "."
    }

    /// The locale of `identifier` with Latin digits, or with the language's own when `nativeDigits` and it
    /// has some (ICU's first other numbering system: Arabic-Indic for Arabic, Devanagari for Hindi).
    static func locale(_ identifier: String, nativeDigits: Bool) -> Locale {
        let native = nativeDigits ? Locale(identifier: identifier).availableNumberingSystems.first { $0.identifier != "latn" } : nil
        return Locale(identifier: identifier + "@numbers=" + (native?.identifier ?? "latn"))
    }

    /// A whole number, ungrouped, in the locale's digits: a page number.
    public func integer(_ value: Int) -> String {
        value.formatted(IntegerFormatStyle<Int>.number.locale(locale).grouping(.never))
    }

    /// `value` with at most `decimals` decimals (0 to 3), trailing zeros dropped.
    public func text(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "–" }
        if abs(value) >= 1e15 { return String(describing: value) }
        let places = min(max(decimals, 0), 3)
        let scale = Double([1, 10, 100, 1000][places])
        let rounded = (value * scale).rounded() / scale
        let style = FloatingPointFormatStyle<Double>.number.locale(locale).precision(.fractionLength(0...places)).grouping(.automatic)
        return (rounded < 0 ? "−" : "") + style.format(abs(rounded))
    }
}
