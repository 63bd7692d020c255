import ArgumentParser
import Folio
import Foundation

/// `folio validate FILE...`: checks briefings without rendering them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check briefings and report every problem, without rendering.",
        discussion: "Exits with 0 when every file is valid, 1 when any is not."
    )

    @Argument(help: "Briefing files (YAML, JSON or Markdown).")
    var files: [String]

    @OptionGroup var paths: AllowedPathOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        var failed = false
        for file in files {
            do {
                let briefing = try Folio.loadBriefing(contentsOf: URL(fileURLWithPath: file), allowedDirectories: paths.allowedDirectories)
                for warning in briefing.sourceMap.readingWarnings { diagnostics.printer.print(warning) }
                if diagnostics.format != .json { Swift.print("\(file): valid") }
            } catch {
                diagnostics.printer.print(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
