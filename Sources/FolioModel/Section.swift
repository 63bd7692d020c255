/// A titled part of a briefing, holding blocks and, optionally, subsections.
public struct Section: Hashable, Sendable {
    public var title: InlineText
    /// A name for cross-references and bookmarks; unique in the briefing.
    public var id: String?
    public var blocks: [Block]
    public var sections: [Section]

    public init(title: InlineText, id: String? = nil, blocks: [Block] = [], sections: [Section] = []) {
        self.title = title
        self.id = id
        self.blocks = blocks
        self.sections = sections
    }
}
