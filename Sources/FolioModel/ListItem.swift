/// One entry of a list: text, an optional lead term shown in bold, and an optional nested list.
public struct ListItem: Hashable, Sendable {
    public var term: InlineText?
    public var text: InlineText
    /// A list nested under this item, bulleted or numbered on its own.
    public var sublist: ListBlock?

    public init(term: InlineText? = nil, text: InlineText, sublist: ListBlock? = nil) {
        self.term = term
        self.text = text
        self.sublist = sublist
    }
}
