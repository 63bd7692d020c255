/// What kind of non-content an artifact is: readers and checkers treat page furniture apart from layout.
public enum ArtifactKind: String, Hashable, Sendable, Codable {
    /// The running header, or a banner at the top of the page.
    case header
    /// The footer with its page number, or a banner at the foot of the page.
    case footer
    /// Content drawn again because a page broke: a table's repeated header rows, its "(continued)" caption.
    case pagination
    /// Drawing that only lays out or decorates: rules, fills, boxes, leaders.
    case layout
}
