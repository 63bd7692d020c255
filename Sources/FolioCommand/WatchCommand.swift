import ArgumentParser
import Folio
import Foundation

/// `folio watch FILE -o OUT`: renders, then renders again whenever the briefing, an image it shows or its
/// style file changes; errors are printed and watching goes on.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render a briefing, and again whenever it, its images or its style change.",
        discussion: "Stop with Ctrl-C. Files are checked four times a second; a half-saved file is read again on its next change."
    )

    @Argument(help: "The briefing file (YAML, JSON or Markdown).")
    var input: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let inputURL = URL(fileURLWithPath: input)
        var watched: [URL: Date?] = [:]
        while true {
            let outcome = RenderCommand.render(input, output: output, printer: diagnostics.printer)
            var text = outcome.lines.map { $0 + "\n" }.joined()
            let time = Self.clock.string(from: Date())
            if outcome.error == nil {
                text += "folio: \(time) rendered \(outcome.files.count) file\(outcome.files.count == 1 ? "" : "s"), "
                    + "\(outcome.pages) page\(outcome.pages == 1 ? "" : "s"); watching for changes\n"
            } else {
                text += "folio: \(time) not rendered; watching for changes\n"
            }
            FileHandle.standardError.write(Data(text.utf8))
            watched = Dictionary(uniqueKeysWithValues: watchedFiles(inputURL).map { ($0, Self.modified($0)) })
            // Wait for any watched file to change (or appear, or go).
            while watched.allSatisfy({ Self.modified($0.key) == $0.value }) {
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
    }

    /// The briefing, the images it shows and its style file, as they stand now.
    func watchedFiles(_ inputURL: URL) -> [URL] {
        var files = [inputURL]
        let folder = inputURL.deletingLastPathComponent()
        if let style = output.style, StyleLoader.isPath(style) { files.append(URL(fileURLWithPath: style)) }
        // Read quietly: a briefing that does not load now is watched on its own until it does.
        if let briefing = try? Folio.loadBriefing(contentsOf: inputURL) {
            files += briefing.imageFiles(relativeTo: folder)
            if output.style == nil, let style = briefing.style, StyleLoader.isPath(style) {
                files.append(folder.appendingPathComponent(style))
            }
        }
        return files
    }

    static func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }

    nonisolated(unsafe) static let clock: DateFormatter = {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter
    }()
}
