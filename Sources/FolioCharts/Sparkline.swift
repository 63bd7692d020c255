import FolioGraphics
import FolioModel
import Foundation

/// A word-sized line chart for a table cell: the values from left to right between their lowest and highest,
/// a gap where one is missing, and the last point marked, so that a row shows its trend at a glance.
public struct Sparkline: Hashable, Sendable {
    public var values: [Double?]
    public var color: Color

    public init(values: [Double?], color: Color) {
        self.values = values
        self.color = color
    }

    /// The radius of the mark on the last point; the line stays this far inside its frame.
    static let markRadius = 1.6

    /// The items that draw the sparkline inside `frame`.
    public func items(in frame: Rect) -> [DisplayItem] {
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return [] }
        let inner = frame.insetBy(dx: Self.markRadius, dy: Self.markRadius)
        func point(_ index: Int, _ value: Double) -> Point {
            let x = values.count > 1 ? inner.minX + Double(index) / Double(values.count - 1) * inner.width : inner.maxX
            // A flat series runs through the middle.
            let y = high > low ? inner.maxY - (value - low) / (high - low) * inner.height : inner.midY
            return Point(x: x, y: y)
        }
        var items: [DisplayItem] = []
        var elements: [Path.Element] = []
        func flush() {
            if elements.count > 1 { items.append(.stroke(Path(elements: elements), StrokeStyle(color: color, width: 0.9))) }
            elements = []
        }
        for (index, value) in values.enumerated() {
            guard let value else { flush(); continue }
            let next = point(index, value)
            elements.append(elements.isEmpty ? .move(to: next) : .line(to: next))
        }
        flush()
        if let last = values.lastIndex(where: { $0 != nil }), let value = values[last] {
            items.append(.fill(.circle(center: point(last, value), radius: Self.markRadius), color))
        }
        return items
    }

    /// The sparkline in words, for readers who cannot see it: "3 → 13, lowest 3, highest 13", numbers written
    /// by `number`, words in the document's language.
    public static func describe(_ values: [Double?], number: (Double) -> String, labels: Labels) -> String {
        let known = values.compactMap { $0 }
        guard let first = known.first, let last = known.last, let low = known.min(), let high = known.max() else { return "" }
        return "\(number(first)) → \(number(last)), \(labels[.lowest].lowercased(with: nil)) \(number(low)), "
            + "\(labels[.highest].lowercased(with: nil)) \(number(high))"
    }
}
