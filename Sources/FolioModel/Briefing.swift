/// A briefing: the document a user writes, as plain values.
public struct Briefing: Hashable, Sendable {
    public var title: InlineText
    public var subtitle: InlineText?
    public var date: BriefingDate?
    public var authors: [String]
    /// A short lead that opens the briefing.
    public var summary: InlineText?
    public var sections: [Section]

    public init(title: InlineText, subtitle: InlineText? = nil, date: BriefingDate? = nil, authors: [String] = [],
                summary: InlineText? = nil, sections: [Section] = []) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.authors = authors
        self.summary = summary
        self.sections = sections
    }
}
