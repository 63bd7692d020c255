import FolioGraphics

/// The vertical grid of a paragraph: every line box is `pitch` tall with its baseline `baseline` below the box top.
///
/// A fixed pitch from the paragraph's own font, rather than each line's extents, keeps lines evenly spaced
/// even where a fallback font or an emoji is taller.
public struct LineMetrics: Hashable, Sendable {
    public var pitch: Double
    public var baseline: Double

    public init(pitch: Double, baseline: Double) {
        self.pitch = pitch
        self.baseline = baseline
    }

    /// Metrics for `font` with line height `lineHeight` × its size, the extra leading split above and below.
    public init(font: FontSpec, lineHeight: Double, measurer: some TextMeasuring) {
        let metrics = measurer.metrics(of: font)
        let pitch = max(font.size * lineHeight, metrics.height)
        self.init(pitch: pitch, baseline: (pitch - metrics.height) / 2 + metrics.ascent)
    }
}
