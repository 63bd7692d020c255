import FolioCore
import FolioDecoding

extension BriefingDecoder {
    /// A list written as a list of items, or as `{items, ordered}`.
    func list(_ node: SourceNode, path: DataPath, depth: Int) -> ListBlock? {
        if case .mapping = node.value {
            guard let map = MappingReader(node, path: path, context: context, expected: "a list") else { return nil }
            map.rejectUnknownKeys(BriefingKeys.list)
            let ordered = map.value("ordered").flatMap { context.bool($0, path: path.appending("ordered")) } ?? false
            guard let itemsNode = map.value("items") else {
                map.missing("items")
                return nil
            }
            return ListBlock(items: items(itemsNode, path: path.appending("items"), depth: depth), ordered: ordered)
        }
        return ListBlock(items: items(node, path: path, depth: depth))
    }

    private func items(_ node: SourceNode, path: DataPath, depth: Int) -> [ListItem] {
        guard let nodes = context.list(node, path: path) else { return [] }
        if nodes.isEmpty {
            context.report("a list needs at least one item", at: node.mark, path: path)
        }
        return nodes.enumerated().compactMap { item($1, path: path.appending($0), depth: depth) }
    }

    /// An item written as text, or as `{term, text, items}`.
    func item(_ node: SourceNode, path: DataPath, depth: Int) -> ListItem? {
        if case .scalar = node.value {
            return inline(node, path: path).map { ListItem(text: $0) }
        }
        guard let map = MappingReader(node, path: path, context: context, expected: "a list item (text or {term, text})") else {
            return nil
        }
        map.rejectUnknownKeys(BriefingKeys.listItem)
        var sublist: ListBlock?
        if let nested = map.value("items") {
            if depth >= BriefingKeys.maximumListDepth {
                context.report("lists may be nested at most \(BriefingKeys.maximumListDepth) levels deep",
                               at: map.keyMark("items"), path: path.appending("items"))
            } else {
                sublist = list(nested, path: path.appending("items"), depth: depth + 1)
            }
        }
        let term = inline(map, "term")
        let text = inline(map, "text", required: term == nil && sublist == nil)
        return ListItem(term: term, text: text ?? InlineText(plain: ""), sublist: sublist)
    }
}
