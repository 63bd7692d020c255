import FolioCharts
import FolioGraphics
import FolioModel
import FolioTesting
import Testing

/// Line and area charts on seeded random data — 2 to 12 series, ends close together or equal, gaps,
/// negative values, dates and categories — never let text overlap text, leave the chart, or sit on a marked
/// point, and name every series (at its end, or in a legend with a warning).
@Suite struct LineChartTests {
    let measurer = FixedAdvanceMeasurer(advance: 0.55)

    static func randomChart(seed: UInt64) -> Chart {
        var random = SeededGenerator(seed: seed)
        func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        let count = number(2...40)
        let useDates = number(0...1) == 0
        var categories: [String] = []
        var day = CalendarDay.number(year: 2020 + number(0...5), month: number(1...12), day: number(1...28))
        for index in 0..<count {
            if useDates {
                let date = CalendarDay.civil(day)
                categories.append(String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
                day += number(1...[1, 7, 31, 120][number(0...3)])
            } else {
                categories.append("C\(index)" + String(repeating: "x", count: number(0...6)))
            }
        }
        let seriesCount = number(2...12)
        let common = Double(number(-50...100))
        let series = (0..<seriesCount).map { index -> Chart.Series in
            let values: [Double?] = (0..<count).map { position in
                if number(0...9) == 0 { return nil }  // a gap
                // Half the charts end every series at the same value, or within a hair of it.
                if position == count - 1, seed % 2 == 0 { return common + Double(number(0...1)) * 0.01 }
                return Double(number(-200...1000)) / 10
            }
            return Chart.Series(name: "Series \(index) " + String(repeating: "n", count: number(0...8)), values: values)
        }
        let kind: Chart.Kind = number(0...3) == 0 ? .area : .line
        var chart = Chart(kind: kind, categories: categories, series: series, unit: number(0...1) == 0 ? "%" : nil,
                          stacked: kind == .area && number(0...1) == 0)
        chart.categoryDates = useDates ? categories.compactMap(BriefingDate.init) : nil
        chart.endValues = number(0...1) == 0
        // Annotations at categories, or on a calendar axis at dates, some just outside it.
        let labels = ["Change", "Deployed to every zone", "Rollback", "New pricing policy starts in all regions", "Q"]
        chart.annotations = (0..<[0, 0, 1, 2, 3, 6][number(0...5)]).map { _ in
            let label = InlineText(plain: labels[number(0...labels.count - 1)])
            let category = number(0...count - 1)
            if useDates, number(0...1) == 0, let date = BriefingDate(categories[category]) {
                let civil = CalendarDay.civil(CalendarDay.span(of: date).lowerBound + number(-3...3))
                return ChartAnnotation(position: .date(BriefingDate(year: civil.year, month: civil.month, day: civil.day, precision: .day)),
                                       label: label)
            }
            return ChartAnnotation(position: .category(categories[category]), label: label)
        }
        return chart
    }

    @Test(arguments: 0..<300)
    func randomChartsKeepTheirTextClearAndNameEverySeries(seed: Int) {
        let chart = Self.randomChart(seed: UInt64(seed))
        let width = [240.0, 320, 451][seed % 3]
        let drawing = LineChart(chart: chart, style: testChartStyle, measurer: measurer, width: width).draw()
        let geometry = ChartGeometry(drawing)
        #expect(geometry.overlappingTexts.isEmpty, "seed \(seed): \(geometry.overlappingTexts.prefix(3))")
        #expect(geometry.textsOutside(drawing.size).isEmpty, "seed \(seed): \(geometry.textsOutside(drawing.size).prefix(3))")
        if chart.kind == .line {
            #expect(geometry.textsOverMarks.isEmpty, "seed \(seed): \(geometry.textsOverMarks.prefix(3))")
        }
        let words = Set(geometry.texts.map(\.text))
        for series in chart.series where series.values.contains(where: { $0 != nil }) {
            #expect(words.contains { $0 == series.name || $0.hasPrefix(series.name + " ") }, "seed \(seed): \(series.name) is not named")
        }
        // Every annotation is shown, or a warning names it; annotations' labels keep half an em apart.
        for (index, annotation) in chart.annotations.enumerated() {
            let warned = drawing.diagnostics.contains { $0.path?.components.prefix(2) == [.key("annotations"), .index(index)] }
            let shown = geometry.texts.contains { annotation.label.plainText.hasPrefix($0.text) }
            #expect(shown || warned, "seed \(seed): annotation \(index) neither shown nor warned about")
        }
        let gaps = geometry.labelsCloserThan(testChartStyle.font.size * 0.9 / 2)
        #expect(gaps.isEmpty, "seed \(seed): \(gaps.prefix(3))")
        // A legend stands in for end labels only with a warning that says so.
        let legend = geometry.texts.contains { $0.text == chart.series[0].name && $0.box.minX < drawing.size.width / 2 }
        #expect(legend == drawing.diagnostics.contains { $0.code == .valueLabelsOmitted }, "seed \(seed)")
    }

    @Test func equalEndsAreLabelledApartWithLeaders() {
        let chart = Chart(kind: .line, categories: ["A", "B", "C"], series: (0..<4).map {
            Chart.Series(name: "Zone \($0)", values: [Double($0), 5, 10])
        })
        let drawing = LineChart(chart: chart, style: testChartStyle, measurer: measurer, width: 400).draw()
        let labels = ChartGeometry(drawing).texts.filter { $0.text.hasPrefix("Zone") }
        #expect(labels.count == 4)
        let tops = labels.map(\.box.minY).sorted()
        for (upper, lower) in zip(tops, tops.dropFirst()) { #expect(lower - upper >= labels[0].box.height) }
        // Leader lines from the shared end to the labels moved off it.
        let leaders = drawing.items.filter { if case .stroke(_, let style) = $0 { style.width == 0.6 } else { false } }
        #expect(leaders.count >= 3)
    }

    @Test func aGapBreaksTheLineAndTheAltTextSaysTheTrend() {
        let chart = Chart(kind: .line, title: InlineText(plain: "Errors"), categories: ["2025-03-12", "2025-03-13", "2025-03-14", "2025-03-15"],
                          series: [Chart.Series(name: "Zone A", values: [0.2, 0.4, nil, 1.2])], unit: "%")
        var dated = chart
        dated.categoryDates = chart.categories.compactMap(BriefingDate.init)
        let drawing = LineChart(chart: dated, style: testChartStyle, measurer: measurer, width: 400).draw()
        let lines = drawing.items.filter { if case .stroke(_, let style) = $0 { style.width == 1.6 } else { false } }
        #expect(lines.count == 1)  // the first two points; the last stands alone as a dot
        // Dated categories are said as the axis writes them, in the document's language.
        #expect(drawing.alt == "Line chart: Errors. Categories (4): 12 March 2025 – 15 March 2025. Unit: %. Zone A: 0.2 → 1.2, highest 1.2 (15 March 2025).")
        let french = LineChart(chart: dated, style: ChartStyle(style: .standard, language: "fr"), measurer: measurer, width: 400).draw()
        #expect(french.alt.contains("12 mars 2025") && !french.alt.contains("2025-03"), "\(french.alt)")
    }
}
