import FolioCore
import FolioDecoding

extension BriefingDecoder {
    func timeline(_ node: SourceNode, path: DataPath) -> Timeline? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a timeline ({events})") else { return nil }
        map.rejectUnknownKeys(BriefingKeys.timeline)
        let id = identifier(map)
        var range: ClosedRange<BriefingDate>?
        if let rangeNode = map.value("range"),
           let rangeMap = MappingReader(rangeNode, path: path.appending("range"), context: context, expected: "a range ({from, to})") {
            rangeMap.rejectUnknownKeys(BriefingKeys.range)
            let from = rangeMap.value("from").flatMap { date($0, path: rangeMap.path.appending("from")) }
            let to = rangeMap.value("to").flatMap { date($0, path: rangeMap.path.appending("to")) }
            if rangeMap.value("from") == nil { rangeMap.missing("from") }
            if rangeMap.value("to") == nil { rangeMap.missing("to") }
            if let from, let to {
                if to < from, let toNode = rangeMap.value("to") {
                    context.report("the range ends (\(to)) before it starts (\(from))", at: toNode.mark, path: rangeMap.path.appending("to"))
                } else {
                    range = from...to
                }
            }
        }
        let today = map.value("today").flatMap { date($0, path: path.appending("today")) }
        let events: [TimelineEvent]
        if map.value("data") != nil {
            guard let read = dataEvents(map, path: path) else { return nil }
            events = read
        } else {
            for key in ["fields", "delimiter"] where map.value(key) != nil {
                context.report("\(key): applies to a timeline whose events come from data:", at: map.keyMark(key), path: path.appending(key))
            }
            guard let eventNodes = requiredList(map, "events", owner: "a timeline", itemName: "event") else { return nil }
            events = eventNodes.enumerated().compactMap { event($1, path: path.appending("events").appending($0)) }
            guard events.count == eventNodes.count else { return nil }
        }
        return Timeline(id: id, title: inline(map, "title"), caption: inline(map, "caption"), alt: map.text("alt"),
                        range: range, today: today, events: events)
    }

    /// An event: `{date, label}` for a milestone or `{start, end, label}` for a span, with `detail` and `lane`.
    func event(_ node: SourceNode, path: DataPath) -> TimelineEvent? {
        guard let map = MappingReader(node, path: path, context: context, expected: "an event ({date, label} or {start, end, label})") else {
            return nil
        }
        state.record(node.mark, for: path)
        map.rejectUnknownKeys(BriefingKeys.event)
        let label = inline(map, "label", required: true)
        let on = map.value("date").flatMap { date($0, path: path.appending("date")) }
        let start = map.value("start").flatMap { date($0, path: path.appending("start")) }
        let end = map.value("end").flatMap { date($0, path: path.appending("end")) }
        let hasDate = map.value("date") != nil, hasStart = map.value("start") != nil, hasEnd = map.value("end") != nil
        var when: TimelineEvent.When?
        switch (hasDate, hasStart, hasEnd) {
        case (true, false, false):
            when = on.map(TimelineEvent.When.milestone)
        case (false, true, true):
            if let start, let end {
                if end < start, let endNode = map.value("end") {
                    context.report("the event ends (\(end)) before it starts (\(start))", at: endNode.mark, path: path.appending("end"))
                } else {
                    when = .span(start: start, end: end)
                }
            }
        case (false, true, false):
            map.missing("end")
        case (false, false, true):
            map.missing("start")
        case (false, false, false):
            context.report("an event needs a date, or a start and an end", at: node.mark, path: path)
        default:
            context.report("an event has either a date, or a start and an end, not both", at: node.mark, path: path)
        }
        guard let when, let label else { return nil }
        return TimelineEvent(when: when, label: label, detail: inline(map, "detail"), lane: map.text("lane"))
    }

    func chart(_ node: SourceNode, path: DataPath) -> Chart? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a chart ({categories, series})") else { return nil }
        map.rejectUnknownKeys(BriefingKeys.chart)
        let id = identifier(map)
        let kind = map.value("type").flatMap { choice($0, path: path.appending("type"), as: Chart.Kind.self) }
        let orientation = map.value("orientation").flatMap { choice($0, path: path.appending("orientation"), as: Chart.Orientation.self) }
        let stacked = map.value("stacked").flatMap { context.bool($0, path: path.appending("stacked")) } ?? false
        let format = map.value("format").flatMap { numberPattern($0, path: path.appending("format")) }
        let seriesLabels = map.value("labels").flatMap { choice($0, path: path.appending("labels"), as: Chart.SeriesLabels.self) } ?? .end
        let zero = map.value("zero").flatMap { context.bool($0, path: path.appending("zero")) } ?? true
        let endValues = map.value("end_values").flatMap { context.bool($0, path: path.appending("end_values")) } ?? false
        for key in ["labels", "zero", "annotations", "end_values"] where map.value(key) != nil && (kind ?? .bar) == .bar {
            context.report("\(key): applies to line and area charts", at: map.keyMark(key), path: path.appending(key))
        }
        if map.value("data") != nil {
            guard let read = dataChart(map, path: path) else { return nil }
            var chart = Chart(id: id, kind: kind ?? .bar, title: inline(map, "title"), caption: inline(map, "caption"), alt: map.text("alt"),
                              categories: read.categories, series: read.series, unit: map.text("unit"), orientation: orientation ?? .vertical,
                              stacked: stacked, format: format, categoryDates: read.dates)
            chart.seriesLabels = seriesLabels
            chart.zero = zero
            chart.endValues = endValues
            chart.annotations = annotations(map, path: path, categories: chart.categories, dates: chart.categoryDates)
            return chart
        }
        for key in ["x", "y", "delimiter"] where map.value(key) != nil {
            context.report("\(key): applies to a chart whose values come from data:", at: map.keyMark(key), path: path.appending(key))
        }
        guard let categoryNodes = requiredList(map, "categories", owner: "a chart", itemName: "category") else { return nil }
        if let node = map.value("categories") { state.record(node.mark, for: path.appending("categories")) }
        let categories = categoryNodes.enumerated().compactMap { context.text($1, path: path.appending("categories").appending($0)) }
        guard let seriesNodes = requiredList(map, "series", owner: "a chart", itemName: "series") else { return nil }
        let series = seriesNodes.enumerated().compactMap {
            self.series($1, path: path.appending("series").appending($0), categoryCount: categories.count)
        }
        guard series.count == seriesNodes.count else { return nil }
        var chart = Chart(id: id, kind: kind ?? .bar, title: inline(map, "title"), caption: inline(map, "caption"), alt: map.text("alt"),
                          categories: categories, series: series, unit: map.text("unit"), orientation: orientation ?? .vertical,
                          stacked: stacked, format: format, categoryDates: Self.dates(of: categories))
        chart.seriesLabels = seriesLabels
        chart.zero = zero
        chart.endValues = endValues
        chart.annotations = annotations(map, path: path, categories: chart.categories, dates: chart.categoryDates)
        return chart
    }

    /// A line or area chart's annotations: `{date, label}` on a calendar axis (`categories` that are all
    /// `dates`), `{x, label}` naming a category on either axis.
    func annotations(_ map: MappingReader, path: DataPath, categories: [String], dates: [BriefingDate]?) -> [ChartAnnotation] {
        guard let listNode = map.value("annotations"), let nodes = context.list(listNode, path: path.appending("annotations")) else { return [] }
        return nodes.enumerated().compactMap { index, node in
            let itemPath = path.appending("annotations").appending(index)
            guard let item = MappingReader(node, path: itemPath, context: context, expected: "an annotation ({date, label} or {x, label})") else {
                return nil
            }
            item.rejectUnknownKeys(BriefingKeys.annotation)
            let label = inline(item, "label", required: true)
            var position: ChartAnnotation.Position?
            switch (item.value("date"), item.value("x")) {
            case (let dateNode?, nil):
                guard let date = date(dateNode, path: itemPath.appending("date")) else { return nil }
                if dates == nil {
                    context.report("date: needs a chart whose categories are dates; name a category with x: instead",
                                   at: item.keyMark("date"), path: itemPath.appending("date"))
                    return nil
                }
                position = .date(date)
            case (nil, let xNode?):
                guard let name = context.text(xNode, path: itemPath.appending("x")) else { return nil }
                guard categories.contains(name) else {
                    var message = "'\(name)' is not one of the chart's categories"
                    if let suggestion = Suggestion.closest(to: name, among: categories) { message += "; did you mean '\(suggestion)'?" }
                    context.report(message, at: xNode.mark, path: itemPath.appending("x"))
                    return nil
                }
                position = .category(name)
            case (nil, nil):
                context.report("an annotation needs a date or an x (a category)", at: node.mark, path: itemPath)
            case (.some, .some):
                context.report("an annotation has either a date or an x, not both", at: node.mark, path: itemPath)
            }
            guard let position, let label else { return nil }
            return ChartAnnotation(position: position, label: label)
        }
    }

    func series(_ node: SourceNode, path: DataPath, categoryCount: Int) -> Chart.Series? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a series ({name, values})") else { return nil }
        map.rejectUnknownKeys(BriefingKeys.series)
        let name = map.text("name", required: true)
        guard let valuesNode = map.value("values") else {
            map.missing("values")
            return nil
        }
        guard let valueNodes = context.list(valuesNode, path: path.appending("values")) else { return nil }
        var values: [Double?] = []
        for (index, valueNode) in valueNodes.enumerated() {
            if valueNode.isNull {
                values.append(nil)
            } else if let value = context.number(valueNode, path: path.appending("values").appending(index)) {
                values.append(value)
            }
        }
        if valueNodes.count != categoryCount {
            context.report("this series has \(valueNodes.count) value\(valueNodes.count == 1 ? "" : "s") but the chart has "
                           + "\(categoryCount) categor\(categoryCount == 1 ? "y" : "ies")", at: valuesNode.mark, path: path.appending("values"))
        }
        guard let name, values.count == valueNodes.count else { return nil }
        return Chart.Series(name: name, values: values)
    }
}
