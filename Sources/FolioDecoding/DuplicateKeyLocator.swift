/// Finds where a mapping key is written a second time, for the error Yams raises about duplicate keys
/// (which points only at the mapping).
enum DuplicateKeyLocator {
    /// The line and column of the second place, at or after `fromLine`, where `key` is written as a key
    /// (`key:` or `"key":`), or nil if it cannot be found.
    static func secondOccurrence(of key: String, in text: String, fromLine: Int) -> SourceNode.Mark? {
        guard !key.isEmpty else { return nil }
        var found = 0
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where offset + 1 >= fromLine {
            let scalars = Array(line.unicodeScalars)
            for start in scalars.indices {
                for candidate in [key, "\"\(key)\"", "'\(key)'"] {
                    let pattern = Array(candidate.unicodeScalars)
                    guard start + pattern.count <= scalars.count,
                          Array(scalars[start..<(start + pattern.count)]) == pattern else { continue }
                    let before = scalars[..<start].last { $0 != " " }
                    guard before == nil || before == "{" || before == "," || before == "-" else { continue }
                    let after = scalars[(start + pattern.count)...].first { $0 != " " }
                    guard after == ":" else { continue }
                    found += 1
                    if found == 2 { return SourceNode.Mark(line: offset + 1, column: start + 1) }
                }
            }
        }
        return nil
    }
}
