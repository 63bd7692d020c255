/// One thing to tell the user about an input: where it is, what is wrong, and how bad it is.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    public var code: FolioError.Code
    public var message: String
    public var location: SourceLocation?
    public var path: DataPath?

    public init(_ severity: Severity = .error, code: FolioError.Code, message: String,
                location: SourceLocation? = nil, path: DataPath? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.path = path
    }

    /// `file:line:col: error: path: message`, leaving out the parts that are unknown.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): "
        if let path, !path.isRoot { text += "\(path): " }
        return text + message
    }
}

extension Diagnostic {
    /// This diagnostic with its path, relative to a part of the data, placed under that part's `path`.
    public func placed(under path: DataPath) -> Diagnostic {
        var placed = self
        placed.path = path.appending(self.path ?? .root)
        return placed
    }
}
