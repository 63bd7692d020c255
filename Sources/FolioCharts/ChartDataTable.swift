import FolioModel

/// A chart's data as a table, for the style option that prints it under the chart: readers can look up
/// exact values, and screen readers get the data in a form they navigate well.
public enum ChartDataTable {
    /// One row per category, one column per series, the values written as `numbers` has them.
    public static func table(of chart: Chart, numbers: LocalizedNumbers, dates: LocalizedDates) -> Table {
        let chart = chart.withCategoryDates(in: dates)
        let formatter = chart.format.map(numbers.formatter)
        let unit = chart.unit.map { " (\($0))" } ?? ""
        let columns = [TableColumn(title: InlineText(plain: ""))]
            + chart.series.map { TableColumn(title: InlineText(plain: $0.name + unit), alignment: .decimal) }
        let rows = chart.categories.enumerated().map { index, category in
            TableRow(cells: [TableCell(text: InlineText(plain: category))] + chart.series.map { series in
                let value = index < series.values.count ? series.values[index] : nil
                return TableCell(text: InlineText(plain: value.map { formatter?.text($0) ?? numbers.text($0, decimals: 2) } ?? "–"), isNumber: value != nil)
            })
        }
        return Table(columns: columns, headerRows: [], rows: rows)
    }

    /// One row per event, in date order: when, what, and the lane and detail where the timeline has them.
    public static func table(of timeline: Timeline, style: ChartStyle) -> Table {
        let hasLanes = timeline.events.contains { $0.lane != nil }
        let hasDetails = timeline.events.contains { $0.detail != nil }
        let labels = style.labels
        var columns = [TableColumn(title: InlineText(plain: labels[.date])), TableColumn(title: InlineText(plain: labels[.event]))]
        if hasLanes { columns.append(TableColumn(title: InlineText(plain: labels[.lane]))) }
        if hasDetails { columns.append(TableColumn(title: InlineText(plain: labels[.detail]))) }
        let events = timeline.events.enumerated().sorted { first, second in
            (first.element.days.lowerBound, first.offset)
                < (second.element.days.lowerBound, second.offset)
        }
        let rows = events.map { _, event in
            let when = switch event.when {
            case .milestone(let date): style.text(of: date)
            case .span(let start, let end): "\(style.text(of: start)) – \(style.text(of: end))"
            }
            var cells = [TableCell(text: InlineText(plain: when)), TableCell(text: event.label)]
            if hasLanes { cells.append(TableCell(text: InlineText(plain: event.lane ?? ""))) }
            if hasDetails { cells.append(TableCell(text: event.detail ?? InlineText(plain: ""))) }
            return TableRow(cells: cells)
        }
        return Table(columns: columns, headerRows: [], rows: rows)
    }
}
