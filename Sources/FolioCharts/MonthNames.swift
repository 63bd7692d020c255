import Foundation

/// Month names in the briefing's language, from the locale data Foundation carries (ICU).
///
/// Making them takes a DateFormatter (a fraction of a millisecond, more for the first in a process), so a
/// composition makes them once, in its chart style, for all its charts.
public struct MonthNames: Sendable {
    /// Short names ("Jun") and full names ("June"), January first.
    public let short: [String]
    public let full: [String]
    /// Quarters as an axis labels them ("Q2", "T2", "II kw."), the first first.
    public let quarters: [String]

    /// The month names of `language`; English where ICU has none.
    public init(language: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        let short: [String] = formatter.shortStandaloneMonthSymbols
        let full: [String] = formatter.standaloneMonthSymbols
        let quarters: [String] = formatter.shortStandaloneQuarterSymbols
        self.quarters = quarters.count == 4 ? quarters : ["Q1", "Q2", "Q3", "Q4"]
        guard short.count == 12, full.count == 12 else {
            let english = DateFormatter()
            english.locale = Locale(identifier: "en")
            self.short = english.shortMonthSymbols
            self.full = english.monthSymbols
            return
        }
        self.short = short.map { $0.replacingOccurrences(of: ".", with: "") }
        self.full = full
    }
}
