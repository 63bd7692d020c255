import FolioCore
import FolioGraphics

/// A briefing composed into flow blocks, ready to paginate: the blocks in reading order, what the user should
/// be warned of, and the faces of the fonts their lines use.
public struct Composition {
    public var blocks: [any FlowBlock] = []
    /// What the user should be warned of, with paths into the briefing.
    public var diagnostics: [Diagnostic] = []
    public var fonts = FontTable()
    /// The footnotes the text refers to, by the name of the place their references lead to.
    public var footnotes: [String: FootnoteBody] = [:]

    public init(blocks: [any FlowBlock] = [], diagnostics: [Diagnostic] = [], fonts: FontTable = FontTable()) {
        self.blocks = blocks
        self.diagnostics = diagnostics
        self.fonts = fonts
    }
}
