import Folio
import Foundation
import Testing

/// Every warning the layout gives has a code of its own, the path of what it is about, and where that is
/// written: nothing is left out, cut short or run past the foot of a page in silence.
@Suite struct LayoutDiagnosticsTests {
    static let briefing = examplesFolder.deletingLastPathComponent().appendingPathComponent("Tests/Corpus/warnings/every-layout-warning.yaml")

    @Test func everyWarningHasACodeAPathAndAPlace() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("warnings.pdf")
        let result = try Tool.run([Tool.folio, "render", Self.briefing.path, "-o", pdf.path, "--diagnostic-format", "json"])
        #expect(result.status == 0, "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        var codes: Set<String> = []
        for line in result.error.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            let code = try #require(object["code"] as? String)
            codes.insert(code)
            #expect(object["severity"] as? String == "warning", "\(line)")
            #expect(!["invalid-input", "render-failed", "usage", "io"].contains(code), "a catch-all code: \(line)")
            #expect((object["path"] as? String).map { !$0.isEmpty } == true, "no path: \(line)")
            #expect(object["file"] as? String == Self.briefing.path, "no file: \(line)")
            #expect((object["line"] as? Int ?? 0) > 1 && (object["column"] as? Int ?? 0) >= 1, "no line and column: \(line)")
        }
        #expect(codes == ["event-out-of-range", "unplaced-label", "text-shortened", "value-labels-omitted", "category-names-thinned",
                          "header-taller-than-page", "page-overflow", "missing-font"])
    }

    @Test func eachWarningPointsAtWhatItIsAbout() throws {
        let briefing = try Folio.loadBriefing(contentsOf: Self.briefing)
        let report = try Report(briefing: briefing, fonts: FontSession(threads: 1))
        func paths(_ code: FolioError.Code) -> [String] {
            report.warnings.filter { $0.code == code }.compactMap { $0.path?.description }
        }
        #expect(paths(.eventOutOfRange) == ["sections[1].blocks[0].timeline.events[1]"])
        #expect(Set(paths(.textShortened)) == ["title", "sections[1].blocks[1].timeline.events[0].label",
                                               "sections[1].blocks[1].timeline.events[0].detail"])
        #expect(paths(.missingFont) == ["sections[0].blocks[0].paragraph"])
        #expect(paths(.headerTallerThanPage) == ["sections[3].blocks[0].table"])
        #expect(paths(.pageOverflow) == ["sections[3].blocks[0].table"])
        #expect(paths(.categoryNamesThinned) == ["sections[2].blocks[2].chart.categories"])
        #expect(Set(paths(.valueLabelsOmitted)) == ["sections[2].blocks[0].chart", "sections[2].blocks[1].chart", "sections[2].blocks[2].chart"])
        #expect(!paths(.unplacedLabel).isEmpty)
        #expect(paths(.unplacedLabel).allSatisfy { $0.hasPrefix("sections[1].blocks[1].timeline.events[") })
        // The event out of range is written on line 13 of the file.
        let outside = try #require(report.warnings.first { $0.code == .eventOutOfRange })
        #expect(outside.location?.line == 13)
    }

    /// A long briefing laid out on two threads warns of the same things, in the same order, as on one.
    @Test func twoThreadsWarnAsOne() throws {
        let briefing = try Folio.loadBriefing(contentsOf: Self.briefing)
        var long = briefing
        long.sections = Array(repeating: briefing.sections, count: 6).flatMap { $0 }
        let one = try Report(briefing: long, fonts: FontSession(threads: 1))
        let two = try Report(briefing: long, fonts: FontSession(threads: 2))
        #expect(two.document.fonts.ids.contains { $0.rawValue >= 1 << 16 })
        #expect(one.warnings == two.warnings, "\(zip(one.warnings, two.warnings).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "")")
    }
}
