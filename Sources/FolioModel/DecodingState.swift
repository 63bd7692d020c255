import FolioCore
import FolioDecoding

/// What the decoder learns across the whole briefing: the ids it has seen and the references it must check.
final class DecodingState {
    struct Reference {
        var id: String
        var mark: SourceNode.Mark
        var path: DataPath
    }

    private(set) var ids: [String: DataPath] = [:]
    private(set) var references: [Reference] = []

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
