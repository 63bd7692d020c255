import FolioGraphics
import FolioModel

/// The look of a report: page set-up, type, colours and spacing. Layout reads nothing else.
public struct Style: Hashable, Sendable {
    public var page: PageSetup
    public var fonts: Fonts
    public var colors: Colors
    public var spacing: Spacing
    public var paragraphAlignment: TextAlignment
    /// Whether words break at syllables, by the briefing's language.
    public var hyphenate: Bool
    public var document: DocumentOptions
    public var layout: LayoutOptions = LayoutOptions()
    public var table: TableOptions
    public var charts: ChartOptions
    /// Words of Folio's own the style replaces, over the language's (`labels:`).
    public var labels: [Labels.Key: String]
    /// Whether the numbers Folio writes (page numbers, dates, chart figures) take the language's own digits
    /// (Arabic-Indic in Arabic, …) rather than Latin ones (`text: {native_digits: true}`).
    public var nativeDigits: Bool
    /// How dates are written, everywhere (`text: {dates: medium}`).
    public var dates: DateStyle

    public init(page: PageSetup, fonts: Fonts, colors: Colors, spacing: Spacing,
                paragraphAlignment: TextAlignment = .left, hyphenate: Bool = false,
                document: DocumentOptions = DocumentOptions(), table: TableOptions = TableOptions(),
                charts: ChartOptions = ChartOptions(), labels: [Labels.Key: String] = [:], nativeDigits: Bool = false,
                dates: DateStyle = .long) {
        self.labels = labels
        self.nativeDigits = nativeDigits
        self.dates = dates
        self.charts = charts
        self.page = page
        self.fonts = fonts
        self.colors = colors
        self.spacing = spacing
        self.paragraphAlignment = paragraphAlignment
        self.hyphenate = hyphenate
        self.document = document
        self.table = table
    }

    /// How charts are drawn beyond their colours and font.
    public struct ChartOptions: Hashable, Sendable {
        /// Whether every chart is followed by its data as a table.
        public var dataTable: Bool
        /// Whether series are told apart by hatching as well as colour, for print in black and white.
        public var patterns: Bool

        public init(dataTable: Bool = false, patterns: Bool = false) {
            self.dataTable = dataTable
            self.patterns = patterns
        }
    }

    /// How tables look beyond their colours and font.
    public struct TableOptions: Hashable, Sendable {
        /// Where cell content sits when a row is taller than it.
        public enum VerticalAlignment: String, Hashable, Sendable { case top, middle }

        public var verticalAlignment: VerticalAlignment
        public var zebra: Bool
        public var cellPadding: Double
        /// The fewest body rows on each side of a page break inside a table; fewer, and the table moves whole.
        public var minimumRowsPerSplit: Int

        public init(verticalAlignment: VerticalAlignment = .top, zebra: Bool = true, cellPadding: Double = 4,
                    minimumRowsPerSplit: Int = 3) {
            self.minimumRowsPerSplit = minimumRowsPerSplit
            self.verticalAlignment = verticalAlignment
            self.zebra = zebra
            self.cellPadding = cellPadding
        }
    }

    /// How blocks are placed on pages beyond their spacing.
    public struct LayoutOptions: Hashable, Sendable {
        /// How far a float may travel from where it is written.
        public enum FloatBarrier: String, Hashable, Sendable, CaseIterable {
            /// To the top of the next page, whatever lies between.
            case none
            /// Not past the start of the next section: a section's floats are placed before the next begins.
            case section
        }

        public var floatBarrier: FloatBarrier
        /// Whether footnotes are numbered through the document or from 1 in each top-level section.
        public var footnotesPerSection: Bool

        public init(floatBarrier: FloatBarrier = .none, footnotesPerSection: Bool = false) {
            self.floatBarrier = floatBarrier
            self.footnotesPerSection = footnotesPerSection
        }
    }

    /// How the document is put together: title page or block, contents, heading numbers.
    public struct DocumentOptions: Hashable, Sendable {
        public var titlePage: Bool
        public var tableOfContents: Bool
        public var numberedHeadings: Bool

        public init(titlePage: Bool = false, tableOfContents: Bool = false, numberedHeadings: Bool = false) {
            self.titlePage = titlePage
            self.tableOfContents = tableOfContents
            self.numberedHeadings = numberedHeadings
        }
    }

    /// Page size and margins, in points.
    public struct PageSetup: Hashable, Sendable {
        public var size: Size
        public var marginTop: Double
        public var marginRight: Double
        public var marginBottom: Double
        public var marginLeft: Double

