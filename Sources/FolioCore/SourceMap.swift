import Foundation

/// Where the parts of a briefing were written: the file, line and column of each value, by its path.
///
/// Filled when a briefing is read from a file (YAML, JSON or Markdown), empty for one built in code. The
/// layout's warnings carry paths; this turns them into `file:line:col`. It says where a briefing came from,
/// not what it says, so two maps always compare equal: a briefing equals another with the same content.
///
/// It lives as long as the briefing is laid out, and a long briefing records tens of thousands of paths, so
/// the paths are kept as a tree of steps (`sections` → `[12]` → `blocks` → `[3]`), each step once, rather
/// than each path whole, and each step as one number: its parent node and its key (by a number given to
/// each key met) or index.
public struct SourceMap: Hashable, Sendable {
    /// Where a node's value was written: an index into `files`, and line and column.
    private struct Place: Sendable {
        var file: Int32
        var line: Int32
        var column: Int32
        static let none = Place(file: -1, line: 0, column: 0)
    }

    /// The node each step leads to, by `knownStep(from:_:)`.
    private var steps: [UInt64: Int32] = [:]
    /// The number of each key met, for steps.
    private var keyNumbers: [String: UInt32] = [:]
    /// The place of each node, by its number (the root first); `Place.none` for a node only passed through.
    private var places: [Place] = [.none]
    private var files: [String] = []
    /// What reading the file warned of, located: how it was written, not what it says (a language tag the
    /// locale data does not know). Reported with the layout's warnings.
    public var readingWarnings: [Diagnostic] = []
    /// The data files tables, charts and timelines were read from (`folio watch` renders again when one changes).
    public var dataFiles: [URL] = []

    public init() {}

    public var isEmpty: Bool { steps.isEmpty && places[0].file < 0 }

    /// Records that the value at `path` was written at `location`.
    public mutating func record(_ location: SourceLocation, for path: DataPath) {
        var node: Int32 = 0
        for component in path.components {
            let step = recordedStep(from: node, component)
            if let next = steps[step] {
                node = next
            } else {
                node = Int32(places.count)
                steps[step] = node
                places.append(.none)
            }
        }
        let file: Int32
        if let known = files.lastIndex(of: location.file) {
            file = Int32(known)
        } else {
            file = Int32(files.count)
            files.append(location.file)
        }
        places[Int(node)] = Place(file: file, line: Int32(clamping: location.line), column: Int32(clamping: location.column))
    }

    /// Where the value at `path` was written, or the nearest value holding it that has a location.
    public func location(of path: DataPath) -> SourceLocation? {
        var node: Int32 = 0
        var found = places[0]
        for component in path.components {
            guard let step = knownStep(from: node, component), let next = steps[step] else { break }
            node = next
            if places[Int(node)].file >= 0 { found = places[Int(node)] }
        }
        guard found.file >= 0 else { return nil }
        return SourceLocation(file: files[Int(found.file)], line: Int(found.line), column: Int(found.column))
    }

    /// `diagnostic` with the location of its path, unless it has one already.
    public func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.location == nil, let path = diagnostic.path else { return diagnostic }
        var located = diagnostic
        located.location = location(of: path)
        return located
    }

    /// The step from `node` by `component`, a key met for the first time given a number.
    private mutating func recordedStep(from node: Int32, _ component: DataPath.Component) -> UInt64 {
        if case .key(let key) = component, keyNumbers[key] == nil { keyNumbers[key] = UInt32(keyNumbers.count) }
        return knownStep(from: node, component) ?? 0
    }

    /// The step from `node` by `component` as one number: the node in the high half; in the low, an index,
    /// or a key's number with the top bit set. Nil for a key never met.
    private func knownStep(from node: Int32, _ component: DataPath.Component) -> UInt64? {
        let low: UInt32
        switch component {
        case .index(let index): low = UInt32(clamping: index) & 0x7FFF_FFFF
        case .key(let key):
            guard let number = keyNumbers[key] else { return nil }
            low = number | 0x8000_0000
        }
        return UInt64(UInt32(bitPattern: node)) << 32 | UInt64(low)
    }

    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
