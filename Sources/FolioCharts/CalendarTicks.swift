import FolioModel

/// Ticks at round calendar dates for a time axis: the finest unit whose labels fit without overlapping.
///
/// Units run from days through weeks, months, quarters and half-years to years in steps of 1, 2, 5, 10, 25
/// and more. Each is tried with full labels ("Jun 2023") and then short ones ("Jun", with the year kept at
/// January and on the first tick) before a coarser unit is tried.
public struct CalendarTicks: Sendable {
    /// A tick: its day number and its label.
    public struct Tick: Hashable, Sendable {
        public var day: Int
        public var label: String
    }

    /// The size of the calendar step between ticks.
    public enum Unit: Hashable, Sendable {
        case days(Int)
        case week
        case months(Int)
        case years(Int)
    }

    public let unit: Unit
    public let ticks: [Tick]

    static let units: [Unit] = [.days(1), .days(2), .week, .months(1), .months(3), .months(6)]
        + [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000].map { .years($0) }

    /// The ticks for `days` laid over `width` points; `measure` gives a label's width.
    public init(days: Range<Int>, width: Double, dates localized: LocalizedDates, gap: Double = 8, measure: (String) -> Double) {
        let length = Double(max(days.count, 1))
        for unit in Self.units {
            // Skip units that would give hundreds of ticks before building them.
            guard length / Double(Self.approximateLength(of: unit)) <= 400 else { continue }
            let dates = Self.dates(of: unit, in: days)
            guard !dates.isEmpty else { continue }
            for brief in [false, true] {
                // Labels are written one by one until one collides: most units fail at their second tick.
                let label = { (index: Int) in
                    Self.label(dates[index], unit: unit, brief: brief, previous: index == 0 ? nil : dates[index - 1], dates: localized)
                }
                if let ticks = Self.fitting(dates, label: label, days: days, width: width, gap: gap, measure: measure) {
                    self.unit = unit
                    self.ticks = ticks
                    return
                }
            }
        }
        // Nothing fits (a very narrow chart): the two ends of the range.
        unit = .years(10_000)
        let first = CalendarDay.civil(days.lowerBound).year, last = CalendarDay.civil(days.upperBound - 1).year
        ticks = [Tick(day: days.lowerBound, label: "\(first)")] + (last > first ? [Tick(day: days.upperBound - 1, label: "\(last)")] : [])
    }

    private static func approximateLength(of unit: Unit) -> Int {
        switch unit {
        case .days(let step): step
        case .week: 7
        case .months(let step): 30 * step
        case .years(let step): 365 * step
        }
    }

    /// The round dates of `unit` inside `days`.
    static func dates(of unit: Unit, in days: Range<Int>) -> [Int] {
        let start = CalendarDay.civil(days.lowerBound), end = CalendarDay.civil(days.upperBound - 1)
        var result: [Int] = []
        switch unit {
        case .days(let step):
            var day = days.lowerBound
            while day < days.upperBound {
                if CalendarDay.civil(day).day % step == 1 % step || step == 1 { result.append(day) }
                day += 1
            }
        case .week:
            // Mondays: day 0 (0001-01-01) was a Monday.
            var day = days.lowerBound + (7 - days.lowerBound % 7) % 7
            while day < days.upperBound { result.append(day); day += 7 }
        case .months(let step):
            var year = start.year, month = start.month
            while year < end.year || (year == end.year && month <= end.month) {
                if (month - 1) % step == 0 {
                    let day = CalendarDay.number(year: year, month: month, day: 1)
                    if days.contains(day) { result.append(day) }
                }
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
        case .years(let step):
            var year = start.year + (step - start.year % step) % step
            if year < start.year { year += step }
            while year <= end.year {
                let day = CalendarDay.number(year: year, month: 1, day: 1)
                if days.contains(day) { result.append(day) }
                year += step
            }
        }
        return result
    }

    /// A tick's label in the dates' style; `brief` leaves out what the tick before (`previous`) already said:
    /// the first tick, and the first tick of each year (months) or of each month (days and weeks), say it in
    /// full, so that every tick can be dated ("30 Dec 6 13 … 3 Feb 10" and not "30 Dec 6 13 … 3 10").
    static func label(_ day: Int, unit: Unit, brief: Bool, previous: Int?, dates: LocalizedDates) -> String {
        let date = CalendarDay.civil(day)
        let before = previous.map(CalendarDay.civil)
        let newYear = before.map { $0.year != date.year } ?? true
        let newMonth = newYear || before.map { $0.month != date.month } ?? true
        switch unit {
        case .years:
            return dates.tick(BriefingDate(year: date.year, precision: .year), brief: false)
        case .months(3):
            let quarter = BriefingDate(year: date.year, month: date.month, precision: .quarter((date.month - 1) / 3 + 1))
            return dates.tick(quarter, brief: brief && !newYear)
        case .months:
            return dates.tick(BriefingDate(year: date.year, month: date.month, precision: .month), brief: brief && !newYear)
        case .week, .days:
            return dates.tick(BriefingDate(year: date.year, month: date.month, day: date.day, precision: .day), brief: brief && !newMonth)
        }
    }

    /// The ticks at `days`, labelled by `label` (given a tick's index), when labels centred on their ticks leave
    /// `gap` between neighbours and stay inside `width`; nil at the first that does not.
    static func fitting(_ ticks: [Int], label: (Int) -> String, days: Range<Int>, width: Double, gap: Double,
                        measure: (String) -> Double) -> [Tick]? {
        let scale = width / Double(max(days.count, 1))
        // Ticks closer than the gap cannot all have labels, whatever they say.
        if ticks.count > 1, Double(ticks[1] - ticks[0]) * scale < gap { return nil }
        var previousRight = -Double.infinity
        var result: [Tick] = []
        result.reserveCapacity(ticks.count)
        for (index, day) in ticks.enumerated() {
            let text = label(index)
            let x = Double(day - days.lowerBound) * scale
            let half = measure(text) / 2
            if x - half < previousRight + gap { return nil }
            previousRight = x + half
            result.append(Tick(day: day, label: text))
        }
        return result
    }
}
