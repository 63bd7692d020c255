import ArgumentParser
import Folio
import Foundation

/// `folio chart INPUT --id ID -o OUTPUT`: one timeline or bar chart of a briefing, alone and sized tightly.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Export one timeline or bar chart of a briefing to PNG, SVG or PDF.",
        discussion: """
            The chart is drawn as in the report, with the same fonts and style, on a page just large enough \
            for it: without its title and caption, unless --title and --caption ask for them (the caption \
            then stands without its figure number). Sizes are in points (1/72 inch); the width defaults to the \
            report's column width. A chart that needs more height than --height gives takes what it needs.
            """
    )

    @Argument(help: "The briefing file (YAML, JSON or Markdown).")
    var input: String

    @Option(help: "The id of the timeline or chart.")
    var id: String

    @Option(help: "The width in points.")
    var width: Double?

    @Option(help: "The height in points.")
    var height: Double?

    @Flag(help: "No background in PNG and SVG: the chart over whatever it is placed on.")
    var transparent = false

    @Flag(help: "Set the chart's title above it, as in the report.")
    var title = false

    @Flag(help: "Set the chart's caption under it, as in the report.")
    var caption = false

    @OptionGroup var output: OutputOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        for (name, value) in [("--width", width), ("--height", height)] {
            if let value, !(value.isFinite && value > 0 && value <= 14_400) {
                throw ValidationError("\(name) must be a number of points above 0 and at most 14400")
            }
        }
    }

    func run() throws {
        do throws(FolioError) {
            let inputURL = URL(fileURLWithPath: input)
            let fonts = output.fontSession(threads: 1)
            let briefing = try Folio.loadBriefing(contentsOf: inputURL, allowedDirectories: output.allowedDirectories)
            let style = try output.resolvedStyle(for: briefing, at: inputURL)
            let report = try Report(chart: id, of: briefing, style: style, width: width, height: height, transparent: transparent,
                                    includingTitle: title, includingCaption: caption,
                                    creationDate: output.resolvedCreationDate(for: briefing), fonts: fonts)
            let (_, warnings) = try output.write(report, from: inputURL)
            for warning in warnings { diagnostics.printer.print(warning) }
        } catch {
            diagnostics.printer.print(error)
            throw ExitCode(DiagnosticPrinter.exitStatus(for: error))
        }
    }
}
