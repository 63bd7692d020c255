import FolioCore

extension SourceNode {
    /// This node and everything under it moved down `lines` lines, and right `columns` columns —
    /// for YAML read out of a larger file (Markdown front matter, fenced blocks).
    public func shifted(lines: Int, columns: Int) -> SourceNode {
        func move(_ mark: Mark) -> Mark { Mark(line: mark.line + lines, column: mark.column + columns) }
        let value: Value = switch self.value {
        case .scalar: self.value
        case .sequence(let items): .sequence(items.map { $0.shifted(lines: lines, columns: columns) })
        case .mapping(let entries):
            .mapping(entries.map { Entry(key: $0.key, keyMark: move($0.keyMark), value: $0.value.shifted(lines: lines, columns: columns)) })
        }
        return SourceNode(value, mark: move(mark))
    }
}

extension StructuredTextReader {
    /// Reads YAML that starts at `line`, `column` of `file`, so nodes and errors point into that file.
    public static func read(_ text: String, file: String, startingAt line: Int, column: Int) throws(FolioError) -> SourceNode {
        do {
            return try read(text, file: file).shifted(lines: line - 1, columns: column - 1)
        } catch {
            var shifted = error
            shifted.diagnostics = error.diagnostics.map { diagnostic in
                var moved = diagnostic
                if let location = diagnostic.location {
                    moved.location = SourceLocation(file: location.file, line: location.line + line - 1,
                                                    column: location.column + column - 1)
                }
                return moved
            }
            throw shifted
        }
    }
}
