/// A path into structured data, such as `sections[1].blocks[3].list.items[0].text`.
public struct DataPath: Hashable, Sendable, Codable, CustomStringConvertible {
    /// One step: a key of a mapping or an index into a sequence.
    public enum Component: Hashable, Sendable, Codable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = DataPath()

    /// This path extended by a key.
    public func appending(_ key: String) -> DataPath { DataPath(components + [.key(key)]) }
    /// This path extended by an index.
    public func appending(_ index: Int) -> DataPath { DataPath(components + [.index(index)]) }

    /// This path followed by every step of `other`: a path relative to a part, placed under that part.
    public func appending(_ other: DataPath) -> DataPath { DataPath(components + other.components) }

    public var isRoot: Bool { components.isEmpty }

    /// The path of what holds this value: one step shorter (the root's parent is the root).
    public var parent: DataPath { DataPath(Array(components.dropLast())) }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(document)" : text
    }
}
