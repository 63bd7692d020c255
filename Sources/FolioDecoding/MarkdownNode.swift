/// A node of a parsed Markdown document (CommonMark with GitHub's tables), with its position in the file.
///
/// A plain value tree, so the code that turns Markdown into a briefing never sees the C parser.
public struct MarkdownNode: Hashable, Sendable {
    /// What a node is.
    public enum Kind: Hashable, Sendable {
        case document
        case paragraph
        case heading(level: Int)
        case list(ordered: Bool)
        case item
        case blockQuote
        /// A fenced or indented code block; `info` is the word after the opening fence.
        case codeBlock(info: String)
        case thematicBreak
        case htmlBlock
        /// A pipe table; one alignment a column: "l", "c", "r" or "" for none.
        case table(alignments: [String])
        case tableRow(isHeader: Bool)
        case tableCell
        case text
        case softBreak
        case lineBreak
        case code
        case emphasis
        case strong
        case strikethrough
        case link(url: String, title: String)
        case image(url: String, title: String)
        case htmlInline
        /// `[^label]`: its literal is the label.
        case footnoteReference
        /// `[^label]: text`, gathered at the end of the document: its literal is the label.
        case footnoteDefinition
        /// Anything else the parser knows (footnotes, extensions), by its name.
        case other(String)
    }

    public var kind: Kind
    /// The text of leaves: text, code, code blocks, HTML.
    public var literal: String
    public var children: [MarkdownNode]
    /// 1-based line and column where the node starts.
    public var line: Int
    public var column: Int

    public init(kind: Kind, literal: String = "", children: [MarkdownNode] = [], line: Int, column: Int) {
        self.kind = kind
        self.literal = literal
        self.children = children
        self.line = line
        self.column = column
    }
}

/// Parses Markdown into `MarkdownNode`s. Implemented with cmark-gfm in FolioMarkdown.
public protocol MarkdownParsing: Sendable {
    func parse(_ text: String) -> MarkdownNode
}
