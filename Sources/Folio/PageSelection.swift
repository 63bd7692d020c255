import FolioCore
import Foundation

/// Which pages to write, as `--pages` gives them: "1,3-5", "2-", "-3".
public struct PageSelection: Hashable, Sendable {
    /// Ranges of 1-based page numbers; an open end runs to Int.max.
    public let ranges: [ClosedRange<Int>]

    public init(_ text: String) throws(FolioError) {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let low = bounds[0].isEmpty && bounds.count == 2 ? 1 : Int(bounds[0])
            let high = bounds.count == 1 ? low : (bounds[1].isEmpty ? Int.max : Int(bounds[1]))
            guard let low, let high, low >= 1, high >= low else {
                throw FolioError(.usage, "--pages '\(text)': '\(part)' is not a page or a range of pages (such as 1,3-5 or 2-)")
            }
            ranges.append(low...high)
        }
        self.ranges = ranges
    }

    /// The zero-based indexes of the selected pages of a document of `pageCount` pages, in order, each once.
    public func indexes(pageCount: Int) throws(FolioError) -> [Int] {
        var seen = Set<Int>(), result: [Int] = []
        for range in ranges {
            guard range.lowerBound <= pageCount else {
                throw FolioError(.usage, "page \(range.lowerBound) does not exist: the report has \(pageCount) page\(pageCount == 1 ? "" : "s")")
            }
            for page in range.lowerBound...min(range.upperBound, pageCount) where seen.insert(page).inserted {
                result.append(page - 1)
            }
        }
        return result
    }
}
