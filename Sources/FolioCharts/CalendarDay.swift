import FolioCore
import FolioModel

/// Calendar arithmetic on day numbers: days since 1 January of year 1 in the proleptic Gregorian calendar.
public enum CalendarDay {
    /// The day number of `year`-`month`-`day`.
    public static func number(year: Int, month: Int, day: Int) -> Int { CivilCalendar.dayNumber(year: year, month: month, day: day) }

    /// The year, month and day of day number `number`.
    public static func civil(_ number: Int) -> (year: Int, month: Int, day: Int) { CivilCalendar.date(ofDay: number) }

    /// The days a briefing date covers: a whole year, quarter, month, or one day; as a half-open range.
    public static func span(of date: BriefingDate) -> Range<Int> {
        let start = number(year: date.year, month: date.month, day: date.day)
        let end: Int = switch date.precision {
        case .year: number(year: date.year + 1, month: 1, day: 1)
        case .quarter: date.month + 3 > 12 ? number(year: date.year + 1, month: 1, day: 1)
            : number(year: date.year, month: date.month + 3, day: 1)
        case .month: date.month == 12 ? number(year: date.year + 1, month: 1, day: 1)
            : number(year: date.year, month: date.month + 1, day: 1)
        case .day: start + 1
        }
        return start..<end
    }
}
