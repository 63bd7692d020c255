import FolioCore
import FolioDecoding
import Foundation

/// Builds a `Briefing` from source nodes, reporting every problem with its location and path.
public struct BriefingDecoder {
    /// What the decoder may check beyond the file itself.
    public struct Options: Sendable {
        /// The built-in style names a briefing's `style` may give; no check when empty.
        public var styleNames: [String]
        /// The folder the briefing is in: image and style paths are checked against it when set.
        public var baseDirectory: URL?
        /// Reads Markdown briefings (files ending in .md); without one they are refused.
        public var markdownParser: (any MarkdownParsing)?
        /// Checks that image files can be drawn; without one, only their existence is checked.
        public var imageInspector: (any ImageInspecting)?
        /// Folders besides the briefing's own that images may be read from (`--allow-path`).
        public var allowedDirectories: [URL]

        public init(styleNames: [String] = [], baseDirectory: URL? = nil, markdownParser: (any MarkdownParsing)? = nil,
                    imageInspector: (any ImageInspecting)? = nil, allowedDirectories: [URL] = []) {
            self.styleNames = styleNames
            self.baseDirectory = baseDirectory
            self.markdownParser = markdownParser
            self.imageInspector = imageInspector
            self.allowedDirectories = allowedDirectories
        }
    }

    let context: DecodingContext
    let options: Options
    let state: DecodingState

    public init(context: DecodingContext, options: Options = Options()) {
        self.context = context
        self.options = options
        state = DecodingState(file: context.file)
    }

    /// The briefing `root` describes, or nil when it has errors (they are in the context).
    ///
    /// `decodedSections` are the top-level sections when they were decoded as the file was read
    /// (`topSection(_:index:)`), with what decoding them reported; the root then holds an empty list for them.
    public func decodeBriefing(_ root: SourceNode, decodedSections: (sections: [Section], diagnostics: [Diagnostic])? = nil) -> Briefing? {
        guard let map = MappingReader(root, path: .root, context: context, expected: "a briefing (a mapping with a title)") else {
            return nil
        }
        map.rejectUnknownKeys(BriefingKeys.document)
        let root = DataPath.root
        let title = inline(map, "title", required: true)
        let briefingDate = map.value("date").flatMap { self.date($0, path: root.appending("date")) }
        let language = map.value("language").flatMap { self.language($0, path: root.appending("language")) } ?? "en"
        let style = map.value("style").flatMap { self.style($0, path: root.appending("style")) }
        let topSections: [Section]
        if let decodedSections {
            context.append(decodedSections.diagnostics)
            topSections = decodedSections.sections
        } else {
            topSections = map.value("sections").map { self.sections($0, path: root.appending("sections"), depth: 1) } ?? []
        }
        checkReferences()
        var briefing = Briefing(
            title: title ?? InlineText(plain: ""), subtitle: inline(map, "subtitle"), date: briefingDate,
            authors: map.texts("authors"), organization: map.text("organization"),
            classification: map.text("classification"), language: language, style: style,
            summary: inline(map, "summary"), keywords: map.texts("keywords"),
            labels: map.value("labels").map { LabelsDecoder.decode($0, path: root.appending("labels"), context: context) } ?? [:],
            sections: topSections)
        // Where the document's own fields are written; for the rest, sections, blocks and events are enough
        // (a warning about a text inside a block is placed at the block), and cheaper than every text.
        for key in ["title", "subtitle", "summary", "date", "classification"] {
            if let node = map.value(key) { state.record(node.mark, for: root.appending(key)) }
        }
        briefing.sourceMap = state.sourceMap
        return context.hasErrors ? nil : briefing
    }

    // MARK: Document fields

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

    /// A BCP 47 tag; one whose language, script or region the locale data does not know is kept, with a warning.
    func language(_ node: SourceNode, path: DataPath) -> String? {
        guard let tag = context.text(node, path: path) else { return nil }
        guard tag.range(of: BriefingKeys.languagePattern, options: .regularExpression) != nil else {
            context.report("\"\(tag)\" is not a BCP 47 language tag (such as en, sq, sr-Cyrl or pt-BR)", at: node.mark, path: path)
            return nil
        }
        if let unknown = LanguageTag.unknownSubtag(of: tag) {
            context.report("\"\(tag)\": '\(unknown)' is no language, script or region the locale data knows; the text is "
                           + "shaped and broken as no language in particular", at: node.mark, path: path,
                           code: .unknownLanguage, severity: .warning)
        }
        return tag
    }

