/// One positioned thing on a page, in page coordinates (points, origin top left).
public indirect enum DisplayItem: Hashable, Sendable, Codable {
    case fill(Path, Color)
    case stroke(Path, StrokeStyle)
    /// A measured line whose baseline starts at `origin`.
    case text(TextLine, origin: Point)
    case image(ImageSource, frame: Rect)
    /// A clickable area leading to `target`.
    case link(LinkTarget, area: Rect)
    /// A named place that internal links can lead to.
    case anchor(String, at: Point)
    /// The start or end of a structure element (a PDF tag) around the items between.
    case structure(StructureMark)
    case group(Group)

    /// This item moved by `dx` and `dy`.
    public func offsetBy(dx: Double, dy: Double) -> DisplayItem {
        switch self {
        case .fill(let path, let color): return .fill(path.offsetBy(dx: dx, dy: dy), color)
        case .stroke(let path, let style): return .stroke(path.offsetBy(dx: dx, dy: dy), style)
        case .text(let line, let origin): return .text(line, origin: origin.offsetBy(dx: dx, dy: dy))
        case .image(let image, let frame): return .image(image, frame: frame.offsetBy(dx: dx, dy: dy))
        case .link(let target, let area): return .link(target, area: area.offsetBy(dx: dx, dy: dy))
        case .anchor(let name, let point): return .anchor(name, at: point.offsetBy(dx: dx, dy: dy))
        case .structure: return self
        case .group(var group):
            if let transform = group.transform {
                group.transform = Transform(a: transform.a, b: transform.b, c: transform.c, d: transform.d,
                                            tx: transform.tx + dx, ty: transform.ty + dy)
            } else {
                group.items = group.items.map { $0.offsetBy(dx: dx, dy: dy) }
                group.clip = group.clip?.offsetBy(dx: dx, dy: dy)
            }
            return .group(group)
        }
    }
}
