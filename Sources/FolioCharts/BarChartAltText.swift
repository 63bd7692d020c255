import FolioModel

/// Describes a bar chart in words, for readers who cannot see it.
public enum BarChartAltText {
    /// "Bar chart of Spending against budget: 4 categories (Pipelines, …) in 2 series (Spent, Remaining),
    /// in EUR thousands. Highest: Pipelines, Spent, 11,250.5. Lowest: …".
    public static func describe(_ chart: Chart, number: (Double) -> String) -> String {
        let kind = (chart.stacked ? "Stacked " : "") + (chart.orientation == .horizontal ? "horizontal bar chart" : "bar chart")
        let title = chart.title.map { " of \($0.plainText)" } ?? ""
        let categories = chart.categories.count == 1 ? "1 category" : "\(chart.categories.count) categories"
        var text = "\(kind.prefix(1).uppercased())\(kind.dropFirst())\(title): \(categories) (\(chart.categories.joined(separator: ", ")))"
        if chart.series.count > 1 {
            text += " in \(chart.series.count) series (\(chart.series.map(\.name).joined(separator: ", ")))"
        }
        if let unit = chart.unit { text += ", in \(unit)" }
        text += "."
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
            text += " Highest: \(name(highest)). Lowest: \(name(lowest))."
        } else if let only = values.first {
            text += " \(name(only))."
        }
        return text
    }
}
