import Foundation

/// The words Folio writes itself — "Contents", "Figure 3", "Page 2 of 9", "As of 6 October 2025" — in a
/// briefing's language, each of which a style or the briefing can replace (`labels:`).
///
/// A label with a place for a value names it in braces: `{number}`, `{page}`, `{pages}`, `{date}`.
public struct Labels: Hashable, Sendable {
    /// A word or phrase Folio writes, by the name a `labels:` mapping gives it.
    public enum Key: String, CaseIterable, Hashable, Sendable {
        case contents
        /// A figure's caption label: "Figure {number}".
        case figure
        /// A table's caption label: "Table {number}".
        case table
        case source
        /// After a table's caption on the pages it continues on.
        case continued
        /// The footer's page number: "Page {page} of {pages}".
        case page
        /// A front-matter page's number, which has no total: "Page {page}".
        case pageAlone = "page_alone"
        /// A timeline's "today" marker: "As of {date}".
        case asOf = "as_of"
        /// The column headers of a timeline's data table.
        case date, event, lane, detail
        /// The words of a chart's description for readers who cannot see it (its alt text), which names
        /// counts in parentheses, "Events (8)", so that no word has to agree with a number.
        case timeline, events
        case barChart = "bar_chart"
        case stackedBarChart = "stacked_bar_chart"
        case categories, series, unit, highest, lowest
        case lineChart = "line_chart"
        case areaChart = "area_chart"

        /// The placeholders the label may hold.
        public var placeholders: [String] {
            switch self {
            case .figure, .table: ["number"]
            case .page: ["page", "pages"]
            case .pageAlone: ["page"]
            case .asOf: ["date"]
            default: []
            }
        }
    }

    private var words: [Key: String]

    /// The built-in words of `language` (a BCP 47 tag), English where Folio has none for it.
    public init(language: String) {
        words = BuiltinLabels.words(for: language)
    }

    /// These labels with `overrides` in place of their own.
    public func overriding(with overrides: [Key: String]) -> Labels {
        var labels = self
        labels.words.merge(overrides) { $1 }
        return labels
    }

    public subscript(key: Key) -> String { words[key] ?? BuiltinLabels.english[key] ?? key.rawValue }

    /// `key`'s label with each `{name}` replaced by its value.
    public func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        var text = self[key]
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    public var contents: String { self[.contents] }
    public var source: String { self[.source] }
    public var continued: String { self[.continued] }

    public func figure(_ number: String) -> String { text(.figure, ["number": number]) }
    public func table(_ number: String) -> String { text(.table, ["number": number]) }
    public func page(_ page: String, of pages: String) -> String { text(.page, ["page": page, "pages": pages]) }
    public func page(_ page: String) -> String { text(.pageAlone, ["page": page]) }
    public func asOf(_ date: String) -> String { text(.asOf, ["date": date]) }
}
