import FolioGraphics

/// A footnote measured for the foot of the page: its number (linking back to its reference) and its lines,
/// set beside the number with a hanging indent.
public struct FootnoteBody: Sendable {
    /// Where the reference's link leads (the note), and where the number's link leads back (the reference).
    public var anchor: String
    public var referenceAnchor: String
    public var label: TextLine
    public var lines: [TextLine]
    public var metrics: LineMetrics
    /// Offset of the lines from the column's left edge.
    public var indent: Double

    /// The height of `count` of its lines.
    func height(lines count: Int) -> Double { Double(count) * metrics.pitch }
}
