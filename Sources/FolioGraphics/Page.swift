/// One laid-out page: its size and everything on it, in drawing order.
public struct Page: Hashable, Sendable, Codable {
    public var size: Size
    public var items: [DisplayItem]
    /// The page's label as readers show it ("iii", "A-1"); nil means its number.
    public var label: String?

    public init(size: Size, items: [DisplayItem] = [], label: String? = nil) {
        self.size = size
        self.items = items
        self.label = label
    }
}
