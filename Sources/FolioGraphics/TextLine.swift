/// One measured line of text, ready to draw: glyph runs placed relative to the line's baseline origin.
public struct TextLine: Hashable, Sendable, Codable {
    /// Runs in visual order; their `x` already includes the line's alignment within its column.
    public var runs: [GlyphRun]
    /// Horizontal extent of the line's content from the column's left edge.
    public var minX: Double
    public var width: Double
    /// Height above and depth below the baseline of the tallest run on the line.
    public var ascent: Double
    public var descent: Double
    /// Whether the line starts a paragraph of the text it was broken from (the text's first line, or the
    /// first after a line feed), so that layout can give each paragraph its own structure element.
    public var startsParagraph: Bool

    public init(runs: [GlyphRun], minX: Double = 0, width: Double, ascent: Double, descent: Double,
                startsParagraph: Bool = false) {
        self.runs = runs
        self.minX = minX
        self.width = width
        self.ascent = ascent
        self.descent = descent
        self.startsParagraph = startsParagraph
    }

    /// The characters of the line, in the order of its runs.
    public var text: String { runs.map(\.text).joined() }

    /// The line's box when its baseline origin is at `origin`.
    public func bounds(at origin: Point) -> Rect {
        Rect(x: origin.x + minX, y: origin.y - ascent, width: width, height: ascent + descent)
    }
}
