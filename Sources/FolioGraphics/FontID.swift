/// The number a display list names a font face by; the document's `FontTable` says which face it is.
///
/// Each measurer of an export issues ids from a range of its own, so lines measured on several threads can be
/// joined into one document without renumbering.
public struct FontID: Hashable, Sendable, Comparable, Codable {
    public var rawValue: Int32

    public init(_ rawValue: Int32) {
        self.rawValue = rawValue
    }

    public static func < (lhs: FontID, rhs: FontID) -> Bool { lhs.rawValue < rhs.rawValue }
}
