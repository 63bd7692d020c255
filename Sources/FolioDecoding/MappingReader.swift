import FolioCore

/// Reads the keys of one mapping node, remembering which were used so that unknown keys can be reported.
public struct MappingReader {
    public let node: SourceNode
    public let path: DataPath
    public let context: DecodingContext
    private let entries: [SourceNode.Entry]

    /// A reader of `node`, or nil (with an error naming `what` was expected) when `node` is not a mapping.
    public init?(_ node: SourceNode, path: DataPath, context: DecodingContext, expected what: String) {
        guard case .mapping(let entries) = node.value else {
            context.report("expected \(what), found \(node.kindDescription)", at: node.mark, path: path)
            return nil
        }
        self.node = node
        self.path = path
        self.context = context
        self.entries = entries
    }

    /// The keys of the mapping, in file order.
    public var keys: [String] { entries.map(\.key) }

    /// The value of `key`, or nil when the key is absent or its value is null.
    public func value(_ key: String) -> SourceNode? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// Where `key` itself is written, or the mapping's start when it is absent.
    public func keyMark(_ key: String) -> SourceNode.Mark {
        entries.first { $0.key == key }?.keyMark ?? node.mark
    }

    /// The text at `key`; reports an error when it is required and missing, or not text.
    public func text(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        return context.text(value, path: path.appending(key))
    }

    /// A list of texts at `key`; a single text is taken as a list of one.
    public func texts(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        let keyPath = path.appending(key)
        if case .sequence(let items) = value.value {
            return items.enumerated().compactMap { context.text($1, path: keyPath.appending($0)) }
        }
        return context.text(value, path: keyPath).map { [$0] } ?? []
    }

    /// Reports that `key` is required but absent.
    public func missing(_ key: String) {
        context.report("missing required key '\(key)'", at: node.mark, path: path)
    }

    /// Reports every key not in `known`, with a did-you-mean hint when one is close, and every key given twice.
    public func rejectUnknownKeys(_ known: [String]) {
        var seen: Set<String> = []
        for entry in entries {
            if !seen.insert(entry.key).inserted {
                context.report("key '\(entry.key)' is given more than once", at: entry.keyMark, path: path)
            } else if !known.contains(entry.key) {
                var message = "unknown key '\(entry.key)'"
                if let suggestion = Suggestion.closest(to: entry.key, among: known) {
                    message += "; did you mean '\(suggestion)'?"
                } else {
                    message += " (expected one of: \(known.joined(separator: ", ")))"
                }
                context.report(message, at: entry.keyMark, path: path)
            }
        }
    }
}
