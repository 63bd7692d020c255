/// A bookmark in the document outline, leading to a place on a page.
public struct OutlineEntry: Hashable, Sendable, Codable {
    public var title: String
    /// Nesting depth, 1 for top-level entries.
    public var level: Int
    /// Zero-based index of the page it leads to.
    public var pageIndex: Int
    /// Vertical position on that page, in points from the top.
    public var y: Double

    public init(title: String, level: Int, pageIndex: Int, y: Double) {
        self.title = title
        self.level = level
        self.pageIndex = pageIndex
        self.y = y
    }
}
