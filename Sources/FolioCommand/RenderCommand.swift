import ArgumentParser
import Folio
import Foundation

/// `folio render INPUT -o OUTPUT`: lays a briefing out and writes it in the format the output names.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a briefing to PDF, PNG or SVG.",
        discussion: """
            The format comes from the output's extension (.pdf, .png, .svg) or --format. PNG and SVG write one \
            file a page: {p} in the output name becomes the page number; without it, NAME.png becomes \
            NAME-1.png, NAME-2.png and so on.
            """
    )

    @Argument(help: "The briefing file (YAML, JSON or Markdown).")
    var input: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        do throws(FolioError) {
            let inputURL = URL(fileURLWithPath: input)
            let briefing = try Folio.loadBriefing(contentsOf: inputURL)
            let style = try output.resolvedStyle(for: briefing, at: inputURL)
            let report = try Report(briefing: briefing, style: style, creationDate: output.resolvedCreationDate(for: briefing),
                                    baseDirectory: inputURL.deletingLastPathComponent(), fonts: output.fonts)
            try output.write(report, printer: diagnostics.printer)
        } catch {
            diagnostics.printer.print(error)
            throw ExitCode(DiagnosticPrinter.exitStatus(for: error))
        }
    }
}
