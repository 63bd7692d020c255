/// The faces behind the `FontID`s of a laid-out document: what a target loads to draw its glyph runs.
public struct FontTable: Hashable, Sendable, Codable {
    public private(set) var faces: [FontID: FontFace]

    public init(_ faces: [FontID: FontFace] = [:]) {
        self.faces = faces
    }

    public subscript(id: FontID) -> FontFace? { faces[id] }

    public var isEmpty: Bool { faces.isEmpty }
    public var count: Int { faces.count }

    /// The ids in ascending order, for listing the table the same way every time.
    public var ids: [FontID] { faces.keys.sorted() }

    /// Records `face` as the face of `id`.
    public mutating func set(_ face: FontFace, for id: FontID) {
        faces[id] = face
    }

    /// This table with the entries of `other` added; `other` wins where both name an id (they never differ
    /// within one export: each measurer issues ids from a range of its own).
    public func merging(_ other: FontTable) -> FontTable {
        FontTable(faces.merging(other.faces) { _, new in new })
    }
}
