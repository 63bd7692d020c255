/// A font face at a size, as resolved by the measurer of one export.
///
/// Display lists name fonts by this small number; the measurer that produced the lines
/// keeps the table from numbers to real fonts, so the target that draws them must come from the same export.
public struct FontID: Hashable, Sendable, Comparable {
    public var rawValue: Int32

    public init(_ rawValue: Int32) {
        self.rawValue = rawValue
    }

    public static func < (lhs: FontID, rhs: FontID) -> Bool { lhs.rawValue < rhs.rawValue }
}
