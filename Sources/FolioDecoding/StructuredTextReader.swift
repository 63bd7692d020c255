import FolioCore
import Yams

/// Reads YAML (and JSON, which `JSONReader` reads) into `SourceNode`s with positions.
///
/// Aliases are expanded, but the number of nodes is capped so that an alias bomb is refused
/// instead of exhausting memory.
public enum StructuredTextReader {
    /// The most nodes a document may expand to.
    public static let maximumNodeCount = 2_000_000
    /// The deepest nesting a document may have.
    public static let maximumDepth = 200
    static let tooDeep = "values are nested too deeply (more than \(maximumDepth) levels)"

    /// The root node of `text`, which is read from `file` (used only in diagnostics).
    /// A file whose name ends in .json is read as JSON (`JSONReader`), strictly and faster.
    public static func read(_ text: String, file: String) throws(FolioError) -> SourceNode {
        if JSONReader.reads(file) { return try JSONReader.read(text, file: file) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw FolioError(diagnostics: [diagnostic(for: error, text: text, file: file)])
        } catch {
            throw FolioError(.unreadableInput, "\(file): \(error)")
        }
        guard let root else {
            throw FolioError(diagnostics: [Diagnostic(code: .invalidInput, message: "the file is empty",
                                                       location: SourceLocation(file: file, line: 1, column: 1))])
        }
        var budget = maximumNodeCount
        return try convert(root, depth: 0, budget: &budget, file: file)
    }

    private static func convert(_ node: Node, depth: Int, budget: inout Int, file: String) throws(FolioError) -> SourceNode {
        budget -= 1
        let mark = node.mark.map { SourceNode.Mark(line: $0.line, column: $0.column) } ?? SourceNode.Mark(line: 1, column: 1)
        guard budget >= 0 else {
            throw limit("the document expands to more than \(maximumNodeCount) values (are aliases nested?)", mark, file)
        }
        guard depth <= maximumDepth else {
            throw limit(tooDeep, mark, file)
        }
        switch node {
        case .scalar(let scalar):
            return SourceNode(.scalar(scalar.string, plain: scalar.style == .plain), mark: mark)
        case .sequence(let sequence):
            var children: [SourceNode] = []
            children.reserveCapacity(sequence.count)
            for child in sequence {
                children.append(try convert(child, depth: depth + 1, budget: &budget, file: file))
            }
            return SourceNode(.sequence(children), mark: mark)
        case .mapping(let mapping):
            var entries: [SourceNode.Entry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyMark = key.mark.map { SourceNode.Mark(line: $0.line, column: $0.column) } ?? mark
                guard let keyText = key.scalar?.string else {
                    // YAML allows a list or a mapping as a key ({[a, b]: 1}); no briefing or style key is one.
                    let kind = key.sequence != nil ? "a list" : "a mapping"
                    throw FolioError(diagnostics: [Diagnostic(code: .invalidInput, message: "a key is text, not \(kind)",
                                                               location: SourceLocation(file: file, line: keyMark.line, column: keyMark.column))])
                }
                entries.append(SourceNode.Entry(key: keyText, keyMark: keyMark,
                                                value: try convert(value, depth: depth + 1, budget: &budget, file: file)))
            }
            return SourceNode(.mapping(entries), mark: mark)
        case .alias:
            throw limit("an alias could not be resolved", mark, file)
        }
    }

    /// A refusal for a limit of this reader or `JSONReader`, at `mark` of `file`.
    static func limit(_ message: String, _ mark: SourceNode.Mark, _ file: String) -> FolioError {
        FolioError(diagnostics: [Diagnostic(code: .limitExceeded, message: message,
                                            location: SourceLocation(file: file, line: mark.line, column: mark.column))])
    }

    private static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? ""
            let mark = DuplicateKeyLocator.secondOccurrence(of: key, in: text, fromLine: context.mark.line)
                ?? SourceNode.Mark(line: context.mark.line, column: context.mark.column)
            return Diagnostic(code: .invalidInput, message: "key '\(key)' is given more than once",
                              location: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return Diagnostic(code: .limitExceeded, message: tooDeep,
                                  location: SourceLocation(file: file, line: mark.line, column: mark.column))
            }
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(code: .unreadableInput, message: "not valid YAML or JSON: \(detail)",
                              location: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            // The reader names a byte: the line and column of that byte are what the user can find.
            let mark = offset.map { position(ofByte: $0, in: text) } ?? SourceNode.Mark(line: 1, column: 1)
            return Diagnostic(code: .unreadableInput, message: "cannot read the file: \(problem)",
                              location: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return Diagnostic(code: .unreadableInput, message: "not valid YAML or JSON: \(error)",
                              location: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// The line and column (in characters) of byte `offset` of `text`'s UTF-8.
    static func position(ofByte offset: Int, in text: String) -> SourceNode.Mark {
        var line = 1, column = 1
        for byte in text.utf8.prefix(max(0, offset)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceNode.Mark(line: line, column: column)
    }
}
