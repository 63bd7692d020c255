/// Items drawn together, transformed or clipped (or both).
public struct Group: Hashable, Sendable, Codable {
    public var items: [DisplayItem]
    public var transform: Transform?
    public var clip: Rect?

    public init(items: [DisplayItem], transform: Transform? = nil, clip: Rect? = nil) {
        self.items = items
        self.transform = transform
        self.clip = clip
    }
}
