/// How lines of a paragraph sit within their column.
public enum TextAlignment: Hashable, Sendable {
    case left, center, right
    /// Every line but the last stretched to both edges.
    case justified
}
