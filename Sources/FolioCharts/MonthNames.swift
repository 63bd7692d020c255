import Foundation

/// Month names in the briefing's language, from the locale data Foundation carries (ICU).
public struct MonthNames: Sendable {
    /// Short names ("Jun") and full names ("June"), January first.
    public let short: [String]
    public let full: [String]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: MonthNames] = [:]

    /// The month names of `language`, looked up once: a DateFormatter takes milliseconds to make, and a
    /// report may hold many charts.
    public init(language: String) {
        Self.lock.lock()
        let cached = Self.cache[language]
        Self.lock.unlock()
        if let cached {
            self = cached
            return
        }
        self.init(uncachedLanguage: language)
        Self.lock.lock()
        Self.cache[language] = self
        Self.lock.unlock()
    }

    private init(uncachedLanguage language: String) {
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
