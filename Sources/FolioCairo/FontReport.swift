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

    /// One message per problem, in a stable order.
    public var messages: [String] {
        let families = substitutedFamilies.keys.sorted().map { family in
            "font family '\(family)' is not installed; '\(substitutedFamilies[family] ?? "?")' was used instead (add its folder with --font-dir)"
        }
        let characters = missingCharacters.sorted().map { value in
            let scalar = Unicode.Scalar(value).map { " '\(String($0))'" } ?? ""
            return "no font has the character U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4))\(scalar); it is left out"
        }
        return families + characters
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
