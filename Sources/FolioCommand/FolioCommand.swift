import ArgumentParser
import Folio

/// The `folio` command: renders briefings to PDF, PNG and SVG.
@main
struct FolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Render structured briefings (YAML or JSON) to PDF, PNG and SVG reports.",
        version: FolioVersion.current,
        subcommands: [RenderCommand.self, ChartCommand.self, WatchCommand.self, StylesCommand.self, ValidateCommand.self, SchemaCommand.self]
    )

    static func main() {
        TemporaryFiles.removeOnTermination()
        main(nil)
    }
}
