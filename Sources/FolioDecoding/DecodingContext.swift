import FolioCore

/// Collects the diagnostics of one decoding pass, so that every problem in a file is reported at once.
public final class DecodingContext {
    /// The file name used in diagnostics.
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    /// Whether any error (not only warnings) has been reported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records an error (or warning) at `mark` for the value at `path`.
    public func report(_ message: String, at mark: SourceNode.Mark, path: DataPath,
                       code: FolioError.Code = .invalidInput, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(severity, code: code, message: message,
                                      location: SourceLocation(file: mark.file ?? file, line: mark.line, column: mark.column),
                                      path: path))
    }

    /// Runs `body`, and after each error it reports in another file than the one being decoded (a data file
    /// the briefing reads) adds a note at `mark` in the briefing: where that file is read, or the field named.
    public func noting<Result>(_ note: String, at mark: SourceNode.Mark, path: DataPath, _ body: () -> Result) -> Result {
        let start = diagnostics.count
        let result = body()
        guard diagnostics.count > start else { return result }
        let location = SourceLocation(file: mark.file ?? file, line: mark.line, column: mark.column)
        var joined = Array(diagnostics[..<start])
        for diagnostic in diagnostics[start...] {
            joined.append(diagnostic)
            if diagnostic.severity == .error, let other = diagnostic.location, other.file != location.file {
                joined.append(Diagnostic(.note, code: diagnostic.code, message: note, location: location, path: path))
            }
        }
        diagnostics = joined
        return result
    }

    /// Adds diagnostics found elsewhere (reading a data file), each with a note at `mark` saying what read it.
    public func absorb(_ found: [Diagnostic], note: String, at mark: SourceNode.Mark, path: DataPath) {
        noting(note, at: mark, path: path) { diagnostics += found.map { var placed = $0; placed.path = placed.path ?? path; return placed } }
    }

    /// Takes out every diagnostic reported so far, for `append(_:)` to put back where they belong in the order.
    public func removeAllDiagnostics() -> [Diagnostic] {
        defer { diagnostics = [] }
        return diagnostics
    }

    /// Adds diagnostics taken out by `removeAllDiagnostics()`, as they were.
    public func append(_ taken: [Diagnostic]) {
        diagnostics += taken
    }

    /// The text of a scalar node, or nil (with an error) when it is a list, a mapping or null.
    public func text(_ node: SourceNode, path: DataPath) -> String? {
        if case .scalar(let text, _) = node.value, !node.isNull { return text }
        report("expected text, found \(node.kindDescription)", at: node.mark, path: path)
        return nil
    }

    /// The items of a list node, or nil (with an error) when it is something else.
    public func list(_ node: SourceNode, path: DataPath) -> [SourceNode]? {
        if case .sequence(let items) = node.value { return items }
        report("expected a list, found \(node.kindDescription)", at: node.mark, path: path)
        return nil
    }

    /// A boolean from `true`/`false` (and YAML's `yes`/`no`), or nil with an error.
    public func bool(_ node: SourceNode, path: DataPath) -> Bool? {
        if case .scalar(let text, let plain) = node.value, plain {
            switch text.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        report("expected true or false, found \(describe(node))", at: node.mark, path: path)
        return nil
    }

    /// A short quotation of a node for messages: the scalar's text, or what kind of node it is.
    public func describe(_ node: SourceNode) -> String {
        if case .scalar(let text, _) = node.value, !node.isNull {
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "\"\(shown)\""
        }
        return node.kindDescription
    }
}
