/// Facts about a document that go into its file rather than onto its pages.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    public var title: String
    public var authors: [String]
    public var subject: String?
    public var keywords: [String]
    public var creator: String
    /// The creation date as ISO 8601 (`2024-06-01` or `2024-06-01T12:00:00Z`); nil writes no date.
    public var creationDate: String?
    /// The document's language as a BCP 47 tag.
    public var language: String

    public init(title: String, authors: [String] = [], subject: String? = nil, keywords: [String] = [],
                creator: String, creationDate: String? = nil, language: String = "en") {
        self.title = title
        self.authors = authors
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}
