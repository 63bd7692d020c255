/// Vertical metrics of a font at a size, in points.
public struct FontMetrics: Hashable, Sendable {
    /// Distance from the baseline up to the top of the font's line box.
    public var ascent: Double
    /// Distance from the baseline down to the bottom of the font's line box (positive).
    public var descent: Double

    public init(ascent: Double, descent: Double) {
        self.ascent = ascent
        self.descent = descent
    }

    /// The font's natural line height.
    public var height: Double { ascent + descent }
}
