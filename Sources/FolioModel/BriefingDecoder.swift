import FolioCore
import FolioDecoding

/// Builds a `Briefing` from source nodes, reporting every problem with its location and path.
public struct BriefingDecoder {
    /// The keys a briefing document may have.
    public static let documentKeys = ["title", "subtitle", "date", "authors", "summary", "sections"]
    /// The keys a section may have.
    public static let sectionKeys = ["title", "id", "blocks", "sections"]
    /// The kinds of block, each written as a one-key mapping.
    public static let blockKinds = ["paragraph", "list"]
    /// The deepest level of subsections.
    public static let maximumSectionDepth = 3

    let context: DecodingContext

    public init(context: DecodingContext) {
        self.context = context
    }

    /// The briefing `root` describes, or nil when it has errors (they are in the context).
    public func decodeBriefing(_ root: SourceNode) -> Briefing? {
        guard let map = MappingReader(root, path: .root, context: context, expected: "a briefing (a mapping with a title)") else {
            return nil
        }
        map.rejectUnknownKeys(Self.documentKeys)
        let title = map.inlineText("title", required: true)
        let briefingDate = map.value("date").flatMap { self.date($0, path: DataPath.root.appending("date")) }
        let topSections = map.value("sections").map { self.sections($0, path: DataPath.root.appending("sections"), depth: 1) } ?? []
        let briefing = Briefing(title: title ?? InlineText(plain: ""), subtitle: map.inlineText("subtitle"), date: briefingDate,
                                authors: map.texts("authors"), summary: map.inlineText("summary"), sections: topSections)
        return context.hasErrors ? nil : briefing
    }

    /// A date in one of the accepted forms, or nil with an error.
    public func date(_ node: SourceNode, path: DataPath) -> BriefingDate? {
        guard let text = context.text(node, path: path) else { return nil }
        guard let date = BriefingDate(text) else {
            context.report("\"\(text)\" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)",
                           at: node.mark, path: path)
            return nil
        }
        return date
    }

    private func sections(_ node: SourceNode, path: DataPath, depth: Int) -> [Section] {
        guard let items = context.list(node, path: path) else { return [] }
        return items.enumerated().compactMap { index, item in
            section(item, path: path.appending(index), depth: depth)
        }
    }

    private func section(_ node: SourceNode, path: DataPath, depth: Int) -> Section? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a section (a mapping with a title)") else {
            return nil
        }
        map.rejectUnknownKeys(Self.sectionKeys)
        let title = map.inlineText("title", required: true)
        var subsections: [Section] = []
        if let children = map.value("sections") {
            if depth >= Self.maximumSectionDepth {
                context.report("sections may be nested at most \(Self.maximumSectionDepth) levels deep",
                               at: children.mark, path: path.appending("sections"))
            } else {
                subsections = sections(children, path: path.appending("sections"), depth: depth + 1)
            }
        }
        var blocks: [Block] = []
        if let blockNodes = map.value("blocks"), let items = context.list(blockNodes, path: path.appending("blocks")) {
            blocks = items.enumerated().compactMap { block($1, path: path.appending("blocks").appending($0)) }
        }
        return Section(title: title ?? InlineText(plain: ""), id: map.text("id"), blocks: blocks, sections: subsections)
    }

    private func block(_ node: SourceNode, path: DataPath) -> Block? {
        let expected = "a block (a mapping with one key: \(Self.blockKinds.joined(separator: ", ")))"
        guard case .mapping(let entries) = node.value, let entry = entries.first else {
            context.report("expected \(expected), found \(node.kindDescription)", at: node.mark, path: path)
            return nil
        }
        guard entries.count == 1 else {
            context.report("a block has exactly one key naming its kind; found \(entries.map { "'\($0.key)'" }.joined(separator: ", "))",
                           at: entries[1].keyMark, path: path)
            return nil
        }
        let kindPath = path.appending(entry.key)
        switch entry.key {
        case "paragraph":
            return context.text(entry.value, path: kindPath).map { .paragraph(InlineMarkupParser.parse($0)) }
        case "list":
            return list(entry.value, path: kindPath).map(Block.list)
        default:
            var message = "unknown block kind '\(entry.key)'"
            if let suggestion = Suggestion.closest(to: entry.key, among: Self.blockKinds) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += " (expected one of: \(Self.blockKinds.joined(separator: ", ")))"
            }
            context.report(message, at: entry.keyMark, path: path)
            return nil
        }
    }

    /// A list written as a list of items, or as `{items, ordered}`.
    private func list(_ node: SourceNode, path: DataPath) -> ListBlock? {
        if case .mapping = node.value {
            guard let map = MappingReader(node, path: path, context: context, expected: "a list") else { return nil }
            map.rejectUnknownKeys(["items", "ordered"])
            let ordered = map.value("ordered").flatMap { context.bool($0, path: path.appending("ordered")) } ?? false
            guard let itemsNode = map.value("items") else {
                map.missing("items")
                return nil
            }
            return ListBlock(items: items(itemsNode, path: path.appending("items")), ordered: ordered)
        }
        return ListBlock(items: items(node, path: path))
    }

    private func items(_ node: SourceNode, path: DataPath) -> [ListItem] {
        guard let nodes = context.list(node, path: path) else { return [] }
        return nodes.enumerated().compactMap { item($1, path: path.appending($0)) }
    }

    /// An item written as text, or as `{term, text, items}`.
    private func item(_ node: SourceNode, path: DataPath) -> ListItem? {
        if case .scalar = node.value {
            return context.text(node, path: path).map { ListItem(text: InlineMarkupParser.parse($0)) }
        }
        guard let map = MappingReader(node, path: path, context: context, expected: "a list item (text or {term, text})") else {
            return nil
        }
        map.rejectUnknownKeys(["term", "text", "items"])
        let children = map.value("items").map { items($0, path: path.appending("items")) } ?? []
        let text = map.inlineText("text", required: children.isEmpty && map.value("term") == nil)
        return ListItem(term: map.inlineText("term"), text: text ?? InlineText(plain: ""), items: children)
    }
}
