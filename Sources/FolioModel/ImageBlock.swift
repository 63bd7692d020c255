/// A picture from a file next to the briefing, with a caption and alt text.
public struct ImageBlock: Hashable, Sendable {
    /// How wide an image is drawn.
    public enum Width: Hashable, Sendable {
        /// As wide as the column allows at the image's own size, never wider.
        case auto
        case percent(Double)
        case points(Double)
    }

    /// The path as written, relative to the briefing file.
    public var path: String
    public var caption: InlineText?
    public var alt: String?
    public var width: Width

    public init(path: String, caption: InlineText? = nil, alt: String? = nil, width: Width = .auto) {
        self.path = path
        self.caption = caption
        self.alt = alt
        self.width = width
    }
}
