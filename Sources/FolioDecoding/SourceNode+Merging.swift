import Yams

extension SourceNode {
    /// This node with every mark under it naming `file`, so that once merged into another file's nodes its
    /// errors still point to where it was written.
    public func stamped(file: String) -> SourceNode {
        func stamp(_ mark: Mark) -> Mark { Mark(line: mark.line, column: mark.column, file: mark.file ?? file) }
        let value: Value = switch self.value {
        case .scalar: self.value
        case .sequence(let items): .sequence(items.map { $0.stamped(file: file) })
        case .mapping(let entries):
            .mapping(entries.map { Entry(key: $0.key, keyMark: stamp($0.keyMark), value: $0.value.stamped(file: file)) })
        }
        return SourceNode(value, mark: stamp(mark))
    }

    /// This node laid over `base`: mappings merge key by key, all the way down (keys of `base` keep their
    /// order, new ones follow); anything else replaces what `base` has.
    public func merged(over base: SourceNode) -> SourceNode {
        guard case .mapping(let own) = value, case .mapping(let inherited) = base.value else { return self }
        var entries = inherited.map { entry -> Entry in
            guard let mine = own.first(where: { $0.key == entry.key }) else { return entry }
            return Entry(key: entry.key, keyMark: mine.keyMark, value: mine.value.merged(over: entry.value))
        }
        entries += own.filter { mine in !inherited.contains { $0.key == mine.key } }
        return SourceNode(.mapping(entries), mark: mark)
    }

    /// The value at `key` of a mapping.
    public subscript(key: String) -> SourceNode? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// This mapping without `key`.
    public func removing(key: String) -> SourceNode {
        guard case .mapping(let entries) = value else { return self }
        return SourceNode(.mapping(entries.filter { $0.key != key }), mark: mark)
    }

    /// This node as YAML text: block mappings, flow lists of scalars, scalars quoted where plain would change them.
    public func yamlText() -> String {
        (try? Yams.serialize(node: yamsNode(), sortKeys: false)) ?? ""
    }

    private func yamsNode() -> Node {
        switch value {
        case .scalar(let text, let plain):
            return Node.scalar(Node.Scalar(text, Tag(.implicit), plain ? .plain : .doubleQuoted))
        case .sequence(let items):
            let flow = items.allSatisfy { if case .scalar = $0.value { true } else { false } }
            return Node.sequence(Node.Sequence(items.map { $0.yamsNode() }, Tag(.implicit), flow ? .flow : .block))
        case .mapping(let entries):
            return Node.mapping(Node.Mapping(entries.map { (Node.scalar(Node.Scalar($0.key)), $0.value.yamsNode()) }))
        }
    }
}
