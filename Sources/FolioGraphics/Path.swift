/// A vector outline made of straight lines and cubic Bézier curves, in points.
public struct Path: Hashable, Sendable, Codable {
    /// One step of a path.
    public enum Element: Hashable, Sendable, Codable {
        case move(to: Point)
        case line(to: Point)
        case curve(to: Point, control1: Point, control2: Point)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    public init(elements: [Element]) {
        self.elements = elements
    }

    public mutating func move(to point: Point) { elements.append(.move(to: point)) }
    public mutating func line(to point: Point) { elements.append(.line(to: point)) }
    public mutating func curve(to point: Point, control1: Point, control2: Point) {
        elements.append(.curve(to: point, control1: control1, control2: control2))
    }
    public mutating func close() { elements.append(.close) }

    /// A closed rectangle.
    public static func rect(_ rect: Rect) -> Path {
        Path(elements: [
            .move(to: rect.origin),
            .line(to: Point(x: rect.maxX, y: rect.minY)),
            .line(to: Point(x: rect.maxX, y: rect.maxY)),
            .line(to: Point(x: rect.minX, y: rect.maxY)),
            .close,
        ])
    }

    /// A straight segment from `start` to `end`.
    public static func line(from start: Point, to end: Point) -> Path {
        Path(elements: [.move(to: start), .line(to: end)])
    }

    /// A circle approximated by four cubic curves (the usual 0.5523 control distance).
    public static func circle(center: Point, radius r: Double) -> Path {
        let k = 0.552_284_749_831 * r
        let (cx, cy) = (center.x, center.y)
        return Path(elements: [
            .move(to: Point(x: cx + r, y: cy)),
            .curve(to: Point(x: cx, y: cy + r), control1: Point(x: cx + r, y: cy + k), control2: Point(x: cx + k, y: cy + r)),
            .curve(to: Point(x: cx - r, y: cy), control1: Point(x: cx - k, y: cy + r), control2: Point(x: cx - r, y: cy + k)),
            .curve(to: Point(x: cx, y: cy - r), control1: Point(x: cx - r, y: cy - k), control2: Point(x: cx - k, y: cy - r)),
            .curve(to: Point(x: cx + r, y: cy), control1: Point(x: cx + k, y: cy - r), control2: Point(x: cx + r, y: cy - k)),
            .close,
        ])
    }

    /// This path moved by `dx` and `dy`.
    public func offsetBy(dx: Double, dy: Double) -> Path {
        if dx == 0 && dy == 0 { return self }
        return Path(elements: elements.map { element in
            switch element {
            case .move(let p): .move(to: p.offsetBy(dx: dx, dy: dy))
            case .line(let p): .line(to: p.offsetBy(dx: dx, dy: dy))
            case .curve(let p, let c1, let c2):
                .curve(to: p.offsetBy(dx: dx, dy: dy), control1: c1.offsetBy(dx: dx, dy: dy), control2: c2.offsetBy(dx: dx, dy: dy))
            case .close: .close
            }
        })
    }

    /// The smallest rectangle holding every point and control point of the path.
    public var controlBounds: Rect? {
        var points: [Point] = []
        for element in elements {
            switch element {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let p, let c1, let c2): points += [p, c1, c2]
            case .close: break
            }
        }
        guard let first = points.first else { return nil }
        var (minX, minY, maxX, maxY) = (first.x, first.y, first.x, first.y)
        for p in points.dropFirst() {
            minX = Swift.min(minX, p.x); maxX = Swift.max(maxX, p.x)
            minY = Swift.min(minY, p.y); maxY = Swift.max(maxY, p.y)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
