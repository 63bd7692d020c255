import FolioCharts
import FolioGraphics
import FolioModel
import FolioTesting
import Testing

@Suite struct BarChartTests {
    let measurer = FixedAdvanceMeasurer(advance: 0.55)

    func draw(_ chart: Chart, width: Double = 451) -> ChartDrawing {
        BarChart(chart: chart, style: testChartStyle, measurer: measurer, width: width).draw()
    }

    func chart(_ categories: [String], _ series: [[Double?]], orientation: Chart.Orientation = .vertical, stacked: Bool = false,
               unit: String? = "EUR m") -> Chart {
        Chart(categories: categories, series: series.enumerated().map { Chart.Series(name: "Series \($0.offset + 1)", values: $0.element) },
              unit: unit, orientation: orientation, stacked: stacked)
    }

    func expectClear(_ drawing: ChartDrawing, marks: Bool, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        let geometry = ChartGeometry(drawing)
        #expect(geometry.overlappingTexts.isEmpty, "\(geometry.overlappingTexts.prefix(3)) \(comment)", sourceLocation: sourceLocation)
        #expect(geometry.textsOutside(drawing.size).isEmpty, "\(geometry.textsOutside(drawing.size).prefix(3)) \(comment)",
                sourceLocation: sourceLocation)
        if marks {
            // Legend swatches and bars: no word on either (stacked charts label segments inside on purpose).
            #expect(geometry.textsOverMarks.isEmpty, "\(geometry.textsOverMarks.prefix(3)) \(comment)", sourceLocation: sourceLocation)
        }
    }

    @Test func groupedVerticalWithNegativesHasValueLabelsLegendAndUnit() {
        let drawing = draw(chart(["North", "South", "East", "West"], [[31.2, -4.5, 24.8, 29.1], [28.9, 17.3, -19.6, 20.4]]))
        let words = ChartGeometry(drawing).texts.map(\.text)
        for word in ["31.2", "−4.5", "−19.6", "Series 1", "Series 2", "EUR m", "North", "−20", "0"] {
            #expect(words.contains(word), "\(word) in \(words)")
        }
        expectClear(drawing, marks: true)
    }

    @Test func stackedHorizontalShowsTotals() {
        let drawing = draw(chart(["Pipelines", "Metering"], [[11250.5, 7015.25], [7149.5, 2784.75]], orientation: .horizontal, stacked: true))
        let words = ChartGeometry(drawing).texts.map(\.text)
        #expect(words.contains("18,400") && words.contains("9,800"))
        // Each series's values share its precision: 7,015.25 makes 11,250.5 read 11,250.50.
        #expect(words.contains("11,250.50") && words.contains("7,015.25"))
        #expect(words.contains("EUR m"))
        expectClear(drawing, marks: false)
    }

    @Test func longCategoryNamesTurnAndNeverOverlap() {
        let names = (1...24).map { "Regional district number \($0)" }
        let drawing = draw(chart(names, [names.indices.map { Double($0 * 3) }]))
        let geometry = ChartGeometry(drawing)
        // Turned: taller than wide.
        let district = geometry.texts.first { $0.text.hasPrefix("Regional") }
        #expect(district.map { $0.box.height > $0.box.width } == true)
        expectClear(drawing, marks: true)
    }

    @Test func namesThatFitWrapWithinTheirBand() {
        let name = "Water treatment plant"
        let drawing = draw(chart([name, "Pipes", "Meters"], [[3, 4, 5]]), width: 200)
        let texts = ChartGeometry(drawing).texts
        #expect(!texts.contains { $0.text == name })
        let first = texts.first { name.hasPrefix($0.text) && !$0.text.isEmpty }
        #expect(first.map { $0.box.width > $0.box.height } == true, "wrapped, not turned: \(texts.map(\.text))")
        expectClear(drawing, marks: true)
    }

    @Test func altTextDescribesTheData() {
        let drawing = draw(chart(["North", "South"], [[31.2, 26.5], [28.9, 17.3]], unit: "%"))
        #expect(drawing.alt == "Bar chart. Categories (2): North, South. Series (2): Series 1, Series 2. Unit: %. "
                + "Highest: North, Series 1, 31.2. Lowest: South, Series 2, 17.3.")
    }

    @Test func missingValuesDrawNothing() {
        let drawing = draw(chart(["A", "B", "C"], [[1, nil, 3]]))
        #expect(!ChartGeometry(drawing).texts.map(\.text).contains("–"))
        // Two bars, and no legend for a single series.
        #expect(ChartGeometry(drawing).marks.count == 2)
    }

    @Test(arguments: 0..<200)
    func randomChartsNeverCollide(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 1_000)
        let categoryCount = Int.random(in: 1...30, using: &generator)
        let seriesCount = Int.random(in: 1...5, using: &generator)
        let magnitude = [0.01, 1, 100, 10_000, 1e7].randomElement(using: &generator)!
        let negative = Bool.random(using: &generator)
        let names = ["North", "South-east region", "Q1", "Administration and shared services", "Treatment", "X"]
        let categories = (0..<categoryCount).map { "\(names.randomElement(using: &generator)!) \($0)" }
        let series = (0..<seriesCount).map { _ in
            (0..<categoryCount).map { _ -> Double? in
                Int.random(in: 0..<10, using: &generator) == 0 ? nil
                    : Double.random(in: (negative ? -0.5 : 0)...1, using: &generator) * magnitude
            }
        }
        let orientation: Chart.Orientation = Bool.random(using: &generator) ? .vertical : .horizontal
        let stacked = Bool.random(using: &generator)
        let width = [240.0, 451, 700].randomElement(using: &generator)!
        let drawing = draw(chart(categories, series, orientation: orientation, stacked: stacked), width: width)
        expectClear(drawing, marks: !stacked, "seed \(seed)")
    }
}
