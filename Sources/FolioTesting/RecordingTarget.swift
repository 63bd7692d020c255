import FolioGraphics

/// A render target that records every call, so tests can check what would have been drawn.
public struct RecordingTarget: RenderTarget {
    /// One recorded call.
    public enum Command: Hashable, Sendable {
        case beginPage(size: Size, index: Int)
        case fill(Path, Color)
        case stroke(Path, StrokeStyle)
        case text(String, bounds: Rect)
        case image(frame: Rect)
        case endPage
        case beginGroup
        case endGroup
        case beginStructure(StructureRole)
        case endStructure(StructureRole)
        case link(LinkTarget, area: Rect)
        case anchor(String, at: Point)
        case outline(OutlineEntry)
        case finish
    }

    public private(set) var commands: [Command] = []

    public init() {}

    /// The recorded calls grouped by page (between `beginPage` and `endPage`).
    public var pages: [[Command]] {
        var pages: [[Command]] = []
        for command in commands {
            if case .beginPage = command { pages.append([]) } else if case .endPage = command { continue } else if !pages.isEmpty {
                pages[pages.count - 1].append(command)
            }
        }
        return pages
    }

    /// The text drawn on each page, one line a string, in drawing order.
    public var pageTexts: [[String]] {
        pages.map { $0.compactMap { if case .text(let text, _) = $0 { text } else { nil } } }
    }

    public mutating func beginPage(size: Size, index: Int, label: String?) throws {
        commands.append(.beginPage(size: size, index: index))
    }
    public mutating func fill(_ path: Path, color: Color) { commands.append(.fill(path, color)) }
    public mutating func stroke(_ path: Path, style: StrokeStyle) { commands.append(.stroke(path, style)) }
    public mutating func drawText(_ line: TextLine, at origin: Point) {
        commands.append(.text(line.text, bounds: line.bounds(at: origin)))
    }
    public mutating func drawImage(_ image: ImageSource, in frame: Rect) { commands.append(.image(frame: frame)) }
    public mutating func endPage() throws { commands.append(.endPage) }
    public mutating func beginGroup(_ group: Group) { commands.append(.beginGroup) }
    public mutating func endGroup() { commands.append(.endGroup) }
    public mutating func beginStructure(_ role: StructureRole) { commands.append(.beginStructure(role)) }
    public mutating func endStructure(_ role: StructureRole) { commands.append(.endStructure(role)) }
    public mutating func addLink(to target: LinkTarget, area: Rect) { commands.append(.link(target, area: area)) }
    public mutating func addAnchor(_ name: String, at point: Point) { commands.append(.anchor(name, at: point)) }
    public mutating func addOutlineEntry(_ entry: OutlineEntry) { commands.append(.outline(entry)) }
    public mutating func finish() throws { commands.append(.finish) }
}
