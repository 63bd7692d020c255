import FolioModel

/// Describes a bar chart in words, in the document's language, for readers who cannot see it.
public enum BarChartAltText {
    /// "Bar chart: Spending against budget. Categories (4): Pipelines, …. Series (2): Spent, Remaining.
    /// Unit: EUR thousands. Highest: Pipelines, Spent, 11,250.5. Lowest: …".
    ///
    /// Counts stand in parentheses after a noun that names them all, so no word has to agree with a number.
    public static func describe(_ chart: Chart, number: (Double) -> String, labels: Labels) -> String {
        var text = labels[chart.stacked ? .stackedBarChart : .barChart] + (chart.title.map { ": \($0.plainText)" } ?? "") + "."
        text += " \(labels[.categories]) (\(chart.categories.count)): \(chart.categories.joined(separator: ", "))."
        if chart.series.count > 1 {
            text += " \(labels[.series]) (\(chart.series.count)): \(chart.series.map(\.name).joined(separator: ", "))."
        }
        if let unit = chart.unit { text += " \(labels[.unit]): \(unit)." }
        let values = chart.series.enumerated().flatMap { seriesIndex, series in
            series.values.enumerated().compactMap { category, value in
                value.flatMap { $0.isFinite && category < chart.categories.count ? (category, seriesIndex, $0) : nil }
            }
        }
        func name(_ entry: (Int, Int, Double)) -> String {
            let category = chart.categories[entry.0]
            let series = chart.series.count > 1 ? ", \(chart.series[entry.1].name)" : ""
            return "\(category)\(series), \(number(entry.2))"
        }
        if let highest = values.max(by: { $0.2 < $1.2 }), let lowest = values.min(by: { $0.2 < $1.2 }), values.count > 1 {
            text += " \(labels[.highest]): \(name(highest)). \(labels[.lowest]): \(name(lowest))."
        } else if let only = values.first {
            text += " \(name(only))."
        }
        return text
    }
}
