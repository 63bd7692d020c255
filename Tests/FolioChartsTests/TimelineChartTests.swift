import FolioCore
import FolioCharts
import FolioGraphics
import FolioModel
import FolioStyle
import FolioTesting
import Testing

@Suite struct TimelineChartTests {
    let measurer = FixedAdvanceMeasurer(advance: 0.55)

    func draw(_ events: [TimelineEvent], width: Double = 451, today: BriefingDate? = nil,
              range: ClosedRange<BriefingDate>? = nil) -> ChartDrawing {
        let timeline = Timeline(range: range, today: today, events: events)
        return TimelineChart(timeline: timeline, style: testChartStyle, measurer: measurer, width: width).draw()
    }

    /// Every word clear of every other and of every marker and bar, and inside the chart.
    func expectClear(_ drawing: ChartDrawing, _ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let geometry = ChartGeometry(drawing)
        #expect(geometry.overlappingTexts.isEmpty, "\(geometry.overlappingTexts.prefix(3)) \(comment.map { "\($0)" } ?? "")",
                sourceLocation: sourceLocation)
        #expect(geometry.textsOverMarks.isEmpty, "\(geometry.textsOverMarks.prefix(3)) \(comment.map { "\($0)" } ?? "")",
                sourceLocation: sourceLocation)
        #expect(geometry.textsOutside(drawing.size).isEmpty, "\(geometry.textsOutside(drawing.size).prefix(3))",
                sourceLocation: sourceLocation)
    }

    func day(_ year: Int, _ month: Int, _ day: Int) -> BriefingDate { BriefingDate(year: year, month: month, day: day, precision: .day) }

    @Test func fortyEventsInOneYearAllPlaced() {
        let events = (0..<40).map { index in
            TimelineEvent(when: .milestone(day(2024, 1 + index * 12 / 40, 1 + (index * 7) % 28)), label: InlineText(plain: "Event number \(index + 1)"))
        }
        let drawing = draw(events)
        #expect(drawing.diagnostics.isEmpty, "\(drawing.diagnostics)")
        #expect(ChartGeometry(drawing).texts.filter { $0.text.hasPrefix("Event number") }.count == 40)
        expectClear(drawing)
    }

    @Test func tenEventsOnTheSameDayAllPlaced() {
        let events = (0..<10).map { TimelineEvent(when: .milestone(day(2024, 6, 14)), label: InlineText(plain: "Same-day event \($0 + 1)")) }
        let drawing = draw(events + [TimelineEvent(when: .milestone(day(2024, 1, 3)), label: "Start"),
                                     TimelineEvent(when: .milestone(day(2024, 12, 20)), label: "End")])
        #expect(drawing.diagnostics.isEmpty, "\(drawing.diagnostics)")
        expectClear(drawing)
    }

    @Test func seventyFiveYearsWithLanesAndSpans() {
        var events: [TimelineEvent] = []
        for year in stride(from: 1950, through: 2025, by: 3) {
            events.append(TimelineEvent(when: .milestone(BriefingDate(year: year, precision: .year)), label: InlineText(plain: "Treaty of \(year)"),
                                        lane: "Treaties"))
        }
        for start in stride(from: 1952, through: 2015, by: 9) {
            events.append(TimelineEvent(when: .span(start: BriefingDate(year: start, precision: .year), end: BriefingDate(year: start + 12, precision: .year)),
                                        label: InlineText(plain: "Programme \(start)"), lane: "Programmes"))
        }
        let drawing = draw(events, today: day(2000, 1, 1))
        #expect(drawing.diagnostics.isEmpty, "\(drawing.diagnostics)")
        expectClear(drawing)
    }

    @Test func yearMilestoneIsLabelledAsAYear() {
        let drawing = draw([TimelineEvent(when: .milestone(BriefingDate(year: 2025, precision: .year)), label: "Review"),
                            TimelineEvent(when: .milestone(BriefingDate(year: 2025, month: 7, precision: .quarter(3))), label: "Audit")])
        let words = ChartGeometry(drawing).texts.map(\.text)
        #expect(words.contains("2025") && words.contains("Q3 2025"))
        #expect(drawing.alt == "Timeline. 2025. Events (2): Review (2025); Audit (Q3 2025).")
    }

    @Test func placementIsDeterministic() {
        var generator = SeededGenerator(seed: 7)
        let events = randomEvents(count: 30, using: &generator)
        #expect(draw(events).items == draw(events).items)
    }

    @Test func overlappingSpansInALaneTakeTracks() {
        let spans = [TimelineEvent(when: .span(start: BriefingDate("2024-01")!, end: BriefingDate("2025-11")!), label: "South", lane: "Pipes"),
                     TimelineEvent(when: .span(start: BriefingDate("2024-03")!, end: BriefingDate("2026-03")!), label: "North", lane: "Pipes")]
        let geometry = ChartGeometry(draw(spans))
        let bars = geometry.marks.filter { $0.width > 50 }
        #expect(bars.count == 2)
        #expect(bars.count == 2 && !ChartGeometry.overlap(bars[0], bars[1]))
    }

    /// A milestone inside a span's bar is drawn over the bar, on a halo, and labelled.
    @Test func aMilestoneInsideASpanStaysVisible() {
        let drawing = draw([TimelineEvent(when: .span(start: BriefingDate("2024-01")!, end: BriefingDate("2024-12")!), label: "Programme"),
                            TimelineEvent(when: .milestone(day(2024, 6, 14)), label: "Review"),
                            TimelineEvent(when: .milestone(BriefingDate("2024-09")!), label: "Audit")])
        let geometry = ChartGeometry(drawing)
        let bar = geometry.marks.firstIndex { $0.width > 200 }
        let markers = geometry.marks.indices.filter { $0 != bar && geometry.marks[$0].height < 9 && geometry.marks[$0].width < 40 }
        #expect(bar != nil && markers.count >= 3, "\(geometry.marks)")
        if let bar { #expect(markers.allSatisfy { $0 > bar }, "markers drawn before the bar: \(markers) \(bar)") }
        #expect(Set(geometry.texts.map(\.text)).isSuperset(of: ["Programme", "Review", "Audit"]))
        #expect(drawing.diagnostics.isEmpty, "\(drawing.diagnostics)")
        expectClear(drawing)
    }

    @Test func eventsOutsideAGivenRangeAreCutOrReported() {
        let drawing = draw([TimelineEvent(when: .milestone(BriefingDate("2030")!), label: "Later"),
                            TimelineEvent(when: .span(start: BriefingDate("2023")!, end: BriefingDate("2026")!), label: "Long")],
                           range: BriefingDate("2024")!...BriefingDate("2025")!)
        #expect(drawing.diagnostics.count == 1)
        #expect(drawing.diagnostics.first?.code == .eventOutOfRange)
        #expect(drawing.diagnostics.first?.path?.description == "events[0]")
        #expect(drawing.diagnostics.first?.message.contains("Later") == true)
        expectClear(drawing)
    }

    /// Hundreds of random event sets, seeded: dates from a day to decades apart, long and short labels,
    /// lanes and spans, widths from a narrow column to a landscape page.
    @Test(arguments: 0..<300)
    func randomEventSetsNeverCollide(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &* 2_654_435_761 &+ 1)
        let count = Int.random(in: 1...24, using: &generator)
        let events = randomEvents(count: count, using: &generator)
        let width = [260.0, 360, 451, 700].randomElement(using: &generator)!
        let drawing = draw(events, width: width, today: Bool.random(using: &generator) ? day(2024, 5, 5) : nil)
        expectClear(drawing, "seed \(seed)")
        let gaps = ChartGeometry(drawing).labelsCloserThan(testChartStyle.font.size / 2)
        #expect(gaps.isEmpty, "seed \(seed): labels closer than half an em: \(gaps.prefix(3))")
        let placed = ChartGeometry(drawing).texts.count
        let unplaced = drawing.diagnostics.filter { $0.code == .unplacedLabel }
        #expect(unplaced.isEmpty || placed > 0, "seed \(seed): \(unplaced)")
        // Every warning names the event it is about.
        for diagnostic in drawing.diagnostics {
            #expect(diagnostic.path?.components.first == .key("events"), "seed \(seed): \(diagnostic)")
        }
    }

    func randomEvents(count: Int, using generator: inout SeededGenerator) -> [TimelineEvent] {
        let startYear = Int.random(in: 1990...2020, using: &generator)
        let spread = [0, 1, 3, 10, 40].randomElement(using: &generator)!
        let words = ["Review", "Pipeline", "replacement", "of the northern district", "Go-live", "Board decision",
                     "Contract signed with the supplier", "Q", "Pilot", "Audit", "Tender"]
        let lanes: [String?] = [nil, "Delivery", "Governance", "Finance"]
        let laneCount = Int.random(in: 1...lanes.count, using: &generator)
        return (0..<count).map { _ in
            let year = startYear + Int.random(in: 0...spread, using: &generator)
            let start = day(year, Int.random(in: 1...12, using: &generator), Int.random(in: 1...28, using: &generator))
            let label = (0..<Int.random(in: 1...3, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            let lane = lanes[Int.random(in: 0..<laneCount, using: &generator)]
            let when: TimelineEvent.When = switch Int.random(in: 0..<5, using: &generator) {
            case 0: .span(start: start, end: day(year + 1 + Int.random(in: 0...2, using: &generator), Int.random(in: 1...12, using: &generator), 28))
            case 1: .milestone(BriefingDate(year: year, precision: .year))
            case 2: .milestone(BriefingDate(year: year, month: start.month, precision: .month))
            default: .milestone(start)
            }
            return TimelineEvent(when: when, label: InlineText(plain: label), detail: Bool.random(using: &generator) ? "Detail" : nil, lane: lane)
        }
    }
}

@Suite struct TimelineLanguageTests {
    @Test func tickLabelsAndDatesUseTheBriefingsLanguage() {
        let german = ChartStyle(style: .standard, language: "de")
        let events = [TimelineEvent(when: .milestone(BriefingDate("2024-03-14")!), label: "Start"),
                      TimelineEvent(when: .milestone(BriefingDate("2024-10")!), label: "Ende")]
        let drawing = TimelineChart(timeline: Timeline(events: events), style: german, measurer: FixedAdvanceMeasurer(), width: 451).draw()
        let words = ChartGeometry(drawing).texts.map(\.text)
        #expect(words.contains("Mai 2024") || words.contains("Mai"), "\(words)")
        // Event dates as ICU writes German, in the standard style's long dates: the day with a full stop.
        #expect(words.contains("14. März 2024") && words.contains("Oktober 2024"), "\(words)")
        // In medium dates, the month abbreviated with a full stop, on the axis too.
        var medium = Style.standard
        medium.dates = .medium
        let short = TimelineChart(timeline: Timeline(events: events), style: ChartStyle(style: medium, language: "de"),
                                  measurer: FixedAdvanceMeasurer(), width: 451).draw()
        let shortWords = ChartGeometry(short).texts.map(\.text)
        #expect(shortWords.contains("14. März 2024") && shortWords.contains("Okt. 2024") && shortWords.contains("Juni 2024"), "\(shortWords)")
    }
}
