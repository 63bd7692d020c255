import FolioCore
import FolioDecoding
import Foundation

/// What the decoder learns across the whole briefing: the ids it has seen and the references it must check.
final class DecodingState {
    struct Reference {
        var id: String
        var mark: SourceNode.Mark
        var path: DataPath
    }

    private(set) var ids: [String: DataPath] = [:]
    private(set) var references: [Reference] = []
    /// Where each block, section, event and text was written, for locating the layout's warnings.
    private(set) var sourceMap = SourceMap()
    private let file: String

    init(file: String) {
        self.file = file
    }

    /// Records that parts of the briefing were read from the data file at `url` (for `folio watch`).
    func readData(from url: URL) {
        if !sourceMap.dataFiles.contains(url) { sourceMap.dataFiles.append(url) }
    }

    /// Records that the value at `path` starts at `mark`.
    func record(_ mark: SourceNode.Mark, for path: DataPath) {
        sourceMap.record(SourceLocation(file: mark.file ?? file, line: mark.line, column: mark.column), for: path)
    }

    /// Records `id` declared at `path`; returns the path of an earlier declaration if it is a duplicate.
    func declare(_ id: String, at path: DataPath) -> DataPath? {
        if let earlier = ids[id] { return earlier }
        ids[id] = path
        return nil
    }

    func refer(to id: String, at mark: SourceNode.Mark, path: DataPath) {
        references.append(Reference(id: id, mark: mark, path: path))
    }
}
