/// A laid-out document: its pages, outline and metadata. Every output format draws this same value.
public struct PagedDocument: Hashable, Sendable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata

    public init(pages: [Page], outline: [OutlineEntry] = [], metadata: DocumentMetadata) {
        self.pages = pages
        self.outline = outline
        self.metadata = metadata
    }
}
