import Foundation

/// Month names in the briefing's language, from the locale data Foundation carries (ICU).
public struct MonthNames: Sendable {
    /// Short names ("Jun") and full names ("June"), January first.
    public let short: [String]
    public let full: [String]

    public init(language: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        let short: [String] = formatter.shortStandaloneMonthSymbols
        let full: [String] = formatter.standaloneMonthSymbols
        let english = DateFormatter()
        english.locale = Locale(identifier: "en")
        self.short = short.count == 12 ? short.map { $0.replacingOccurrences(of: ".", with: "") } : english.shortMonthSymbols
        self.full = full.count == 12 ? full : english.monthSymbols
    }
}
