import FolioModel

/// Describes a timeline in words, for readers who cannot see it.
public enum TimelineAltText {
    /// "Timeline of 8 events from Jun 2023 to 2026: Joint military exercise (Jun 2023), …".
    public static func describe(_ timeline: Timeline, dates: (BriefingDate) -> String) -> String {
        let ordered = timeline.events.sorted { first, second in
            start(of: first) < start(of: second)
        }
        guard let first = ordered.first, let last = ordered.reversed().max(by: { $0.days.upperBound < $1.days.upperBound }) else { return "An empty timeline." }
        let count = ordered.count == 1 ? "1 event" : "\(ordered.count) events"
        let items = ordered.map { event -> String in
            let when = switch event.when {
            case .milestone(let date): dates(date)
            case .span(let start, let end): "\(dates(start)) to \(dates(end))"
            }
            return "\(event.label.plainText) (\(when))"
        }
        let title = timeline.title.map { "\($0.plainText): t" } ?? "T"
        let from = dates(start(of: first)), to = dates(end(of: last))
        return "\(title)imeline of \(count) " + (from == to ? "in \(from): " : "from \(from) to \(to): ")
            + items.joined(separator: ", ") + "."
    }

    private static func start(of event: TimelineEvent) -> BriefingDate {
        switch event.when {
        case .milestone(let date): date
        case .span(let start, _): start
        }
    }

    private static func end(of event: TimelineEvent) -> BriefingDate {
        switch event.when {
        case .milestone(let date): date
        case .span(_, let end): end
        }
    }
}
