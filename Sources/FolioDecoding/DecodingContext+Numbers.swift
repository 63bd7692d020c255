import Foundation
import FolioCore

extension DecodingContext {
    /// A finite number written unquoted, or nil with an error (NaN and infinity are refused).
    public func number(_ node: SourceNode, path: DataPath) -> Double? {
        if case .scalar(let text, plain: true) = node.value, !node.isNull,
           let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite {
            return value
        }
        report("expected a number, found \(describe(node))", at: node.mark, path: path)
        return nil
    }
}
