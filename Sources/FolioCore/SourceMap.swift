import Foundation

/// Where the parts of a briefing were written: the file, line and column of each value, by its path.
///
/// Filled when a briefing is read from a file (YAML, JSON or Markdown), empty for one built in code. The
/// layout's warnings carry paths; this turns them into `file:line:col`. It says where a briefing came from,
/// not what it says, so two maps always compare equal: a briefing equals another with the same content.
public struct SourceMap: Hashable, Sendable, Codable {
    private var locations: [DataPath: SourceLocation]
    /// What reading the file warned of, located: how it was written, not what it says (a language tag the
    /// locale data does not know). Reported with the layout's warnings.
    public var readingWarnings: [Diagnostic] = []
    /// The data files tables, charts and timelines were read from (`folio watch` renders again when one changes).
    public var dataFiles: [URL] = []

    public init(_ locations: [DataPath: SourceLocation] = [:]) {
        self.locations = locations
    }

    public var isEmpty: Bool { locations.isEmpty }

    /// Records that the value at `path` was written at `location`.
    public mutating func record(_ location: SourceLocation, for path: DataPath) {
        locations[path] = location
    }

    /// Where the value at `path` was written, or the nearest value holding it that has a location.
    public func location(of path: DataPath) -> SourceLocation? {
        var current = path
        while true {
            if let location = locations[current] { return location }
            if current.isRoot { return nil }
            current = current.parent
        }
    }

    /// `diagnostic` with the location of its path, unless it has one already.
    public func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.location == nil, let path = diagnostic.path else { return diagnostic }
        var located = diagnostic
        located.location = location(of: path)
        return located
    }

    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
