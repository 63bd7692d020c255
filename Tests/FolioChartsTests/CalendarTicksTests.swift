import FolioCharts
import FolioModel
import Testing

@Suite struct CalendarTicksTests {
    let english = MonthNames(language: "en")
    let measure: (String) -> Double = { Double($0.count) * 4 }

    func days(_ from: String, _ to: String) -> Range<Int> {
        CalendarDay.span(of: BriefingDate(from)!).lowerBound..<CalendarDay.span(of: BriefingDate(to)!).upperBound
    }

    @Test func unitFollowsTheRangeAndTheWidth() {
        #expect(CalendarTicks(days: days("2023-06-01", "2023-06-20"), width: 400, months: english, measure: measure).unit == .days(1))
        #expect(CalendarTicks(days: days("2023-01", "2023-12"), width: 400, months: english, measure: measure).unit == .months(1))
        #expect(CalendarTicks(days: days("2023-01", "2023-12"), width: 150, months: english, measure: measure).unit == .months(3))
        #expect(CalendarTicks(days: days("1950", "2024"), width: 400, months: english, measure: measure).unit == .years(5))
    }

    @Test func ticksFallOnRoundDatesInsideTheRange() {
        let range = days("2023-06-14", "2026-03-02")
        let ticks = CalendarTicks(days: range, width: 300, months: english, measure: measure)
        for tick in ticks.ticks {
            #expect(range.contains(tick.day))
            let date = CalendarDay.civil(tick.day)
            #expect(date.day == 1, "\(date)")
        }
    }

    @Test func shortLabelsKeepTheYearAtJanuaryAndOnTheFirstTick() {
        let ticks = CalendarTicks(days: days("2023-06", "2024-05"), width: 420, months: english, measure: measure)
        #expect(ticks.unit == .months(1))
        #expect(ticks.ticks.first?.label.contains("2023") == true)
        #expect(ticks.ticks.contains { $0.label == "Jan 2024" })
        #expect(ticks.ticks.contains { $0.label == "Mar" })
    }

    @Test func monthNamesFollowTheLanguage() {
        let german = MonthNames(language: "de")
        let french = MonthNames(language: "fr")
        #expect(german.short[2] == "März" || german.short[2] == "Mär")
        #expect(french.full[7] == "août")
    }

    @Test(arguments: [20.0, 60, 150, 400, 1200])
    func labelsNeverOverlap(width: Double) {
        for range in [days("2023-06-14", "2023-06-30"), days("2023-01", "2027-12"), days("1950", "2025"), days("1000", "9999")] {
            let ticks = CalendarTicks(days: range, width: width, months: english, measure: measure)
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
