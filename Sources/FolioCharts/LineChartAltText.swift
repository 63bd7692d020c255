import FolioModel

/// Describes a line or area chart in words, in the document's language, for readers who cannot see it: each
/// series from its first value to its last, and its highest.
public enum LineChartAltText {
    /// "Line chart: Payment error rate. Categories (7): 14:00 – 15:00. Unit: %. Zone A: 0.2 → 0.4, highest 0.4
    /// (14:10); Zone B: …".
    public static func describe(_ chart: Chart, number: (Double) -> String, date: (BriefingDate) -> String, labels: Labels) -> String {
        var text = labels[chart.kind == .area ? .areaChart : .lineChart] + (chart.title.map { ": \($0.plainText)" } ?? "") + "."
        if let first = chart.categories.first, let last = chart.categories.last {
            text += " \(labels[.categories]) (\(chart.categories.count)): \(first == last ? first : "\(first) – \(last)")."
        }
        if let unit = chart.unit { text += " \(labels[.unit]): \(unit)." }
        let described = chart.series.compactMap { series -> String? in
            let known = series.values.enumerated().compactMap { index, value in value.map { (index, $0) } }
            guard let first = known.first, let last = known.last, let top = known.max(by: { $0.1 < $1.1 }) else { return nil }
            let where_ = top.0 < chart.categories.count ? " (\(chart.categories[top.0]))" : ""
            return "\(series.name): \(number(first.1)) → \(number(last.1)), \(labels[.highest].lowercased(with: nil)) \(number(top.1))\(where_)"
        }
        text += described.isEmpty ? "" : " " + described.joined(separator: "; ") + "."
        // Annotations are the events the chart marks: said with the word the timelines use.
        if !chart.annotations.isEmpty {
            let marked = chart.annotations.map { annotation in
                switch annotation.position {
                case .date(let on): "\(annotation.label.plainText) (\(date(on)))"
                case .category(let name): "\(annotation.label.plainText) (\(name))"
                }
            }
            text += " \(labels[.events]) (\(chart.annotations.count)): " + marked.joined(separator: "; ") + "."
        }
        return text
    }
}
