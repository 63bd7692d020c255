import FolioModel
import FolioStyle
import Foundation

/// Briefing dates written in a language by ICU's patterns for it (CLDR), in a style's `DateStyle`, at the
/// precision they were given: "6 octobre 2025", "T2 2025", "2025. okt. 6.".
///
/// English without a region is written day, month, year ("6 October 2025"), as Folio always has; "en-US"
/// gives "October 6, 2025".
public struct LocalizedDates: Sendable {
    public let locale: Locale
    public let style: DateStyle
    private let calendar: Calendar
    /// ICU's formats for each precision, made once: making one costs more than using it.
    private let day: Date.FormatStyle, month: Date.FormatStyle, quarter: Date.FormatStyle, year: Date.FormatStyle
    private let dayAndMonth: Date.FormatStyle, monthAlone: Date.FormatStyle, quarterAlone: Date.FormatStyle
    /// Each date written once: ICU's formatting is slow, and a timeline writes the same ticks for each
    /// spacing it tries (2 % of a 94-page render).
    private let written = WrittenDates()

    /// Dates in `language` and `style`, in Latin digits unless `nativeDigits`.
    public init(language: String, nativeDigits: Bool = false, style: DateStyle = .long) {
        let identifier = language.lowercased() == "en" ? "en_GB" : language
        locale = LocalizedNumbers.locale(identifier, nativeDigits: nativeDigits)
        self.style = style
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        self.calendar = calendar
        let base = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: calendar.timeZone)
        let monthSymbol: Date.FormatStyle.Symbol.Month = switch style {
        case .long: .wide
        case .medium: .abbreviated
        case .numeric, .iso: .twoDigits
        }
        switch style {
        case .long, .medium:
            var full = Date.FormatStyle(date: style == .long ? .long : .abbreviated, time: .omitted)
            full.locale = locale
            full.calendar = calendar
            full.timeZone = calendar.timeZone
            day = full
        case .numeric, .iso:
            day = base.day(.twoDigits).month(.twoDigits).year()
        }
        month = base.month(monthSymbol).year()
        quarter = base.quarter(.abbreviated).year()
        year = base.year()
        dayAndMonth = style == .long || style == .medium ? base.day().month(monthSymbol) : base.day(.twoDigits).month(.twoDigits)
        monthAlone = base.month(monthSymbol)
        quarterAlone = base.quarter(.abbreviated)
    }

    /// The date in the style, at its precision: "14 March 2025", "March 2025", "Q2 2025", "2025" (long).
    public func text(_ date: BriefingDate) -> String {
        if style == .iso { return Self.iso(date) }
        switch date.precision {
        case .year: return format(date, .year)
        case .quarter: return format(date, .quarter)
        case .month: return format(date, .month)
        case .day: return format(date, .day)
        }
    }

    /// What an axis tick at `date` says, in the style: at the day "14 Jun", at the month "Jun 2023", at the
    /// quarter "Q3 2025", at the year "2024" (medium). `brief` leaves out what the tick's neighbours say
    /// already: the year of a month or quarter ("Jun", "Q3"), the month of a day ("14").
    public func tick(_ date: BriefingDate, brief: Bool) -> String {
        if style == .iso {
            switch date.precision {
            case .year: return String(format: "%04d", date.year)
            case .quarter(let number): return brief ? "Q\(number)" : Self.iso(date)
            case .month: return brief ? String(format: "%02d", date.month) : Self.iso(date)
            case .day: return brief ? String(format: "%02d", date.day) : String(format: "%02d-%02d", date.month, date.day)
            }
        }
        switch date.precision {
        case .year: return format(date, .year)
        case .quarter: return format(date, brief ? .quarterAlone : .quarter)
        case .month: return format(date, brief ? .monthAlone : .month)
        case .day: return format(date, brief ? .dayNumber : .dayAndMonth)
        }
    }

    /// ISO 8601 at the date's precision: "2025-10-06", "2025-10", "2025-Q4", "2025".
    private static func iso(_ date: BriefingDate) -> String {
        switch date.precision {
        case .year: String(format: "%04d", date.year)
        case .quarter(let number): String(format: "%04d-Q%d", date.year, number)
        case .month: String(format: "%04d-%02d", date.year, date.month)
        case .day: String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        }
    }

    /// `date` written in `pattern`, by ICU the first time.
    private func format(_ date: BriefingDate, _ pattern: DatePattern) -> String {
        if let text = written[date, pattern] { return text }
        let text = switch pattern {
        case .day: format(date, day)
        case .month: format(date, month)
        case .quarter: format(date, quarter)
        case .year: format(date, year)
        case .dayAndMonth: format(date, dayAndMonth)
        case .monthAlone: format(date, monthAlone)
        case .quarterAlone: format(date, quarterAlone)
        case .dayNumber: date.day.formatted(.number.locale(locale).grouping(.never))
        }
        written[date, pattern] = text
        return text
    }

    private func format(_ date: BriefingDate, _ style: Date.FormatStyle) -> String {
        var month = date.month
        if case .quarter(let quarter) = date.precision { month = (quarter - 1) * 3 + 1 }
        let components = DateComponents(year: date.year, month: min(max(month, 1), 12), day: date.precision == .day ? date.day : 1)
        guard let instant = calendar.date(from: components) else { return "\(date.year)" }
        return style.format(instant)
    }
}

/// Which of `LocalizedDates`'s formats a date is written in.
private enum DatePattern: Hashable {
    case day, month, quarter, year, dayAndMonth, monthAlone, quarterAlone
    /// The day of the month alone, in the locale's digits.
    case dayNumber
}

/// The dates a `LocalizedDates` has written, by date and pattern; shared by its copies, on any thread.
private final class WrittenDates: @unchecked Sendable {
    private struct Key: Hashable {
        var date: BriefingDate
        var pattern: DatePattern
    }

    private let lock = NSLock()
    private var texts: [Key: String] = [:]

    subscript(date: BriefingDate, pattern: DatePattern) -> String? {
        get { lock.withLock { texts[Key(date: date, pattern: pattern)] } }
        set { lock.withLock { texts[Key(date: date, pattern: pattern)] = newValue } }
    }
}
