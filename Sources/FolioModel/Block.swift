/// One piece of a section's body.
public enum Block: Hashable, Sendable {
    case paragraph(InlineText)
    case list(ListBlock)
}
