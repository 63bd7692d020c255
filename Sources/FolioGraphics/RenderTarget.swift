/// Something that draws laid-out pages: a PDF, PNG or SVG writer, or a recorder for tests.
///
/// The required core is six calls. Everything else — groups, structure tags, links, anchors, outline
/// entries, finishing — has a default that does nothing, so a new target draws correct pages before it
/// supports the rest. Every call carries its own style: there is no graphics state to save and restore.
/// Targets are driven by `PageRenderer`, which guarantees that structure and group calls are balanced.
public protocol RenderTarget {
    /// Starts page `index` (zero-based) of `size` points.
    mutating func beginPage(size: Size, index: Int, label: String?) throws
    mutating func fill(_ path: Path, color: Color)
    mutating func stroke(_ path: Path, style: StrokeStyle)
    /// Draws a measured line with its baseline origin at `origin`.
    mutating func drawText(_ line: TextLine, at origin: Point)
    /// Draws `image` scaled to fill `frame`.
    mutating func drawImage(_ image: ImageSource, in frame: Rect)
    /// Ends the current page; a target that writes as it goes reports write errors here.
    mutating func endPage() throws

    /// Starts a group: the group's transform and clip apply until the matching `endGroup`.
    mutating func beginGroup(_ group: Group)
    mutating func endGroup()
    /// Opens a structure element (a PDF tag) around what follows.
    mutating func beginStructure(_ role: StructureRole)
    mutating func endStructure(_ role: StructureRole)
    /// Makes `area` a link to `target`.
    mutating func addLink(to target: LinkTarget, area: Rect)
    /// Names a place on the current page that internal links can lead to.
    mutating func addAnchor(_ name: String, at point: Point)
    /// Adds a bookmark to the document outline; called after every page has ended.
    mutating func addOutlineEntry(_ entry: OutlineEntry)
    /// Completes the document once every page has been drawn.
    mutating func finish() throws
}

extension RenderTarget {
    public mutating func beginGroup(_ group: Group) {}
    public mutating func endGroup() {}
    public mutating func beginStructure(_ role: StructureRole) {}
    public mutating func endStructure(_ role: StructureRole) {}
    public mutating func addLink(to target: LinkTarget, area: Rect) {}
    public mutating func addAnchor(_ name: String, at point: Point) {}
    public mutating func addOutlineEntry(_ entry: OutlineEntry) {}
    public mutating func finish() throws {}
}
