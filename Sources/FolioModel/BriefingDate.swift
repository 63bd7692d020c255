/// A calendar date with the precision it was written in: a year, a quarter, a month or a day.
///
/// The precision is kept so that a milestone written as `2024` is shown as "2024", not as 1 January.
public struct BriefingDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How precisely the date was given.
    public enum Precision: Hashable, Sendable {
        case year
        case quarter(Int)
        case month
        case day
    }

    public var year: Int
    /// The first month the date covers (1...12).
    public var month: Int
    /// The first day the date covers (1...31).
    public var day: Int
    public var precision: Precision

    /// A date from `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Qn`; nil when `text` is none of these
    /// or names a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
              parts[0].allSatisfy(\.isASCII), year >= 1 else { return nil }
        func number(_ part: Substring) -> Int? {
            part.count == 2 && part.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(part) : nil
        }
        switch parts.count {
        case 1:
            self.init(year: year, month: 1, day: 1, precision: .year)
        case 2 where parts[1].count == 2 && (parts[1].first == "Q" || parts[1].first == "q"):
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            self.init(year: year, month: quarter * 3 - 2, day: 1, precision: .quarter(quarter))
        case 2:
            guard let month = number(parts[1]), (1...12).contains(month) else { return nil }
            self.init(year: year, month: month, day: 1, precision: .month)
        default:
            guard let month = number(parts[1]), (1...12).contains(month),
                  let day = number(parts[2]), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            self.init(year: year, month: month, day: day, precision: .day)
        }
    }

    public init(year: Int, month: Int = 1, day: Int = 1, precision: Precision) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// The number of days in `month` of `year` in the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The date as written: `2024`, `2024-Q2`, `2024-06` or `2024-06-01`.
    public var description: String {
        let y = pad4(year)
        switch precision {
        case .year: return y
        case .quarter(let q): return "\(y)-Q\(q)"
        case .month: return "\(y)-\(pad2(month))"
        case .day: return "\(y)-\(pad2(month))-\(pad2(day))"
        }
    }

    /// The first day covered, as an ISO 8601 calendar date.
    public var isoDay: String { "\(pad4(year))-\(pad2(month))-\(pad2(day))" }

    public static func < (lhs: BriefingDate, rhs: BriefingDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// `value` with leading zeros to two digits.
private func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

/// `value` with leading zeros to four digits.
private func pad4(_ value: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

extension BriefingDate {
    /// A year: `2024`. Built without a check; `Briefing.problems` reports a date that does not exist.
    public static func year(_ year: Int) -> BriefingDate { BriefingDate(year: year, precision: .year) }
    /// A quarter, 1 to 4: `2024-Q2`.
    public static func quarter(_ quarter: Int, of year: Int) -> BriefingDate {
        BriefingDate(year: year, month: (quarter - 1) * 3 + 1, precision: .quarter(quarter))
    }
    /// A month, 1 to 12: `2024-06`.
    public static func month(_ month: Int, of year: Int) -> BriefingDate { BriefingDate(year: year, month: month, precision: .month) }
    /// A day: `2024-06-01`.
    public static func day(_ day: Int, _ month: Int, _ year: Int) -> BriefingDate {
        BriefingDate(year: year, month: month, day: day, precision: .day)
    }
}
