import FolioModel

/// Describes a timeline in words, in the document's language, for readers who cannot see it.
public enum TimelineAltText {
    /// "Timeline: Title. Jun 2023 – 2026. Events (8): Joint military exercise (Jun 2023); …".
    ///
    /// Counts stand in parentheses after a noun that names them all ("Events (8)"), so the words never
    /// have to agree with a number: the same sentence works in every language.
    public static func describe(_ timeline: Timeline, dates: (BriefingDate) -> String, labels: Labels) -> String {
        let ordered = timeline.events.sorted { first, second in
            start(of: first) < start(of: second)
        }
        var text = labels[.timeline] + (timeline.title.map { ": \($0.plainText)" } ?? "") + "."
        guard let first = ordered.first, let last = ordered.reversed().max(by: { $0.days.upperBound < $1.days.upperBound }) else {
            return text + " \(labels[.events]) (0)."
        }
        let from = dates(start(of: first)), to = dates(end(of: last))
        text += from == to ? " \(from)." : " \(from) – \(to)."
        let items = ordered.map { event -> String in
            let when = switch event.when {
            case .milestone(let date): dates(date)
            case .span(let start, let end): "\(dates(start)) – \(dates(end))"
            }
            return "\(event.label.plainText) (\(when))"
        }
        return text + " \(labels[.events]) (\(ordered.count)): " + items.joined(separator: "; ") + "."
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
