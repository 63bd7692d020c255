/// One piece of a section's body. In a briefing file each block is a mapping with one key naming its kind.
public enum Block: Hashable, Sendable {
    case paragraph(InlineText)
    case list(ListBlock)
    case table(Table)
    case timeline(Timeline)
    case chart(Chart)
    case callout(Callout)
    case quote(Quote)
    case image(ImageBlock)
    /// Starts a new page.
    case pageBreak
}
