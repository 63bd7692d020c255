/// One piece of a section's body. In a briefing file each block is a mapping with one key naming its kind.
///
/// The kinds with large values are kept boxed (`indirect`): a block is as large as its largest kind, and most
/// blocks are paragraphs, so a section's blocks would otherwise take 208 bytes each for a timeline's sake — a
/// megabyte of a long briefing's model, which lives until its sections are composed.
public enum Block: Hashable, Sendable {
    case paragraph(InlineText)
    case list(ListBlock)
    indirect case table(Table)
    indirect case timeline(Timeline)
    indirect case chart(Chart)
    indirect case callout(Callout)
    indirect case quote(Quote)
    indirect case image(ImageBlock)
    indirect case code(CodeBlock)
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
