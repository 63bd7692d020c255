import FolioCore

/// A laid-out document: its pages, outline, metadata and the faces of its fonts. Every output format draws
/// this same value, and needs nothing else: not the measurer that made it.
public struct PagedDocument: Hashable, Sendable, Codable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// The face behind every `FontID` the pages use.
    public var fonts: FontTable
    /// What laying the document out could not do as asked — a label left out or cut short, a row run past the
    /// foot of a page — each with a code and the path (and, for a briefing read from a file, the place) of
    /// what it concerns.
    public var diagnostics: [Diagnostic]
    /// How each page ended: how much of its body was left empty, and why (the front matter's pages included).
    public var pageEnds: [PageEnd] = []

    public init(pages: [Page], outline: [OutlineEntry] = [], metadata: DocumentMetadata, fonts: FontTable = FontTable(),
                diagnostics: [Diagnostic] = []) {
        self.pages = pages
        self.outline = outline
        self.metadata = metadata
        self.fonts = fonts
        self.diagnostics = diagnostics
    }
}
