/// A shaped stretch of a line in one font and colour: glyphs plus the text they stand for.
///
/// The text and the per-glyph clusters let PDF readers copy, search and read the text aloud.
public struct GlyphRun: Hashable, Sendable, Codable {
    public var font: FontID
    public var color: Color
    /// Horizontal position of the run's origin from the line's origin, in points.
    public var x: Double
    /// Advance width of the whole run, in points.
    public var width: Double
    /// Glyphs in visual (left-to-right) order.
    public var glyphs: [Glyph]
    /// The characters the glyphs were shaped from, in logical order.
    public var text: String
    /// Whether the run is right-to-left, so that clusters map backwards from glyphs to text.
    public var isRightToLeft: Bool
    /// The link this run belongs to, if any.
    public var link: LinkTarget?
    /// Where the run's text starts in its paragraph, in UTF-8 bytes. A line's runs stand in visual order;
    /// drawn in the order of this offset they are in reading order, which is what PDF readers that follow
    /// the content (screen readers among them) read a line mixing directions in.
    public var logicalOffset: Int

    public init(font: FontID, color: Color, x: Double, width: Double, glyphs: [Glyph], text: String,
                isRightToLeft: Bool = false, link: LinkTarget? = nil, logicalOffset: Int = 0) {
        self.font = font
        self.color = color
        self.x = x
        self.width = width
        self.glyphs = glyphs
        self.text = text
        self.isRightToLeft = isRightToLeft
        self.link = link
        self.logicalOffset = logicalOffset
    }
}
