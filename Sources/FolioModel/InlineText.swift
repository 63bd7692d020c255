/// Text with inline markup resolved: spans of plain, bold, italic or code text, some of them links.
public struct InlineText: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Emphasis a span carries; spans may combine them.
    public struct Emphasis: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Emphasis(rawValue: 1)
        public static let italic = Emphasis(rawValue: 2)
        public static let code = Emphasis(rawValue: 4)
    }

    /// Where a link leads.
    public enum Link: Hashable, Sendable {
        /// A web address (`https://…`, `mailto:…`).
        case url(String)
        /// The id of a section, table or figure in the same briefing (`#id`).
        case reference(String)
    }

    /// A stretch of text with one emphasis and link, or a footnote's reference (`^[text]`): no text of its
    /// own, the note's text in `footnote`.
    public struct Span: Hashable, Sendable {
        public var text: String
        public var emphasis: Emphasis
        public var link: Link?
        /// The text of the footnote this span refers to; its number is given when the document is laid out.
        public var footnote: InlineText?

        public init(_ text: String, emphasis: Emphasis = [], link: Link? = nil) {
            self.text = text
            self.emphasis = emphasis
            self.link = link
        }

        /// A reference to the footnote `note`.
        public init(footnote note: InlineText) {
            self.init("")
            footnote = note
        }
    }

    /// Most text — every cell of a table read from a data file — is plain: kept as its string alone, without
    /// an array of one span, which took most of the memory of reading a large table.
    private enum Storage: Sendable {
        case plain(String)
        case spans([Span])
    }

    private var storage: Storage

    /// The text's spans, in order.
    public var spans: [Span] {
        get {
            switch storage {
            case .plain(let text): text.isEmpty ? [] : [Span(text)]
            case .spans(let spans): spans
            }
        }
        set { storage = .spans(newValue) }
    }

    public init(spans: [Span]) {
        storage = .spans(spans)
    }

    /// Plain text with no markup.
    public init(plain text: String) {
        storage = .plain(text)
    }

    public static func == (lhs: InlineText, rhs: InlineText) -> Bool {
        if case .plain(let left) = lhs.storage, case .plain(let right) = rhs.storage { return left == right }
        return lhs.spans == rhs.spans
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(spans)
    }

    /// Text parsed for markup; a string literal in code is treated as markup too.
    public init(stringLiteral value: String) {
        self = InlineMarkupParser.parse(value)
    }

    /// `source` parsed for inline markup (`**bold**`, `*italic*`, `` `code` ``, `[text](url)`, `[text](#id)`), as a
    /// briefing file's text is: for text that is not a literal in code.
    public init(markup source: String) {
        self = InlineMarkupParser.parse(source)
    }

    /// The text without markup.
    public var plainText: String {
        if case .plain(let text) = storage { return text }
        return spans.map(\.text).joined()
    }
    public var description: String { plainText }
    public var isEmpty: Bool {
        if case .plain(let text) = storage { return text.isEmpty }
        return spans.allSatisfy { $0.text.isEmpty }
    }

    /// The ids this text refers to with `[text](#id)`, its footnotes' included.
    public var references: [String] {
        spans.flatMap { span -> [String] in
            if case .reference(let id) = span.link { return [id] }
            return span.footnote?.references ?? []
        }
    }

    /// The footnotes this text refers to, in order.
    public var footnotes: [InlineText] { spans.compactMap(\.footnote) }
}
