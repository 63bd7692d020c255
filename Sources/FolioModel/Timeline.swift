/// A timeline: dated events, each a milestone or a span, on a calendar axis.
public struct Timeline: Hashable, Sendable {
    public var id: String?
    public var title: InlineText?
    public var caption: InlineText?
    /// Alt text for readers who cannot see the chart; generated from the data when absent.
    public var alt: String?
    /// The dates the axis runs between; from the events when absent.
    public var range: ClosedRange<BriefingDate>?
    /// A "today" or "as of" marker.
    public var today: BriefingDate?
    public var events: [TimelineEvent]

    public init(id: String? = nil, title: InlineText? = nil, caption: InlineText? = nil, alt: String? = nil,
                range: ClosedRange<BriefingDate>? = nil, today: BriefingDate? = nil, events: [TimelineEvent]) {
        self.id = id
        self.title = title
        self.caption = caption
        self.alt = alt
        self.range = range
        self.today = today
        self.events = events
    }
}

/// An event on a timeline: a milestone on one date or a span between two.
public struct TimelineEvent: Hashable, Sendable {
    /// When an event happens.
    public enum When: Hashable, Sendable {
        case milestone(BriefingDate)
        case span(start: BriefingDate, end: BriefingDate)
    }

    public var when: When
    public var label: InlineText
    public var detail: InlineText?
    /// The lane (row) the event is drawn in; events without one share the first lane.
    public var lane: String?

    public init(when: When, label: InlineText, detail: InlineText? = nil, lane: String? = nil) {
        self.when = when
        self.label = label
        self.detail = detail
        self.lane = lane
    }
}
