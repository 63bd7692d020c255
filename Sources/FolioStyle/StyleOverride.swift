import FolioCore
import FolioDecoding

/// One `--set key.path=value` from the command line: a value written in YAML for a place in the style.
public struct StyleOverride: Sendable {
    public let keys: [String]
    public let value: SourceNode
    /// Where the keys start in the argument, for errors that point at one of them.
    let keyMarks: [SourceNode.Mark]

    /// Reads `argument` ("colors.accent=#123456"), the `index`-th (1-based) `--set`; errors name it as
    /// `--set:index:column`.
    public init(_ argument: String, index: Int) throws(FolioError) {
        let file = "--set"
        func failure(_ message: String, column: Int) -> FolioError {
            FolioError(diagnostics: [Diagnostic(code: .usage, message: message, location: SourceLocation(file: file, line: index, column: column))])
        }
        guard let equals = argument.firstIndex(of: "=") else {
            throw failure("'\(argument)' is not key.path=value (for example colors.accent=#1F4E79)", column: 1)
        }
        let path = argument[..<equals]
        var keys: [String] = [], marks: [SourceNode.Mark] = []
        var column = 1
        for key in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard !key.isEmpty else { throw failure("'\(path)' has an empty key", column: column) }
            keys.append(String(key))
            marks.append(SourceNode.Mark(line: index, column: column, file: file))
            column += key.count + 1
        }
        let text = String(argument[argument.index(after: equals)...])
        // A colour such as #1F4E79 would read as a YAML comment: a value starting with # is text as written.
        let value = text.hasPrefix("#") || text.isEmpty
            ? SourceNode(.scalar(text, plain: false), mark: SourceNode.Mark(line: index, column: column))
            : try StructuredTextReader.read(text, file: file, startingAt: index, column: column)
        self.keys = keys
        self.keyMarks = marks
        self.value = value.stamped(file: file)
    }

    /// `tree` with this value at its path: mappings are merged into what is there, anything else replaces it.
    func applied(to tree: SourceNode) -> SourceNode {
        Self.set(value, at: Array(zip(keys, keyMarks)), in: tree)
    }

    private static func set(_ value: SourceNode, at path: [(String, SourceNode.Mark)], in node: SourceNode) -> SourceNode {
        guard let (key, mark) = path.first else { return value.merged(over: node) }
        var entries: [SourceNode.Entry] = []
        if case .mapping(let existing) = node.value { entries = existing }
        let rest = Array(path.dropFirst())
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = set(value, at: rest, in: entries[index].value)
        } else {
            entries.append(SourceNode.Entry(key: key, keyMark: mark, value: set(value, at: rest, in: SourceNode(.mapping([]), mark: mark))))
        }
        return SourceNode(.mapping(entries), mark: node.mark)
    }
}
