import FolioModel
import Foundation

/// Briefing dates written in a language by ICU's patterns for it (CLDR), at the precision they were given:
/// "6 octobre 2025", "T2 2025", "2025. okt. 6.".
///
/// English without a region is written day, month, year ("6 October 2025"), as Folio always has; "en-US"
/// gives "October 6, 2025".
public struct LocalizedDates: Sendable {
    public let locale: Locale
    private let calendar: Calendar

    /// Dates in `language`, in Latin digits unless `nativeDigits`.
    public init(language: String, nativeDigits: Bool = false) {
        let identifier = language.lowercased() == "en" ? "en_GB" : language
        locale = LocalizedNumbers.locale(identifier, nativeDigits: nativeDigits)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        self.calendar = calendar
    }

    /// The date in full, for the title block and the footer: "14 March 2025", "March 2025", "Q2 2025", "2025".
    public func long(_ date: BriefingDate) -> String {
        format(date, day: Date.FormatStyle(date: .long, time: .omitted), month: .wide)
    }

    /// The date as a chart says it: "14 Jun 2023", "Jun 2023", "Q3 2025", "2024".
    public func short(_ date: BriefingDate) -> String {
        format(date, day: Date.FormatStyle().day().month(.abbreviated).year(), month: .abbreviated)
    }

    private func format(_ date: BriefingDate, day: Date.FormatStyle, month width: Date.FormatStyle.Symbol.Month) -> String {
        let base = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: calendar.timeZone)
        let style: Date.FormatStyle
        var month = date.month
        switch date.precision {
        case .year: style = base.year()
        case .quarter(let quarter):
            style = base.quarter(.abbreviated).year()
            month = (quarter - 1) * 3 + 1
        case .month: style = base.month(width).year()
        case .day:
            var localized = day
            localized.locale = locale
            localized.calendar = calendar
            localized.timeZone = calendar.timeZone
            style = localized
        }
        let components = DateComponents(year: date.year, month: min(max(month, 1), 12), day: date.precision == .day ? date.day : 1)
        guard let instant = calendar.date(from: components) else { return "\(date.year)" }
        return style.format(instant)
    }
}
