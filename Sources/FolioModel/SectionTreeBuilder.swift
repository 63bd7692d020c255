import FolioCore
import FolioDecoding

/// Gathers Markdown blocks under their headings: `#` opens a section, `##` and `###` open subsections.
struct SectionTreeBuilder {
    /// A section being filled.
    final class PendingSection {
        let level: Int
        let mark: SourceNode.Mark
        var fields: [SourceNode.Entry]
        var blocks: [SourceNode] = []
        var children: [PendingSection] = []

        init(level: Int, mark: SourceNode.Mark, fields: [SourceNode.Entry]) {
            self.level = level
            self.mark = mark
            self.fields = fields
        }

        var node: SourceNode {
            var entries = fields
            if !blocks.isEmpty {
                entries.append(SourceNode.Entry(key: "blocks", keyMark: blocks[0].mark, value: SourceNode(.sequence(blocks), mark: blocks[0].mark)))
            }
            if !children.isEmpty {
                entries.append(SourceNode.Entry(key: "sections", keyMark: children[0].mark,
                                                value: SourceNode(.sequence(children.map(\.node)), mark: children[0].mark)))
            }
            return SourceNode(.mapping(entries), mark: mark)
        }
    }

    let reader: MarkdownBriefingReader
    /// Blocks before the first heading.
    private(set) var preamble: [SourceNode] = []
    private var roots: [PendingSection] = []
    /// The open sections, outermost first.
    private var open: [PendingSection] = []

    init(reader: MarkdownBriefingReader) {
        self.reader = reader
    }

    mutating func add(_ node: MarkdownNode) {
        let mark = SourceNode.Mark(line: node.line, column: node.column)
        if case .heading(let level) = node.kind {
            openSection(node, level: level, mark: mark)
            return
        }
        // "Table: …" and "Source: …" just after a table caption it and name its source, on one line each.
        if node.kind == .paragraph, let keyed = captionsAndSources(node), !keyed.isEmpty,
           keyed.allSatisfy({ canAttachToLastTable($0.key) }) {
            for (key, value) in keyed { _ = attachToLastTable(key, value) }
            return
        }
        guard let block = reader.block(node) else { return }
        if let section = open.last { section.blocks.append(block) } else { preamble.append(block) }
    }

    private mutating func openSection(_ node: MarkdownNode, level: Int, mark: SourceNode.Mark) {
        guard level <= BriefingKeys.maximumSectionDepth else {
            reader.context.report("headings go three levels deep (#, ## and ###); this one has \(level)", at: mark, path: .root)
            return
        }
        let depth = open.count
        guard level <= depth + 1 else {
            reader.context.report("a level-\(level) heading needs a level-\(level - 1) heading above it", at: mark, path: .root)
            return
        }
        var title = MarkdownBriefingReader.markup(node.children)
        var fields: [SourceNode.Entry] = []
        // "## Title {#id}" names the section.
        if title.hasSuffix("}"), let open = title.range(of: "{#", options: .backwards) {
            let id = String(title[open.upperBound..<title.index(before: title.endIndex)])
                .replacingOccurrences(of: "\\_", with: "_")
            title = String(title[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
            fields.append(reader.entry("id", reader.scalar(id, at: node)))
        }
        fields.insert(reader.entry("title", reader.scalar(title, at: node)), at: 0)
        let section = PendingSection(level: level, mark: mark, fields: fields)
        open.removeLast(depth - (level - 1))
        if let parent = open.last { parent.children.append(section) } else { roots.append(section) }
        open.append(section)
    }

    /// The caption and source a paragraph gives, a line each ("Table: …", then "Source: …"); nil when any
    /// of its lines is something else.
    private func captionsAndSources(_ node: MarkdownNode) -> [(key: String, value: SourceNode)]? {
        var lines: [[MarkdownNode]] = [[]]
        for child in node.children {
            if child.kind == .softBreak || child.kind == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(child) }
        }
        var result: [(key: String, value: SourceNode)] = []
        for line in lines {
            let text = MarkdownBriefingReader.markup(line)
            guard let keyed = TableCaptionLine(text), !result.contains(where: { $0.key == keyed.key }) else { return nil }
            result.append((keyed.key, reader.scalar(String(text.dropFirst(keyed.prefixLength)), at: line.first ?? node)))
        }
        return result
    }

    /// Whether the block that came last is a table without `key` yet.
    private func canAttachToLastTable(_ key: String) -> Bool {
        let blocks = open.last?.blocks ?? preamble
        guard let last = blocks.last, case .mapping(let entries) = last.value, entries.count == 1, entries[0].key == "table",
              case .mapping(let fields) = entries[0].value.value else { return false }
        return !fields.contains(where: { $0.key == key })
    }

    /// Adds `key` to the table block that ended just before, if that is what came last.
    private mutating func attachToLastTable(_ key: String, _ value: SourceNode) -> Bool {
        let blocks = open.last?.blocks ?? preamble
        guard let last = blocks.last, case .mapping(let entries) = last.value, entries.count == 1, entries[0].key == "table",
              case .mapping(var fields) = entries[0].value.value, !fields.contains(where: { $0.key == key }) else { return false }
        fields.append(reader.entry(key, value))
        let table = SourceNode(.mapping([SourceNode.Entry(key: "table", keyMark: entries[0].keyMark,
                                                           value: SourceNode(.mapping(fields), mark: entries[0].value.mark))]),
                               mark: last.mark)
        if let section = open.last { section.blocks[section.blocks.count - 1] = table } else { preamble[preamble.count - 1] = table }
        return true
    }

    /// The `sections` list, or nil when there were no headings.
    func sectionsNode() -> SourceNode? {
        guard let first = roots.first else { return nil }
        return SourceNode(.sequence(roots.map(\.node)), mark: first.mark)
    }
}
