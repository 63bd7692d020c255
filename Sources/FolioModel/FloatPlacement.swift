/// Where a table, chart, timeline or image may go when it does not fit in what is left of its page.
public enum FloatPlacement: String, Hashable, Sendable, CaseIterable {
    /// To the top of the next page, the text after it filling the space it left (LaTeX's `[tp]`); the default.
    case auto
    /// Where it is written: when it does not fit, it starts the next page and takes what follows along.
    case pinned
    /// At the top of a page: of this one if nothing is above it yet, else of the next.
    case top

    /// The block kinds that float: those with a number and a caption.
    public static let floatingKinds: Set<String> = ["table", "chart", "timeline", "image"]
}
