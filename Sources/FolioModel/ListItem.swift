/// One entry of a list: text, an optional lead term shown in bold, and optional nested items.
public struct ListItem: Hashable, Sendable {
    public var term: InlineText?
    public var text: InlineText
    public var items: [ListItem]

    public init(term: InlineText? = nil, text: InlineText, items: [ListItem] = []) {
        self.term = term
        self.text = text
        self.items = items
    }
}
