import FolioCore

extension DecodingContext {
    /// A finite number, or nil with an error (NaN and infinity are refused).
    public func number(_ node: SourceNode, path: DataPath) -> Double? {
        if case .scalar(let text, _) = node.value, !node.isNull, let value = Double(text), value.isFinite {
            return value
        }
        report("expected a number, found \(describe(node))", at: node.mark, path: path)
        return nil
    }
}
