/// The look of a stretch of text: its font, colour, and the link it belongs to if any.
public struct TextAttributes: Hashable, Sendable {
    public var font: FontSpec
    public var color: Color
    public var link: LinkTarget?

    public init(font: FontSpec, color: Color = .black, link: LinkTarget? = nil) {
        self.font = font
        self.color = color
        self.link = link
    }
}
