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
    case code(CodeBlock)
    /// Starts a new page.
    case pageBreak
    /// Floats waiting for a page are placed before anything after this.
    case floatBarrier
}

extension Block {
    /// The key that names the block's kind in a briefing file ("paragraph", "table", "page_break").
    public var kind: String {
        switch self {
        case .paragraph: "paragraph"
        case .list: "list"
        case .table: "table"
        case .timeline: "timeline"
        case .chart: "chart"
        case .callout: "callout"
        case .quote: "quote"
        case .image: "image"
        case .code: "code"
        case .pageBreak: "page_break"
        case .floatBarrier: "float_barrier"
        }
    }
}