        public init(size: Size, marginTop: Double, marginRight: Double, marginBottom: Double, marginLeft: Double) {
            self.size = size
            self.marginTop = marginTop
            self.marginRight = marginRight
            self.marginBottom = marginBottom
            self.marginLeft = marginLeft
        }

        /// The area between the margins.
        public var textArea: Rect {
            Rect(x: marginLeft, y: marginTop, width: size.width - marginLeft - marginRight,
                 height: size.height - marginTop - marginBottom)
        }
    }

    /// The fonts of each kind of text.
    public struct Fonts: Hashable, Sendable {
        public var body: FontSpec
        public var title: FontSpec
        public var subtitle: FontSpec
        /// Headings of levels 1, 2 and 3.
        public var headings: [FontSpec]
        /// Date and authors under the title.
        public var meta: FontSpec
        /// Captions of figures, tables and charts, and chart titles.
        public var caption: FontSpec
        public var footer: FontSpec
        public var table: FontSpec
        public var chart: FontSpec
        public var codeFamily: String
        /// Footnotes at the foot of the page; the caption's font, a little smaller, unless a style says.
        public var footnote: FontSpec?

        /// The font footnotes are set in.
        public var footnoteFont: FontSpec { footnote ?? caption.with { $0.size *= 0.95 } }

        public init(body: FontSpec, title: FontSpec, subtitle: FontSpec, headings: [FontSpec], meta: FontSpec,
                    caption: FontSpec? = nil, footer: FontSpec, table: FontSpec, chart: FontSpec, codeFamily: String) {
            self.caption = caption ?? meta
            self.table = table
            self.chart = chart
            self.body = body
            self.title = title
            self.subtitle = subtitle
            self.headings = headings
            self.meta = meta
            self.footer = footer
            self.codeFamily = codeFamily
        }

        /// The heading font of `level` (1-based), reusing the last one for deeper levels.
        public func heading(level: Int) -> FontSpec {
            headings[min(max(level, 1), headings.count) - 1]
        }
    }

    /// The colours of text and decoration.
    public struct Colors: Hashable, Sendable {
        public var text: Color
        public var accent: Color
        public var muted: Color
        public var rule: Color
        public var link: Color
        public var summaryFill: Color
        public var calloutInfo: Color
        public var calloutWarning: Color
        public var calloutKey: Color
        public var banner: Color
        public var tableHeaderFill: Color
        public var tableZebraFill: Color
        public var tableRule: Color
        /// The colours of the tones good, warning, bad and muted.
        public var tones: [String: Color]
        public var chartAxis: Color
        public var chartGrid: Color
        /// Colours for lanes and series, used in turn.
        public var palette: [Color]

        public init(text: Color, accent: Color, muted: Color, rule: Color, link: Color, summaryFill: Color,
                    calloutInfo: Color, calloutWarning: Color, calloutKey: Color, banner: Color,
                    tableHeaderFill: Color, tableZebraFill: Color, tableRule: Color, tones: [String: Color],
                    chartAxis: Color, chartGrid: Color, palette: [Color]) {
            self.chartAxis = chartAxis
            self.chartGrid = chartGrid
            self.palette = palette
            self.tableHeaderFill = tableHeaderFill
            self.tableZebraFill = tableZebraFill
            self.tableRule = tableRule
            self.tones = tones
            self.text = text
            self.accent = accent
            self.muted = muted
            self.rule = rule
            self.link = link
            self.summaryFill = summaryFill
            self.calloutInfo = calloutInfo
            self.calloutWarning = calloutWarning
            self.calloutKey = calloutKey
            self.banner = banner
        }
    }

    /// Vertical rhythm and indents, in points, and line height as a multiple of the font size.
    public struct Spacing: Hashable, Sendable {
        public var lineHeight: Double
        public var paragraphGap: Double
        public var headingGapBefore: Double
        public var headingGapAfter: Double
        public var listIndent: Double
        public var listItemGap: Double
        public var footerGap: Double

        public init(lineHeight: Double, paragraphGap: Double, headingGapBefore: Double, headingGapAfter: Double,
                    listIndent: Double, listItemGap: Double, footerGap: Double) {
            self.lineHeight = lineHeight
            self.paragraphGap = paragraphGap
            self.headingGapBefore = headingGapBefore
            self.headingGapAfter = headingGapAfter
            self.listIndent = listIndent
            self.listItemGap = listItemGap
            self.footerGap = footerGap
        }
    }
}
