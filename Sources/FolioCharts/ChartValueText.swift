import FolioModel

/// How a chart writes its numbers: by its `format`, else value labels with the decimals their series needs
/// (up to two, the same for every value of the series, so a series reads as one column of figures) and ticks
/// with the decimals their step needs.
struct ChartValueText {
    let numbers: LocalizedNumbers
    /// Writes values and ticks by the chart's `format`, when it has one.
    let formatter: PatternFormatter?
    /// The decimals the value labels of each series show, without a format.
    let seriesDecimals: [Int]

    init(chart: Chart, numbers: LocalizedNumbers) {
        self.numbers = numbers
        formatter = chart.format.map(numbers.formatter)
        seriesDecimals = chart.series.map { LocalizedNumbers.decimals(of: $0.values.compactMap { $0 }) }
    }

    /// A value of `series`; a value of no series (a stack's total, the alt text's) has the decimals it needs itself.
    func value(_ value: Double, series: Int? = nil) -> String {
        if let formatter { return formatter.text(value) }
        guard let series, series < seriesDecimals.count else {
            return numbers.text(value, decimals: LocalizedNumbers.decimals(of: [value]))
        }
        return numbers.text(value, decimals: seriesDecimals[series], fixed: true)
    }

    /// A tick of `scale`, with the decimals its step needs.
    func tick(_ value: Double, scale: NiceScale) -> String {
        let value = abs(value) < scale.step * 1e-9 ? 0 : value
        if let formatter { return formatter.text(value) }
        return numbers.text(value, decimals: NiceScale.decimals(of: scale.step))
    }
}
