/// A bulleted or numbered list.
public struct ListBlock: Hashable, Sendable {
    public var items: [ListItem]
    public var ordered: Bool

    public init(items: [ListItem], ordered: Bool = false) {
        self.items = items
        self.ordered = ordered
    }
}
