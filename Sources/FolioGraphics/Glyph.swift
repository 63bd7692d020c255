/// One shaped glyph: the font's glyph index and its position relative to the run's origin.
///
/// Single precision keeps a 1,000-page display list small; it resolves positions to well under 0.001 pt.
public struct Glyph: Hashable, Sendable, Codable {
    /// The glyph's index in its font.
    public var id: UInt32
    /// Horizontal position of the glyph origin from the run's origin, in points.
    public var x: Float
    /// Vertical offset from the baseline (positive is down), in points.
    public var y: Float
    /// Byte offset, in the run's UTF-8 text, of the cluster this glyph belongs to.
    public var cluster: UInt32

    /// The id of a glyph that draws nothing but stands for characters (a space at a line break, a character
    /// no font has), so the text it came from is still mapped and can be copied.
    public static let invisible: UInt32 = .max

    /// Whether the glyph is drawn.
    public var isVisible: Bool { id != Self.invisible }

    public init(id: UInt32, x: Float, y: Float = 0, cluster: UInt32) {
        self.id = id
        self.x = x
        self.y = y
        self.cluster = cluster
    }
}
