/// Text with attributes: one string and contiguous runs that each style a range of its UTF-8 bytes.
///
/// UTF-8 offsets are what Pango's attribute lists use, so a measurer maps runs onto them directly.
public struct RichText: Hashable, Sendable {
    /// A stretch of the string with one set of attributes.
    public struct Run: Hashable, Sendable {
        /// The run's bytes in the UTF-8 encoding of `RichText.string`.
        public var utf8Range: Range<Int>
        public var attributes: TextAttributes
    }

    public private(set) var string: String = ""
    public private(set) var runs: [Run] = []

    public init() {}

    public init(_ string: String, attributes: TextAttributes) {
        append(string, attributes: attributes)
    }

    public var isEmpty: Bool { string.isEmpty }

    /// Adds `text` at the end, merging it into the last run when the attributes are the same.
    public mutating func append(_ text: String, attributes: TextAttributes) {
        guard !text.isEmpty else { return }
        let start = string.utf8.count
        string += text
        let end = string.utf8.count
        if let last = runs.last, last.attributes == attributes {
            runs[runs.count - 1].utf8Range = last.utf8Range.lowerBound..<end
        } else {
            runs.append(Run(utf8Range: start..<end, attributes: attributes))
        }
    }

    /// Adds all of `other` at the end.
    public mutating func append(_ other: RichText) {
        for run in other.runs {
            let utf8 = other.string.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: run.utf8Range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: run.utf8Range.upperBound)
            append(String(other.string[lower..<upper]), attributes: run.attributes)
        }
    }

    /// The attributes at the start of the text, or nil when it is empty.
    public var leadingAttributes: TextAttributes? { runs.first?.attributes }
}

extension RichText {
    /// The text with every run that has no language of its own in `language`.
    public func inLanguage(_ language: String) -> RichText {
        var result = self
        for index in result.runs.indices where result.runs[index].attributes.language == nil {
            result.runs[index].attributes.language = language
        }
        return result
    }
}
