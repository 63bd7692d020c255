import FolioCore
import FolioDecoding

/// Reads a `labels:` mapping — in a style file or a briefing — into the words it replaces: every key one
/// of `Labels.Key`, every value text whose `{placeholders}` are the key's own. Each problem is reported
/// with its location, an unknown key with the nearest known one.
public enum LabelsDecoder {
    public static func decode(_ node: SourceNode, path: DataPath, context: DecodingContext) -> [Labels.Key: String] {
        guard let map = MappingReader(node, path: path, context: context, expected: "a mapping of labels (such as contents: Sommaire)") else {
            return [:]
        }
        map.rejectUnknownKeys(Labels.Key.allCases.map(\.rawValue))
        var labels: [Labels.Key: String] = [:]
        for key in Labels.Key.allCases {
            guard let value = map.value(key.rawValue), let text = context.text(value, path: path.appending(key.rawValue)) else { continue }
            for name in placeholders(in: text) where !key.placeholders.contains(name) {
                let allowed = key.placeholders.isEmpty ? "it takes none" : "it takes " + key.placeholders.map { "{\($0)}" }.joined(separator: " and ")
                context.report("label '\(key.rawValue)' has no placeholder {\(name)}; \(allowed)", at: value.mark,
                               path: path.appending(key.rawValue))
            }
            labels[key] = text
        }
        return labels
    }

    /// The names written in braces in `text`.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            names.append(String(rest[after..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
