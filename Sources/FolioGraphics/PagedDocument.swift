/// A laid-out document: its pages, outline and metadata. Every output format draws this same value.
public struct PagedDocument: Hashable, Sendable {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// What laying the document out could not do as asked (a chart label left out), for the user.
    public var warnings: [String]

    public init(pages: [Page], outline: [OutlineEntry] = [], metadata: DocumentMetadata, warnings: [String] = []) {
        self.pages = pages
        self.outline = outline
        self.metadata = metadata
        self.warnings = warnings
    }
}
