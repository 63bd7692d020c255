import Folio
import FolioCore
import FolioGraphics

/// `--page-fill`: a line for every page saying how much of its body is empty at its foot, why the page ended
/// there, and the block the next page starts with; a page more than a quarter empty without a reason is flagged `[hole]`, so a script can look for
/// pages with holes no reader should see.
enum PageFillReport {
    /// More of a page's body than this empty at its foot, without a reason, is a hole.
    static let holeShare = 0.25

    /// The lines for the pages that ended as `ends` say, of the briefing `input`.
    static func lines(_ ends: [PageEnd], of input: String) -> [String] {
        ends.enumerated().map { index, end in
            let share = Int((end.emptyShare * 100).rounded())
            var line = "\(input): page \(index + 1): \(share)% empty at its foot (\(end.reason.rawValue)"
            if let next = end.next { line += "; the next page starts with \(next)" }
            if end.nextIsPinned { line += ", which could go nowhere else" }
            if let needed = end.needed, end.reason == .keptWithNext || end.reason == .doesNotFit {
                line += ", which needed \(NumberText.compact(needed, places: 0)) pt where \(NumberText.compact(max(end.empty, 0), places: 0)) pt were left"
            }
            line += ")"
            if end.emptyShare > holeShare, !end.isExplained { line += " [hole]" }
            return line
        }
    }
}
