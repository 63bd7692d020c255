/// Items drawn together: optionally transformed, clipped, and tagged with a structure role.
public struct Group: Hashable, Sendable {
    public var items: [DisplayItem]
    public var transform: Transform?
    public var clip: Rect?
    public var role: StructureRole?

    public init(items: [DisplayItem], transform: Transform? = nil, clip: Rect? = nil, role: StructureRole? = nil) {
        self.items = items
        self.transform = transform
        self.clip = clip
        self.role = role
    }
}
