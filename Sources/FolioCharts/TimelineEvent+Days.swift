import FolioModel

extension TimelineEvent {
    /// The days the event covers: a milestone's whole period (all of 2024 for "2024"), or from the start of
    /// a span's first period to the end of its last.
    public var days: Range<Int> {
        switch when {
        case .milestone(let date): CalendarDay.span(of: date)
        case .span(let start, let end): CalendarDay.span(of: start).lowerBound..<CalendarDay.span(of: end).upperBound
        }
    }
}
