import FolioGraphics

/// A briefing composed into flow blocks, ready to paginate: the blocks in reading order, what the user should
/// be warned of, and the faces of the fonts their lines use.
public struct Composition {
    public var blocks: [any FlowBlock] = []
    public var warnings: [String] = []
    public var fonts = FontTable()

    public init(blocks: [any FlowBlock] = [], warnings: [String] = [], fonts: FontTable = FontTable()) {
        self.blocks = blocks
        self.warnings = warnings
        self.fonts = fonts
    }
}
