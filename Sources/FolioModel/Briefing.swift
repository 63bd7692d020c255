import FolioCore

/// A briefing: the document a user writes, as plain values.
public struct Briefing: Hashable, Sendable {
    public var title: InlineText
    public var subtitle: InlineText?
    public var date: BriefingDate?
    public var authors: [String]
    public var organization: String?
    /// A marking such as "UNCLASSIFIED", printed as a banner at the top and bottom of every page.
    public var classification: String?
    /// The language of the text as a BCP 47 tag ("en", "sq", "sr-Cyrl").
    public var language: String
    /// A built-in style name, or a path to a style file relative to the briefing.
    public var style: String?
    /// A short lead that opens the briefing.
    public var summary: InlineText?
    public var keywords: [String]
    /// Words of Folio's own that the briefing replaces ("Contents", "Page {page} of {pages}"), over the
    /// style's and the language's.
    public var labels: [Labels.Key: String]
    public var sections: [Section]
    /// Where each part was written, when the briefing was read from a file: what turns the paths of the
    /// layout's warnings into `file:line:col`. Not part of the briefing's identity (see `SourceMap`).
    public var sourceMap = SourceMap()

    public init(title: InlineText, subtitle: InlineText? = nil, date: BriefingDate? = nil, authors: [String] = [],
                organization: String? = nil, classification: String? = nil, language: String = "en",
                style: String? = nil, summary: InlineText? = nil, keywords: [String] = [], labels: [Labels.Key: String] = [:],
                sections: [Section] = []) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.authors = authors
        self.organization = organization
        self.classification = classification
        self.language = language
        self.style = style
        self.summary = summary
        self.keywords = keywords
        self.labels = labels
        self.sections = sections
    }
}
