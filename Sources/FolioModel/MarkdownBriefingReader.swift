import FolioCore
import FolioDecoding

/// Reads a Markdown briefing into the same located nodes a YAML briefing gives, so one decoder checks both.
///
/// YAML front matter holds the document fields; `#`, `##` and `###` headings open sections (`{#id}` at the
/// end of a heading names it); paragraphs, lists (`- **Term**: text` gives a term), pipe tables (a
/// following `Table: …` paragraph is the caption, `Source: …` the source), block quotes (a last paragraph
/// starting with "—" is the attribution), images alone in a paragraph, and `---` rules (page breaks) map to
/// their blocks; fenced blocks named timeline, chart, callout, table, image, quote or list hold that block's YAML.
public struct MarkdownBriefingReader {
    let file: String
    let context: DecodingContext
    /// The file's lines, for what the Markdown tree no longer says (how many cells a table row was written with).
    let source = MarkdownSource()

    public init(file: String, context: DecodingContext) {
        self.file = file
        self.context = context
    }

    /// The kinds of block a fenced block may hold as YAML.
    public static let fencedKinds = ["timeline", "chart", "callout", "table", "image", "quote", "list"]

    /// The briefing root node of `text`; problems go to the context.
    public func read(_ text: String, parser: some MarkdownParsing) throws(FolioError) -> SourceNode {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var entries: [SourceNode.Entry] = []
        if let first = lines.first, first.trimmingTrailingSpace == "---" {
            guard let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingTrailingSpace) }) else {
                throw FolioError(diagnostics: [Diagnostic(code: .invalidInput, message: "the front matter opened here is never closed with ---",
                                                           location: SourceLocation(file: file, line: 1, column: 1))])
            }
            let yaml = lines[1..<end].joined(separator: "\n")
            if !yaml.allSatisfy(\.isWhitespace) {
                let node = try StructuredTextReader.read(yaml, file: file, startingAt: 2, column: 1)
                guard case .mapping(let frontMatter) = node.value else {
                    throw FolioError(diagnostics: [Diagnostic(code: .invalidInput, message: "the front matter must be a mapping of document fields",
                                                               location: SourceLocation(file: file, line: 2, column: 1))])
                }
                entries = frontMatter
            }
            // Blank the front matter instead of removing it, so Markdown positions stay those of the file.
            for index in 0...end { lines[index] = "" }
        }
        source.lines = lines
        let document = parser.parse(lines.joined(separator: "\n"))
        // GFM footnotes: each definition's text goes where it is referred to, as `^[text]` does in YAML.
        // cmark-gfm numbers references 1, 2, 3 by first use and gathers the definitions at the end in that order.
        var definitions: [String: String] = [:]
        for (index, node) in document.children.filter({ $0.kind == .footnoteDefinition }).enumerated() {
            definitions["\(index + 1)"] = node.children.map { Self.markup($0.children) }.joined(separator: " ")
        }
        var builder = SectionTreeBuilder(reader: self)
        Self.$footnotes.withValue(definitions) {
            for node in document.children where node.kind != .footnoteDefinition { builder.add(node) }
        }
        if let sections = builder.sectionsNode() {
            entries.removeAll { $0.key == "sections" }
            entries.append(SourceNode.Entry(key: "sections", keyMark: sections.mark, value: sections))
        }
        if !builder.preamble.isEmpty {
            let paragraphs = builder.preamble.compactMap { block -> SourceNode? in
                guard case .mapping(let blockEntries) = block.value, blockEntries.first?.key == "paragraph" else { return nil }
                return blockEntries.first?.value
            }
            if paragraphs.count == builder.preamble.count, !entries.contains(where: { $0.key == "summary" }) {
                let text = paragraphs.compactMap { if case .scalar(let text, _) = $0.value { text } else { nil } }.joined(separator: " ")
                entries.append(SourceNode.Entry(key: "summary", keyMark: paragraphs[0].mark,
                                                value: SourceNode(.scalar(text, plain: false), mark: paragraphs[0].mark)))
            } else {
                context.report("content before the first # heading belongs in a section (only paragraphs there become the summary)",
                               at: builder.preamble[0].mark, path: .root)
            }
        }
        return SourceNode(.mapping(entries), mark: SourceNode.Mark(line: 1, column: 1))
    }

    // MARK: Blocks

    /// The block node for one Markdown block, or nil (with an error where it has no place in a briefing).
    func block(_ node: MarkdownNode) -> SourceNode? {
        let mark = SourceNode.Mark(line: node.line, column: node.column)
        func single(_ key: String, _ value: SourceNode) -> SourceNode {
            SourceNode(.mapping([SourceNode.Entry(key: key, keyMark: mark, value: value)]), mark: mark)
        }
        switch node.kind {
        case .paragraph:
            let visible = node.children.filter { !($0.kind == .text && $0.literal.allSatisfy(\.isWhitespace)) }
            if visible.count == 1, case .image(let url, let title) = visible[0].kind {
                var fields = [entry("path", scalar(url, at: visible[0]))]
                let alt = Self.plainText(visible[0].children)
                if !alt.isEmpty { fields.append(entry("alt", scalar(alt, at: visible[0]))) }
                if !title.isEmpty { fields.append(entry("caption", scalar(title, at: visible[0]))) }
                return single("image", SourceNode(.mapping(fields), mark: mark))
            }
            return single("paragraph", scalar(Self.markup(node.children), at: node))
        case .list(let ordered):
            let items = SourceNode(.sequence(node.children.map(listItem)), mark: mark)
            if ordered {
                return single("list", SourceNode(.mapping([entry("items", items), entry("ordered", SourceNode(.scalar("true", plain: true), mark: mark))]), mark: mark))
            }
            return single("list", items)
        case .blockQuote:
            return single("quote", quote(node))
        case .table:
            return single("table", table(node))
        case .thematicBreak:
            return single("page_break", SourceNode(.scalar("true", plain: true), mark: mark))
        case .codeBlock(let info):
            let kind = info.split(separator: " ").first.map(String.init) ?? ""
            guard Self.fencedKinds.contains(kind) else {
                // Any other fence, and indented code, is a code block: commands and logs as written.
                let literal = node.literal.hasSuffix("\n") ? String(node.literal.dropLast()) : node.literal
                if let suggestion = Suggestion.closest(to: kind, among: Self.fencedKinds), !kind.isEmpty, Self.looksLikeBlockYAML(literal) {
                    context.report("a fenced block named '\(kind)' is set as code; did you mean '\(suggestion)', whose YAML it seems to hold?",
                                   at: mark, path: .root, severity: .warning)
                }
                var fields = [entry("text", SourceNode(.scalar(literal, plain: false), mark: mark))]
                if !kind.isEmpty { fields.append(entry("syntax", SourceNode(.scalar(kind, plain: false), mark: mark))) }
                return single("code", SourceNode(.mapping(fields), mark: mark))
            }
            do {
                // The YAML starts on the line after the opening fence, indented like the fence.
                let value = try StructuredTextReader.read(node.literal, file: file, startingAt: node.line + 1, column: node.column)
                return single(kind, value)
            } catch {
                for diagnostic in error.diagnostics {
                    context.report(diagnostic.message, at: SourceNode.Mark(line: diagnostic.location?.line ?? node.line,
                                                                           column: diagnostic.location?.column ?? node.column),
                                   path: .root, code: diagnostic.code)
                }
                return nil
            }
        case .htmlBlock:
            context.report("HTML has no place in a briefing", at: mark, path: .root)
            return nil
        default:
            context.report("this Markdown has no place in a briefing", at: mark, path: .root)
            return nil
        }
    }

    /// Whether `text` reads as YAML holding a mapping or a list: what a mistyped block fence would hold.
    static func looksLikeBlockYAML(_ text: String) -> Bool {
        guard let node = try? StructuredTextReader.read(text, file: "") else { return false }
        switch node.value {
        case .mapping, .sequence: return true
        case .scalar: return false
        }
    }

    private func listItem(_ node: MarkdownNode) -> SourceNode {
        let mark = SourceNode.Mark(line: node.line, column: node.column)
        var fields: [SourceNode.Entry] = []
        var texts: [String] = []
        var textNode: MarkdownNode?
        for child in node.children {
            switch child.kind {
            case .list(let ordered):
                var nested = SourceNode(.sequence(child.children.map(listItem)), mark: SourceNode.Mark(line: child.line, column: child.column))
                if ordered { nested = SourceNode(.mapping([entry("items", nested), entry("ordered", SourceNode(.scalar("true", plain: true), mark: nested.mark))]), mark: nested.mark) }
                fields.append(entry("items", nested))
            case .paragraph:
                if textNode == nil {
                    textNode = child
                    // "- **Term**: text" (or "**Term:** text") gives a term item.
                    if let first = child.children.first, first.kind == .strong, child.children.count >= 1 {
                        var term = Self.markup(first.children)
                        var rest = Self.markup(Array(child.children.dropFirst()))
                        if term.hasSuffix(":") {
                            term.removeLast()
                        } else if rest.hasPrefix(":") {
                            rest.removeFirst()
                        } else {
                            texts.append(Self.markup(child.children))
                            continue
                        }
                        fields.append(entry("term", scalar(term, at: child)))
                        texts.append(rest.trimmingLeadingSpace)
                        continue
                    }
                }
                texts.append(Self.markup(child.children))
            default:
                if let converted = block(child) {
                    context.report("a list item may hold text and a nested list only", at: converted.mark, path: .root)
                }
            }
        }
        let text = texts.filter { !$0.isEmpty }.joined(separator: " ")
        if !text.isEmpty || fields.isEmpty {
            fields.append(entry("text", scalar(text, at: textNode ?? node)))
        }
        return SourceNode(.mapping(fields), mark: mark)
    }

    private func quote(_ node: MarkdownNode) -> SourceNode {
        var paragraphs = node.children.filter { $0.kind == .paragraph }
        var fields: [SourceNode.Entry] = []
        var attribution: (String, MarkdownNode)?
        if paragraphs.count > 1, let last = paragraphs.last {
            let text = Self.markup(last.children)
            for dash in ["— ", "– ", "-- "] where text.hasPrefix(dash) {
                attribution = (String(text.dropFirst(dash.count)), last)
                paragraphs.removeLast()
                break
            }
        }
        fields.append(entry("text", scalar(paragraphs.map { Self.markup($0.children) }.joined(separator: " "), at: paragraphs.first ?? node)))
        if let (text, at) = attribution { fields.append(entry("attribution", scalar(text, at: at))) }
        return SourceNode(.mapping(fields), mark: SourceNode.Mark(line: node.line, column: node.column))
    }

    private func table(_ node: MarkdownNode) -> SourceNode {
        let mark = SourceNode.Mark(line: node.line, column: node.column)
        guard case .table(let alignments) = node.kind else { return SourceNode(.mapping([]), mark: mark) }
        let header = node.children.first { $0.kind == .tableRow(isHeader: true) }
        var columns: [SourceNode] = []
        for (index, cell) in (header?.children ?? []).enumerated() {
            let title = scalar(Self.markup(cell.children), at: cell)
            let align = index < alignments.count ? ["l": "left", "c": "center", "r": "right"][alignments[index]] : nil
            if let align {
                columns.append(SourceNode(.mapping([entry("title", title), entry("align", scalar(align, at: cell))]), mark: title.mark))
            } else {
                columns.append(title)
            }
        }
        var bodyRows = node.children.filter { $0.kind == .tableRow(isHeader: false) }
        // GFM reads a line without a pipe right under a table as one more row: "Table: …" and "Source: …"
        // there are the caption and the source, as they are after a blank line.
        var captions: [SourceNode.Entry] = []
        while let last = bodyRows.last, let line = source.line(last.line), !line.contains("|"),
              let keyed = TableCaptionLine(line.trimmingCharacters(in: .whitespaces)),
              !captions.contains(where: { $0.key == keyed.key }) {
            let text = Self.markup(last.children.first?.children ?? [])
            captions.insert(entry(keyed.key, scalar(String(text.dropFirst(keyed.prefixLength)), at: last)), at: 0)
            bodyRows.removeLast()
        }
        let rows = bodyRows.map { row in
            // GFM pads a short row and drops a long row's extra cells; a briefing's table says so instead.
            if let line = source.line(row.line) {
                let written = Self.cellCount(of: line)
                if written != columns.count {
                    context.report("this row has \(written) cell\(written == 1 ? "" : "s"), but the table has \(columns.count) columns",
                                   at: SourceNode.Mark(line: row.line, column: row.column), path: .root)
                }
            }
            return SourceNode(.sequence(row.children.map { cell in
                let text = Self.markup(cell.children)
                let isNumber = Double(text).map(\.isFinite) ?? false
                return SourceNode(.scalar(text, plain: isNumber), mark: SourceNode.Mark(line: cell.line, column: cell.column))
            }), mark: SourceNode.Mark(line: row.line, column: row.column))
        }
        return SourceNode(.mapping([entry("columns", SourceNode(.sequence(columns), mark: mark)),
                                    entry("rows", SourceNode(.sequence(rows), mark: mark))] + captions), mark: mark)
    }

    /// How many cells a pipe-table row was written with: its pipes that are not escaped, less a leading and
    /// a trailing one.
    static func cellCount(of line: String) -> Int {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("|") { text = text.dropFirst() }
        var separators = 0, escaped = false, endsWithPipe = false
        for character in text {
            endsWithPipe = false
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { separators += 1; endsWithPipe = true }
        }
        return endsWithPipe ? separators : separators + 1
    }

    // MARK: Values

    func entry(_ key: String, _ value: SourceNode) -> SourceNode.Entry {
        SourceNode.Entry(key: key, keyMark: value.mark, value: value)
    }

    func scalar(_ text: String, at node: MarkdownNode) -> SourceNode {
        SourceNode(.scalar(text, plain: false), mark: SourceNode.Mark(line: node.line, column: node.column))
    }

    /// The text of the document's footnotes by label, while it is read.
    @TaskLocal static var footnotes: [String: String] = [:]

    /// Inline Markdown written back as Folio's inline markup (which is the same for what briefings use).
    static func markup(_ nodes: [MarkdownNode]) -> String {
        nodes.map { node in
            switch node.kind {
            case .text: escaped(node.literal)
            case .softBreak, .lineBreak: " "
            case .code: "`\(node.literal)`"
            case .emphasis: "_\(markup(node.children))_"
            case .strong: "**\(markup(node.children))**"
            case .link(let url, _): "[\(markup(node.children))](\(url))"
            case .image: escaped(plainText(node.children))
            case .htmlInline: escaped(node.literal)
            case .footnoteReference: footnotes[node.literal].map { "^[\($0)]" } ?? escaped("[^\(node.literal)]")
            default: markup(node.children)
            }
        }.joined()
    }

    /// The text of inline nodes without any markup.
    static func plainText(_ nodes: [MarkdownNode]) -> String {
        nodes.map { node in
            switch node.kind {
            case .text, .code, .htmlInline: node.literal
            case .softBreak, .lineBreak: " "
            default: plainText(node.children)
            }
        }.joined()
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\*`[]_".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension String {
    fileprivate var trimmingTrailingSpace: String {
        String(reversed().drop(while: { $0 == " " || $0 == "\r" || $0 == "\t" }).reversed())
    }
    fileprivate var trimmingLeadingSpace: String { String(drop(while: { $0 == " " })) }
}
