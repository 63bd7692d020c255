import Folio
import Foundation

/// Runs one fuzz case: reads it as a briefing (or a style under a small briefing) and, if it is accepted,
/// lays it out and writes it. Every case must end in a document or in errors that each say where they are.
struct FuzzRunner {
    /// The folder cases are written into, with the images and style file they may name.
    let work: URL

    enum Outcome: Equatable {
        case rendered
        case refused
        /// Something that must not happen: an error with no location, or a broken document.
        case finding(String)
    }

    /// Prepares `work`: a PNG, an SVG, a damaged PNG, a PNG that claims 100,000 × 100,000 pixels, and a style.
    static func prepare(_ work: URL, examples: URL) throws {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let files: [(String, Data)] = [
            ("map.png", try Data(contentsOf: examples.appendingPathComponent("images/network.png"))),
            ("pic.svg", try Data(contentsOf: examples.appendingPathComponent("images/network.svg"))),
            ("broken.png", try Data(contentsOf: examples.appendingPathComponent("images/network.png")).prefix(300)),
            ("huge.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                               0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 2, 0, 0, 0, 0, 0, 0, 0])),
            ("style.yaml", Data("extends: print\npage:\n  size: A5\n".utf8)),
        ]
        for (name, data) in files { try data.write(to: work.appendingPathComponent(name)) }
        // The example briefings' data files, where those examples (and their mutants) look for them; generated
        // cases write theirs into the same folder.
        let data = work.appendingPathComponent("data")
        try? FileManager.default.removeItem(at: data)
        try FileManager.default.copyItem(at: examples.appendingPathComponent("data"), to: data)
    }

    /// A briefing given as `text` in a file called `name` (its extension says YAML, JSON or Markdown).
    func briefing(_ text: String, name: String, drawsEveryFormat: Bool) -> Outcome {
        let file = work.appendingPathComponent(name).path
        do throws(FolioError) {
            let briefing = try Folio.loadBriefing(text: text, file: file, baseDirectory: work)
            let style = try briefing.style.map { reference throws(FolioError) in try StyleLoader.resolve(reference, relativeTo: work) }
                ?? .standard
            let report = try Report(briefing: briefing, style: style, creationDate: "2026-01-01", baseDirectory: work)
            // Every warning of the layout has a code of its own and the path of what it is about (fonts that are
            // not installed come from the style, not the briefing).
            for warning in report.warnings where !(warning.code == .missingFont && warning.message.hasPrefix("font family")) {
                if warning.path == nil { return .finding("a warning without a path: \(warning.message)") }
                if [.invalidInput, .renderFailed].contains(warning.code) { return .finding("a warning with a catch-all code: \(warning)") }
            }
            let pdf = try report.data(.pdf)
            guard pdf.starts(with: Array("%PDF-".utf8)), pdf.suffix(16).contains(Array("%%EOF".utf8).last!) else {
                return .finding("the PDF does not start with %PDF- or end with %%EOF")
            }
            if drawsEveryFormat {
                let png = try report.data(.png(ppi: 24))
                guard png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return .finding("the PNG has no PNG signature") }
                _ = try report.data(.svg)
            }
            return .rendered
        } catch {
            // Every problem must say where it is: file, line and column.
            let unlocated = error.diagnostics.filter { $0.severity == .error && $0.location == nil }
            return unlocated.isEmpty ? .refused : .finding("an error without a location: \(unlocated.map(\.message))")
        }
    }

    /// A style file given as `text`, named by a small briefing.
    func style(_ text: String) -> Outcome {
        do {
            try Data(text.utf8).write(to: work.appendingPathComponent("fuzzed-style.yaml"))
        } catch {
            return .finding("cannot write the style: \(error)")
        }
        let briefing = "title: Style case\nstyle: fuzzed-style.yaml\nsections:\n  - title: One\n    blocks:\n      - paragraph: Text **bold** and *italic*.\n"
            + "      - table: {caption: T, columns: [A, B], rows: [[\"1\", \"2\"]]}\n"
            + "      - timeline: {caption: F, events: [{date: \"2024-01-02\", label: Start}, {date: \"2024-06\", label: Mid}]}\n"
        return self.briefing(briefing, name: "style-case.yaml", drawsEveryFormat: true)
    }
}
