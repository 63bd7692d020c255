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
            // The briefing, and what this render read besides: a briefing that did not load is watched alone
            // until it does.
            let watched = ([inputURL] + outcome.dependencies).map { ($0, Self.modified($0)) }
            // Wait for any watched file to change (or appear, or go).
            while watched.allSatisfy({ Self.modified($0.0) == $0.1 }) {
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
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
