import FolioGraphics

/// A tinted box drawn behind a block, with padding and an optional accent bar on its left edge (its right
/// edge for right-to-left text).
public struct BoxDecoration: Hashable, Sendable {
    public var fill: Color
    public var padding: Double
    public var accent: Color?
    public var accentWidth: Double
    public var accentOnRight: Bool

    public init(fill: Color, padding: Double, accent: Color? = nil, accentWidth: Double = 3, accentOnRight: Bool = false) {
        self.accentOnRight = accentOnRight
        self.fill = fill
        self.padding = padding
        self.accent = accent
        self.accentWidth = accentWidth
    }

    /// The items that draw the box in `rect`.
    func items(in rect: Rect) -> [DisplayItem] {
        var items: [DisplayItem] = fill.alpha > 0 ? [.fill(.rect(rect), fill)] : []
        if let accent {
            let x = accentOnRight ? rect.maxX - accentWidth : rect.minX
            items.append(.fill(.rect(Rect(x: x, y: rect.minY, width: accentWidth, height: rect.height)), accent))
        }
        return items
    }
}
