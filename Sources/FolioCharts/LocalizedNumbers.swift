import FolioModel
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

    /// `value` with at most `decimals` decimals (0 to 3), trailing zeros dropped — or exactly `decimals` when
    /// `fixed`, so that numbers shown together share one precision.
    public func text(_ value: Double, decimals: Int = 2, fixed: Bool = false) -> String {
        guard value.isFinite else { return "–" }
        if abs(value) >= 1e15 { return String(describing: value) }
        let places = min(max(decimals, 0), 3)
        let scale = Double([1, 10, 100, 1000][places])
        let rounded = (value * scale).rounded() / scale
        let style = FloatingPointFormatStyle<Double>.number.locale(locale)
            .precision(.fractionLength((fixed ? places : 0)...places)).grouping(.automatic)
        return (rounded < 0 ? "−" : "") + style.format(abs(rounded))
    }

    /// The decimals `values` need to be shown as they are, up to `limit`: 89 and 10.1 need one.
    public static func decimals(of values: some Sequence<Double>, limit: Int = 2) -> Int {
        var needed = 0
        for value in values where value.isFinite {
            while needed < limit {
                let scaled = abs(value) * pow(10, Double(needed))
                if abs(scaled - scaled.rounded()) < 1e-9 * max(1, scaled) { break }
                needed += 1
            }
        }
        return needed
    }

    /// Writes numbers by `pattern`, with this locale's separators and digits.
    public func formatter(for pattern: NumberPattern) -> PatternFormatter {
        PatternFormatter(pattern: pattern, locale: locale)
    }
}

/// Writes numbers by an ICU number pattern in a locale (Foundation's NumberFormatter, which is ICU's).
///
/// Made once for a column or a chart and used for all its numbers: making one costs more than using it.
/// Not thread-safe, like the formatter it wraps.
public final class PatternFormatter {
    private let formatter = NumberFormatter()

    init(pattern: NumberPattern, locale: Locale) {
        formatter.locale = locale
        formatter.numberStyle = .decimal
        formatter.positiveFormat = pattern.pattern
        // A pattern without its own negative part gets the minus sign typographers use, as Folio's other numbers.
        if !pattern.pattern.contains(";") { formatter.minusSign = "\u{2212}" }
    }

    public func text(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}
