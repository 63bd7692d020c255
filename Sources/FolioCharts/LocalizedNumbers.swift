import Foundation

/// Numbers Folio writes itself — axis ticks, value labels, totals, a chart's data table — with the decimal
/// and grouping separators of a language, by ICU's patterns (CLDR): "1,234.5", "1 234,5", "1.234,5".
///
/// Digits stay Latin whatever the language's own; a negative number takes a true minus sign (U+2212).
public struct LocalizedNumbers: Sendable {
    public let locale: Locale
    /// The language's decimal separator: what a decimal column lines up on.
    public let decimalSeparator: String

    public init(language: String) {
        locale = Locale(identifier: language + "@numbers=latn")
        decimalSeparator = locale.decimalSeparator ?? "."
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
