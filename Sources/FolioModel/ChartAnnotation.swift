/// A moment marked on a line or area chart: a vertical line at a date or a category, with a label.
public struct ChartAnnotation: Hashable, Sendable {
    /// Where along the x axis the annotation stands.
    public enum Position: Hashable, Sendable {
        /// A date on a calendar axis: the line stands at the start of the period the date names.
        case date(BriefingDate)
        /// One of the chart's categories, by name.
        case category(String)
    }

    public var position: Position
    public var label: InlineText

    public init(position: Position, label: InlineText) {
        self.position = position
        self.label = label
    }
}
