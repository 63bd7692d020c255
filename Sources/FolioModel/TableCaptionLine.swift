/// A line that captions a Markdown pipe table (`Table: …`) or names its source (`Source: …`).
struct TableCaptionLine {
    /// The table key the line sets: `caption` or `source`.
    let key: String
    /// How many characters the line's prefix takes.
    let prefixLength: Int

    init?(_ text: String) {
        for (prefix, key) in [("Table: ", "caption"), ("Source: ", "source")] where text.hasPrefix(prefix) {
            self.key = key
            prefixLength = prefix.count
            return
        }
        return nil
    }
}
