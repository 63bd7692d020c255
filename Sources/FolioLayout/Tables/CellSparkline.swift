import FolioCharts
import FolioGraphics

/// A sparkline placed in a table cell: where it stands across the cell's content box, how wide and tall it is
/// (its bottom on the baseline of the cell's first line), and what it says in words for the tagged PDF.
public struct CellSparkline: Sendable {
    public var sparkline: Sparkline
    public var alt: String
    /// Offset from the left of the cell's content box.
    public var offset: Double
    public var width: Double
    public var height: Double

    public init(sparkline: Sparkline, alt: String, offset: Double, width: Double, height: Double) {
        self.sparkline = sparkline
        self.alt = alt
        self.offset = offset
        self.width = width
        self.height = height
    }
}
