import ArgumentParser
import Folio
import Foundation

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
        // Cairo 1.16 compresses each page's content stream, which Folio's finisher then inflates to retag it and
        // deflates again. Told not to (CAIRO_DEBUG_PDF is Cairo's only switch for it), Cairo leaves the
        // compressing to the finisher, which does it once: the file is the same, byte for byte
        // (`CommandLineTests`), and a tenth faster to draw. Set before any thread starts, as setenv must be;
        // the library leaves the process's environment to the program.
        setenv("CAIRO_DEBUG_PDF", "1", 1)
        Folio.returnLargeFreedBlocksAtOnce()
        TemporaryFiles.removeOnTermination()
        main(nil)
    }
}
