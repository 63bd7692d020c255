/// The emphasis of a table cell or row: a status colour for comparisons and status columns.
public enum Tone: String, Hashable, Sendable, CaseIterable {
    case good, warning, bad, muted
}
