import FolioCharts
import FolioModel
import FolioStyle
import Testing

@Suite struct CalendarTicksTests {
    let english = LocalizedDates(language: "en", style: .medium)
    let measure: (String) -> Double = { Double($0.count) * 4 }

    func days(_ from: String, _ to: String) -> Range<Int> {
        CalendarDay.span(of: BriefingDate(from)!).lowerBound..<CalendarDay.span(of: BriefingDate(to)!).upperBound
    }

    @Test func unitFollowsTheRangeAndTheWidth() {
        #expect(CalendarTicks(days: days("2023-06-01", "2023-06-20"), width: 400, dates: english, measure: measure).unit == .days(1))
        #expect(CalendarTicks(days: days("2023-01", "2023-12"), width: 400, dates: english, measure: measure).unit == .months(1))
        #expect(CalendarTicks(days: days("2023-01", "2023-12"), width: 150, dates: english, measure: measure).unit == .months(3))
        #expect(CalendarTicks(days: days("1950", "2024"), width: 400, dates: english, measure: measure).unit == .years(5))
    }

    @Test func ticksFallOnRoundDatesInsideTheRange() {
        let range = days("2023-06-14", "2026-03-02")
        let ticks = CalendarTicks(days: range, width: 300, dates: english, measure: measure)
        for tick in ticks.ticks {
            #expect(range.contains(tick.day))
            let date = CalendarDay.civil(tick.day)
            #expect(date.day == 1, "\(date)")
        }
    }

    @Test func shortLabelsKeepTheYearAtJanuaryAndOnTheFirstTick() {
        let ticks = CalendarTicks(days: days("2023-06", "2024-05"), width: 420, dates: english, measure: measure)
        #expect(ticks.unit == .months(1))
        #expect(ticks.ticks.first?.label.contains("2023") == true)
        #expect(ticks.ticks.contains { $0.label == "Jan 2024" })
        #expect(ticks.ticks.contains { $0.label == "Mar" })
    }

    /// A quarter-long axis ticks days or weeks; the first tick of each month names it, so every tick can be
    /// dated ("30 Dec 6 13 … 3 Feb 10", never "30 Dec 6 13 … 3 10").
    @Test(arguments: [("2024-12-28", "2025-03-15"), ("2025-03-01", "2025-05-31"), ("2024-11-20", "2025-01-10")])
    func dayAndWeekTicksNameEveryMonth(from: String, to: String) {
        var sawDaysOrWeeks = false
        for width in [260.0, 451, 700, 1000, 1400] {
            let ticks = CalendarTicks(days: days(from, to), width: width, dates: english, measure: measure)
            switch ticks.unit {
            case .days, .week: sawDaysOrWeeks = true
            default: continue
            }
            var month = -1
            for tick in ticks.ticks {
                let date = CalendarDay.civil(tick.day)
                // The first tick of each month names it (the others may be the day alone).
                if date.month != month {
                    #expect(tick.label.contains { $0.isLetter }, "\(from)–\(to) at \(width): \(ticks.ticks.map(\.label))")
                }
                month = date.month
            }
        }
        #expect(sawDaysOrWeeks)
    }

    @Test func labelsFollowTheLanguageAndTheStyle() {
        let range = days("2023-01", "2023-12")
        func labels(_ language: String, _ style: DateStyle) -> [String] {
            CalendarTicks(days: range, width: 700, dates: LocalizedDates(language: language, style: style), measure: measure).ticks.map(\.label)
        }
        #expect(labels("de", .medium).contains { $0.hasPrefix("März") })
        #expect(labels("fr", .long).contains("août"))  // brief: long names leave no room for the year
        #expect(labels("fr", .long).first == "janvier 2023")
        #expect(labels("hu", .medium).first?.hasPrefix("2023") == true)
        #expect(labels("en", .numeric).first == "01/2023" && labels("de", .numeric).first == "01.2023")
        #expect(labels("en", .iso).first == "2023-01" && labels("en", .iso).dropFirst().first == "2023-02")
    }

    @Test func eachStyleWritesEveryPrecision() {
        let day = BriefingDate(year: 2025, month: 10, day: 6, precision: .day)
        let month = BriefingDate(year: 2025, month: 10, precision: .month)
        let quarter = BriefingDate(year: 2025, month: 4, precision: .quarter(2))
        func text(_ language: String, _ style: DateStyle, _ date: BriefingDate) -> String {
            LocalizedDates(language: language, style: style).text(date)
        }
        #expect(text("en", .long, day) == "6 October 2025" && text("en", .medium, day) == "6 Oct 2025")
        #expect(text("en", .numeric, day) == "06/10/2025" && text("de", .numeric, day) == "06.10.2025")
        #expect(text("fr", .iso, day) == "2025-10-06" && text("fr", .iso, quarter) == "2025-Q2")
        #expect(text("fr", .long, month) == "octobre 2025" && text("fr", .medium, quarter) == "T2 2025")
        #expect(text("en-US", .long, day) == "October 6, 2025")
    }

    @Test(arguments: [20.0, 60, 150, 400, 1200])
    func labelsNeverOverlap(width: Double) {
        for range in [days("2023-06-14", "2023-06-30"), days("2023-01", "2027-12"), days("1950", "2025"), days("1000", "9999")] {
            let ticks = CalendarTicks(days: range, width: width, dates: english, measure: measure)
            let scale = width / Double(range.count)
            let boxes = ticks.ticks.map { tick -> (Double, Double) in
                let center = Double(tick.day - range.lowerBound) * scale, half = measure(tick.label) / 2
                return (center - half, center + half)
            }
            for (left, right) in zip(boxes, boxes.dropFirst()) where ticks.ticks.count > 2 {
                #expect(left.1 <= right.0, "\(ticks.ticks.map(\.label)) at width \(width)")
            }
        }
    }
}
