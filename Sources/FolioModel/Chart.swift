/// A bar chart comparing categories across one or more series.
public struct Chart: Hashable, Sendable {
    /// The kinds of chart: bars compare categories; lines and areas show trends along dates or categories.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case bar, line, area
    }

    /// How a line or area chart names its series.
    public enum SeriesLabels: String, Hashable, Sendable, CaseIterable {
        /// Each series named at the end of its line, in its colour.
        case end
        /// A legend above the chart.
        case legend
    }

    /// Which way bars run.
    public enum Orientation: String, Hashable, Sendable, CaseIterable {
        case vertical, horizontal
    }

    /// A named row of values, one for each category; nil where a value is missing.
    public struct Series: Hashable, Sendable {
        public var name: String
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    public var id: String?
    public var kind: Kind
    public var title: InlineText?
    public var caption: InlineText?
    public var alt: String?
    public var categories: [String]
    public var series: [Series]
    /// The unit of the values, shown on the value axis ("%", "EUR m").
    public var unit: String?
    public var orientation: Orientation
    public var stacked: Bool
    /// How value labels and axis ticks write numbers; nil for the chart's own choice.
    public var format: NumberPattern?
    /// The dates the categories stand for, when they came from a date field: written in the style's dates.
    public var categoryDates: [BriefingDate]?
    /// How a line or area chart names its series.
    public var seriesLabels: SeriesLabels = .end
    /// Whether a line chart's value axis includes zero (area and bar charts always do).
    public var zero: Bool = true
    /// Moments marked on a line or area chart.
    public var annotations: [ChartAnnotation] = []
    /// Whether a line chart's end labels give each series' last value after its name.
    public var endValues: Bool = false

    public init(id: String? = nil, kind: Kind = .bar, title: InlineText? = nil, caption: InlineText? = nil,
                alt: String? = nil, categories: [String], series: [Series], unit: String? = nil,
                orientation: Orientation = .vertical, stacked: Bool = false, format: NumberPattern? = nil,
                categoryDates: [BriefingDate]? = nil) {
        self.format = format
        self.categoryDates = categoryDates
        self.id = id
        self.kind = kind
        self.title = title
        self.caption = caption
        self.alt = alt
        self.categories = categories
        self.series = series
        self.unit = unit
        self.orientation = orientation
        self.stacked = stacked
    }
}
