/// A request for a font: family, size in points, weight and slant. The measurer resolves it to a real face.
public struct FontSpec: Hashable, Sendable {
    /// Font weight on the CSS/OpenType scale (400 regular, 700 bold).
    public struct Weight: Hashable, Sendable, Comparable {
        public var value: Int
        public init(_ value: Int) { self.value = value }
        public static let regular = Weight(400)
        public static let medium = Weight(500)
        public static let semibold = Weight(600)
        public static let bold = Weight(700)
        public static func < (lhs: Weight, rhs: Weight) -> Bool { lhs.value < rhs.value }
    }

    public var family: String
    public var size: Double
    public var weight: Weight
    public var italic: Bool

    public init(family: String, size: Double, weight: Weight = .regular, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }

    /// The same font in bold.
    public var bold: FontSpec { with { $0.weight = .bold } }
    /// The same font in italic.
    public var italicized: FontSpec { with { $0.italic = true } }

    /// A copy changed by `change`.
    public func with(_ change: (inout FontSpec) -> Void) -> FontSpec {
        var copy = self
        change(&copy)
        return copy
    }
}
