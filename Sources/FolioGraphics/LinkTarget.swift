/// Where a link leads: a web address, or a named place inside the same document.
public enum LinkTarget: Hashable, Sendable, Codable {
    case external(String)
    case `internal`(String)
}
