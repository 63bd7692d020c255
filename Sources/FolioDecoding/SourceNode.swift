import FolioCore

/// A node of structured input (YAML or JSON) with the line and column it started at.
///
/// Decoding walks these instead of Swift's `Decoder` so that every value keeps its place in the file,
/// and so that decoding can report every problem, not only the first.
public struct SourceNode: Sendable {
    /// One key and value of a mapping, the key with its own position.
    public struct Entry: Sendable {
        public var key: String
        public var keyMark: Mark
        public var value: SourceNode

        public init(key: String, keyMark: Mark, value: SourceNode) {
            self.key = key
            self.keyMark = keyMark
            self.value = value
        }
    }

    /// 1-based line and column of a node in its file.
    public struct Mark: Hashable, Sendable {
        public var line: Int
        public var column: Int
        /// The file the node came from, when it is not the one being decoded: a style it extends, or a
        /// `--set` on the command line.
        public var file: String?
        public init(line: Int, column: Int, file: String? = nil) {
            self.line = line
            self.column = column
            self.file = file
        }
    }

    /// What a node holds.
    public enum Value: Sendable {
        /// A scalar and whether it was written plain (unquoted), where `null`, `~` and nothing mean no value.
        case scalar(String, plain: Bool)
        case sequence([SourceNode])
        case mapping([Entry])
    }

    public var value: Value
    public var mark: Mark

    public init(_ value: Value, mark: Mark) {
        self.value = value
        self.mark = mark
    }

    /// Whether this is a plain `null`, `~` or empty scalar.
    public var isNull: Bool {
        if case .scalar(let text, plain: true) = value { return text.isEmpty || text == "null" || text == "~" || text == "Null" || text == "NULL" }
        return false
    }

    /// A word for what the node is, for error messages: "a mapping", "a list", "text".
    public var kindDescription: String {
        switch value {
        case .scalar: isNull ? "null" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
