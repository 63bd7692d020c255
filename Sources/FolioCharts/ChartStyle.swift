import FolioCore
import FolioGraphics
import FolioModel
import FolioStyle

/// What a chart takes from the document's style: its fonts and colours, and the language of its labels.
public struct ChartStyle: Sendable {
    public var font: FontSpec
    public var text: Color
    public var muted: Color
    public var axis: Color
    public var grid: Color
    public var accent: Color
    public var palette: [Color]
    public var background: Color
    /// Dates in the language, by ICU's patterns.
    public var dates: LocalizedDates
    /// Numbers with the language's separators.
    public var numbers: LocalizedNumbers
    /// The words charts write ("As of {date}", a timeline data table's headers), in the language.
    public var labels: Labels
    /// Whether series are hatched as well as coloured.
    public var patterns: Bool

    /// The chart style of `style` in `language`; `labels` are the document's words (the language's, with
    /// the style's in their place, when nil).
    public init(style: Style, language: String, labels: Labels? = nil) {
        font = style.fonts.chart
        text = style.colors.text
        muted = style.colors.muted
        axis = style.colors.chartAxis
        grid = style.colors.chartGrid
        accent = style.colors.accent
        palette = style.colors.palette.isEmpty ? [style.colors.accent] : style.colors.palette
        background = .white
        dates = LocalizedDates(language: language, nativeDigits: style.nativeDigits, style: style.dates)
        numbers = LocalizedNumbers(language: language, nativeDigits: style.nativeDigits)
        self.labels = labels ?? Labels(language: language).overriding(with: style.labels)
        patterns = style.charts.patterns
    }

    /// The colour of lane or series `index`, the palette used in turn.
    public func color(_ index: Int) -> Color { palette[index % palette.count] }

    /// A date as a chart says it, by its precision and in its language: "2024", "Q3 2025", "Jun 2023" or
    /// "14 Jun 2023".
    public func text(of date: BriefingDate) -> String { dates.text(date) }
}

/// A chart drawn in its own coordinates (origin top left), with what readers and users need to know of it.
public struct ChartDrawing: Sendable {
    public var size: Size
    public var items: [DisplayItem]
    /// What could not be drawn as asked (a label left out, a label cut short): warnings whose paths start at
    /// the chart (`events[4]`, `categories`), for the caller to place under the chart's own path.
    public var diagnostics: [Diagnostic]
    /// What the chart shows, in words, for readers who cannot see it.
    public var alt: String

    public init(size: Size, items: [DisplayItem], diagnostics: [Diagnostic] = [], alt: String) {
        self.size = size
        self.items = items
        self.diagnostics = diagnostics
        self.alt = alt
    }
}

extension Diagnostic {
    /// A warning from a chart about the value at `path`, relative to the chart.
    static func chartWarning(_ code: FolioError.Code, _ message: String, at path: [DataPath.Component] = []) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, path: DataPath(path))
    }
}
