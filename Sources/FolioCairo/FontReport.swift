/// What went wrong with fonts while text was measured.
public struct FontReport: Hashable, Sendable {
    /// Families asked for that are not installed, with the family used instead.
    public var substitutedFamilies: [String: String] = [:]
    /// Characters that no font has (drawn as nothing), as Unicode scalar values.
    public var missingCharacters: Set<UInt32> = []

    public init() {}

    public var isEmpty: Bool { substitutedFamilies.isEmpty && missingCharacters.isEmpty }

    /// Adds what `other` found.
    public mutating func absorb(_ other: FontReport) {
        substitutedFamilies.merge(other.substitutedFamilies) { first, _ in first }
        missingCharacters.formUnion(other.missingCharacters)
    }

    /// One message for each family that is not installed, in a stable order. (The layout reports the missing
    /// characters, at the first place each appears.)
    public var familyMessages: [String] {
        substitutedFamilies.keys.sorted().map { family in
            "font family '\(family)' is not installed; '\(substitutedFamilies[family] ?? "?")' was used instead (add its folder with --font-dir)"
        }
    }
}
