import Folio
import Foundation
import SnapshotTesting
import Testing

/// The layout of every example in every built-in style, and of a small case for each kind of block, as text
/// dumps (`LayoutDump`) compared with the recordings in `__Snapshots__/LayoutSnapshotTests`.
///
/// A change to the layout fails these tests with a diff whose lines say the page (`p3 …`) and the item. When
/// the change is meant: re-record with `SNAPSHOT_TESTING_RECORD=all swift test --filter LayoutSnapshotTests`,
/// look at the pages that changed (`bash scripts/review-layout-snapshots.sh` renders them as PNG), and commit
/// the new recordings with the change.
@Suite struct LayoutSnapshotTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("Examples")
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    static let exampleFiles = ["incident-review.md", "kosovo-nato-markdown.md", "kosovo-nato.yaml", "multilingual.yaml",
                               "programme-status.yaml", "trends.yaml"]
    static let caseFiles = ["boxes.yaml", "charts.yaml", "lists.yaml", "tables.yaml", "text.yaml"]
    static let styles = ["compact", "default", "print", "slides"]

    /// The dump of `file` laid out in `style`, with a title page, contents and numbered headings when
    /// `frontMatter` is set.
    static func dump(of file: URL, style: String, frontMatter: Bool = false) throws -> String {
        let briefing = try Folio.loadBriefing(contentsOf: file, allowedDirectories: [examples])
        var resolved = try StyleLoader.builtin(style)
        if frontMatter {
            resolved.document.titlePage = true
            resolved.document.tableOfContents = true
            resolved.document.numberedHeadings = true
        }
        let report = try Report(briefing: briefing, style: resolved, creationDate: "2026-01-01",
                                baseDirectory: file.deletingLastPathComponent(), allowedDirectories: [examples])
        return LayoutDump.text(of: report.document)
    }

    static func name(of file: String, style: String) -> String {
        "\(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent).\(style)"
    }

    @Test(arguments: exampleFiles, styles)
    func example(_ file: String, style: String) throws {
        let dump = try Self.dump(of: Self.examples.appendingPathComponent(file), style: style)
        assertSnapshot(of: dump, as: .lines, named: Self.name(of: file, style: style), testName: "example")
    }

    @Test(arguments: caseFiles, styles)
    func blockCase(_ file: String, style: String) throws {
        let dump = try Self.dump(of: Self.cases.appendingPathComponent(file), style: style)
        assertSnapshot(of: dump, as: .lines, named: Self.name(of: file, style: style), testName: "case")
    }

    /// The text case behind a title page and contents: each entry's page number inside the entry.
    @Test(arguments: styles)
    func frontMatter(style: String) throws {
        let dump = try Self.dump(of: Self.cases.appendingPathComponent("text.yaml"), style: style, frontMatter: true)
        assertSnapshot(of: dump, as: .lines, named: "text-contents.\(style)", testName: "case")
    }

    /// A chart exported alone, as `folio chart` lays it out.
    @Test(arguments: ["milestones", "leakage", "spend"])
    func chartExport(_ id: String) throws {
        let briefing = try Folio.loadBriefing(contentsOf: Self.examples.appendingPathComponent("programme-status.yaml"))
        let report = try Report(chart: id, of: briefing, creationDate: "2026-01-01")
        assertSnapshot(of: LayoutDump.text(of: report.document), as: .lines, named: id, testName: "chart")
    }
}
