/// A block of computer code — commands, logs, configuration — set in a monospaced font exactly as written.
public struct CodeBlock: Hashable, Sendable {
    /// The code, its lines separated by line feeds.
    public var text: String
    /// What the code is written in ("bash", "json"), as a Markdown fence's info string names it; kept, not
    /// highlighted.
    public var syntax: String?

    public init(text: String, syntax: String? = nil) {
        self.text = text
        self.syntax = syntax
    }
}