    private func style(_ node: SourceNode, path: DataPath) -> String? {
        guard let name = context.text(node, path: path) else { return nil }
        let isPath = name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
        if isPath {
            if let base = options.baseDirectory, !FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path) {
                context.report("style file '\(name)' not found (looked for \(base.appendingPathComponent(name).path))",
                               at: node.mark, path: path)
            }
        } else if !options.styleNames.isEmpty, !options.styleNames.contains(name) {
            var message = "there is no built-in style '\(name)' (built in: \(options.styleNames.joined(separator: ", ")); "
                + "a style file's path ends in .yaml)"
            if let suggestion = Suggestion.closest(to: name, among: options.styleNames) { message += "; did you mean '\(suggestion)'?" }
            context.report(message, at: node.mark, path: path)
        }
        return name
    }

    // MARK: Sections

    private func sections(_ node: SourceNode, path: DataPath, depth: Int) -> [Section] {
        guard let items = context.list(node, path: path) else { return [] }
        return items.enumerated().compactMap { index, item in
            section(item, path: path.appending(index), depth: depth)
        }
    }

    /// The top-level section at `index`, decoded while the file is still being read (`JSONReader`'s handover);
    /// nil when it has errors.
    public func topSection(_ node: SourceNode, index: Int) -> Section? {
        section(node, path: DataPath.root.appending("sections").appending(index), depth: 1)
    }

    func section(_ node: SourceNode, path: DataPath, depth: Int) -> Section? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a section (a mapping with a title)") else {
            return nil
        }
        state.record(node.mark, for: path)
        map.rejectUnknownKeys(BriefingKeys.section)
        let title = inline(map, "title", required: true)
        let id = identifier(map)
        var subsections: [Section] = []
        if let children = map.value("sections") {
            if depth >= BriefingKeys.maximumSectionDepth {
                context.report("sections may be nested at most \(BriefingKeys.maximumSectionDepth) levels deep",
                               at: map.keyMark("sections"), path: path.appending("sections"))
            } else {
                subsections = sections(children, path: path.appending("sections"), depth: depth + 1)
            }
        }
        var blocks: [Block] = []
        var blockLanguageTags: [String?] = []
        var blockFloats: [Int: FloatPlacement] = [:]
        if let blockNodes = map.value("blocks"), let items = context.list(blockNodes, path: path.appending("blocks")) {
            for (index, item) in items.enumerated() {
                guard let decoded = block(item, path: path.appending("blocks").appending(index)) else { continue }
                if let float = decoded.float { blockFloats[blocks.count] = float }
                blocks.append(decoded.block)
                blockLanguageTags.append(decoded.language)
            }
        }
        let language = map.value("language").flatMap { self.language($0, path: path.appending("language")) }
        var blockLanguages: [Int: String] = [:]
        for (index, languageOfBlock) in blockLanguageTags.enumerated() {
            if let languageOfBlock { blockLanguages[index] = languageOfBlock }
        }
        var section = Section(title: title ?? InlineText(plain: ""), id: id, blocks: blocks, sections: subsections, language: language,
                              blockLanguages: blockLanguages)
        section.blockFloats = blockFloats
        return section
    }

    // MARK: Blocks

    /// A block, the language it is written in when it names one (`language:` beside its kind), and where it
    /// may float when it says (`float:`).
    func block(_ node: SourceNode, path: DataPath) -> (block: Block, language: String?, float: FloatPlacement?)? {
        let kinds = BriefingKeys.blockKinds
        guard case .mapping(let all) = node.value, !all.isEmpty else {
            context.report("expected a block (a mapping with one key: \(kinds.joined(separator: ", "))), found \(node.kindDescription)",
                           at: node.mark, path: path)
            return nil
        }
        let options = all.filter { BriefingKeys.blockOptions.contains($0.key) }
        let entries = all.filter { !BriefingKeys.blockOptions.contains($0.key) }
        guard let entry = entries.first else {
            context.report("a block needs a key naming its kind (\(kinds.joined(separator: ", ")))", at: node.mark, path: path)
            return nil
        }
        guard entries.count == 1 else {
            context.report("a block has exactly one key naming its kind, and may have \(BriefingKeys.blockOptions.map { "'\($0)'" }.joined(separator: ", ")); "
                           + "found \(entries.map { "'\($0.key)'" }.joined(separator: ", "))",
                           at: entries[1].keyMark, path: path)
            return nil
        }
        let language = options.first { $0.key == "language" }.flatMap { self.language($0.value, path: path.appending("language")) }
        var float: FloatPlacement?
        if let option = options.first(where: { $0.key == "float" }) {
            let floatPath = path.appending("float")
            if !FloatPlacement.floatingKinds.contains(entry.key) {
                context.report("float: applies to tables, charts, timelines and images", at: option.keyMark, path: floatPath)
            } else if case .scalar(let text, _) = option.value.value, ["true", "false"].contains(text) {
                float = context.bool(option.value, path: floatPath).map { $0 ? .auto : .pinned }
            } else {
                float = choice(option.value, path: floatPath, as: FloatPlacement.self)
            }
        }
        return kindedBlock(entry, node: node, path: path).map { ($0, language, float) }
    }

    /// Whether `node`, the value of a block kind that is only a mark (`page_break: true`), is true; false is an
    /// error saying so, anything else the error of not being true or false.
    private func onlyTrue(_ node: SourceNode, path: DataPath, key: String) -> Bool {
        guard context.bool(node, path: path) == true else {
            if case .scalar = node.value, context.bool(node, path: path) == false {
                context.report("\(key) takes only true", at: node.mark, path: path)
            }
            return false
        }
        return true
    }

    private func kindedBlock(_ entry: SourceNode.Entry, node: SourceNode, path: DataPath) -> Block? {
        let kinds = BriefingKeys.blockKinds
        let kindPath = path.appending(entry.key)
        let value = entry.value
        state.record(node.mark, for: path)
        state.record(entry.keyMark, for: kindPath)
        switch entry.key {
        case "paragraph": return inline(value, path: kindPath).map(Block.paragraph)
        case "list": return list(value, path: kindPath, depth: 1).map(Block.list)
        case "table": return table(value, path: kindPath).map(Block.table)
        case "timeline": return timeline(value, path: kindPath).map(Block.timeline)
        case "chart": return chart(value, path: kindPath).map(Block.chart)
        case "callout": return callout(value, path: kindPath).map(Block.callout)
        case "quote": return quote(value, path: kindPath).map(Block.quote)
        case "image": return image(value, path: kindPath).map(Block.image)
        case "code": return code(value, path: kindPath).map(Block.code)
        case "float_barrier": return onlyTrue(value, path: kindPath, key: entry.key) ? .floatBarrier : nil
        case "page_break": return onlyTrue(value, path: kindPath, key: entry.key) ? .pageBreak : nil
        default:
            var message = "unknown block kind '\(entry.key)'"
            if let suggestion = Suggestion.closest(to: entry.key, among: kinds) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += " (expected one of: \(kinds.joined(separator: ", ")))"
            }
            context.report(message, at: entry.keyMark, path: path)
            return nil
        }
    }

    // MARK: Shared values

    /// The text at `key` parsed for inline markup, with its cross-references recorded for checking.
    func inline(_ map: MappingReader, _ key: String, required: Bool = false) -> InlineText? {
        guard let node = map.value(key) else {
            if required { map.missing(key) }
            return nil
        }
        return inline(node, path: map.path.appending(key), nonEmpty: required)
    }

    /// The text of `node` parsed for inline markup, with its cross-references recorded for checking.
    func inline(_ node: SourceNode, path: DataPath, nonEmpty: Bool = false) -> InlineText? {
        guard let text = context.text(node, path: path) else { return nil }
        if nonEmpty, text.allSatisfy(\.isWhitespace) {
            context.report("must not be empty", at: node.mark, path: path)
        }
        let parsed = InlineMarkupParser.parse(text)
        for id in parsed.references {
            state.refer(to: id, at: node.mark, path: path)
        }
        return parsed
    }

    /// The nodes of the list at `key`, which must be there and hold at least one `itemName` (a missing key
    /// or an empty list is reported; a non-list is reported by `context.list`). Nil only when the key is missing.
    func requiredList(_ map: MappingReader, _ key: String, owner: String, itemName: String) -> [SourceNode]? {
        guard let node = map.value(key) else {
            map.missing(key)
            return nil
        }
        let nodes = context.list(node, path: map.path.appending(key)) ?? []
        if nodes.isEmpty, case .sequence = node.value {
            context.report("\(owner) needs at least one \(itemName)", at: node.mark, path: map.path.appending(key))
        }
        return nodes
    }

    /// The `id` of a section, table, timeline or chart: checked for form and uniqueness.
    func identifier(_ map: MappingReader) -> String? {
        guard let node = map.value("id"), let id = context.text(node, path: map.path.appending("id")) else { return nil }
        let path = map.path.appending("id")
        guard id.range(of: BriefingKeys.identifierPattern, options: .regularExpression) != nil else {
            context.report("id \"\(id)\" may hold only letters, digits, '-' and '_', and must start with a letter or digit",
                           at: node.mark, path: path)
            return nil
        }
        if let earlier = state.declare(id, at: path) {
            context.report("id '\(id)' is already used at \(earlier)", at: node.mark, path: path)
        }
        return id
    }

    /// An integer in `range`, or nil with an error.
    func integer(_ node: SourceNode, path: DataPath, in range: ClosedRange<Int>) -> Int? {
        guard case .scalar(let text, plain: true) = node.value, let value = Int(text) else {
            context.report("expected a whole number, found \(context.describe(node))", at: node.mark, path: path)
            return nil
        }
        guard range.contains(value) else {
            context.report("\(value) is out of range (\(range.lowerBound) to \(range.upperBound))", at: node.mark, path: path)
            return nil
        }
        return value
    }

    /// One of `choices`, or nil with an error naming them.
    func choice<Value: RawRepresentable & CaseIterable>(_ node: SourceNode, path: DataPath, as type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = context.text(node, path: path) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let names = Value.allCases.map(\.rawValue)
        var message = "\"\(text)\" is not one of: \(names.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: text, among: names) { message += "; did you mean '\(suggestion)'?" }
        context.report(message, at: node.mark, path: path)
        return nil
    }

    /// Reports every `[text](#id)` whose id is declared nowhere in the briefing.
    private func checkReferences() {
        let known = Array(state.ids.keys).sorted()
        for reference in state.references where state.ids[reference.id] == nil {
            var message = "'#\(reference.id)' refers to no section, table, timeline or chart"
            if let suggestion = Suggestion.closest(to: reference.id, among: known) { message += "; did you mean '#\(suggestion)'?" }
            context.report(message, at: reference.mark, path: reference.path)
        }
    }
}
