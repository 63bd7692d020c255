/// A titled part of a briefing, holding blocks and, optionally, subsections.
public struct Section: Hashable, Sendable {
    public var title: InlineText
    /// A name for cross-references and bookmarks; unique in the briefing.
    public var id: String?
    public var blocks: [Block]
    public var sections: [Section]
    /// The language of the section's text and its subsections' (a BCP 47 tag), when not the briefing's.
    public var language: String?
    /// The blocks written in another language than the section: their language, by their position in `blocks`.
    public var blockLanguages: [Int: String]
    /// The blocks whose floating was said (`float:` beside their kind), by their position in `blocks`.
    public var blockFloats: [Int: FloatPlacement] = [:]

    public init(title: InlineText, id: String? = nil, blocks: [Block] = [], sections: [Section] = [], language: String? = nil,
                blockLanguages: [Int: String] = [:]) {
        self.title = title
        self.id = id
        self.blocks = blocks
        self.sections = sections
        self.language = language
        self.blockLanguages = blockLanguages
    }
}
