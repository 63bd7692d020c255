/// The look of a stretch of text: its font, colour, the link it belongs to if any, and its language when
/// it is not the document's.
public struct TextAttributes: Hashable, Sendable {
    public var font: FontSpec
    public var color: Color
    public var link: LinkTarget?
    /// The BCP 47 tag of the text's language, when it is not the document's: it is shaped, broken and
    /// hyphenated as that language.
    public var language: String?

    public init(font: FontSpec, color: Color = .black, link: LinkTarget? = nil, language: String? = nil) {
        self.font = font
        self.color = color
        self.link = link
        self.language = language
    }
}
