import ArgumentParser
import Folio
import Foundation

/// `folio styles [NAME]`: the built-in styles, or one style with every setting resolved.
struct StylesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "styles",
        abstract: "List the built-in styles, or print one style with everything it extends resolved.",
        discussion: """
            A style file may start with `extends: NAME` (a built-in style or another style file) and give only \
            what differs; a style without `extends` extends `default`. Copy what this prints to start a style \
            of your own.
            """
    )

    @Argument(help: "A built-in style or a style file.")
    var name: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Change one setting, in YAML (repeatable).", valueName: "key.path=value"))
    var settings: [String] = []

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        guard let name else {
            let width = StyleLoader.builtinSummaries.map(\.name.count).max() ?? 0
            for (name, summary) in StyleLoader.builtinSummaries {
                print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + summary)
            }
            return
        }
        do throws(FolioError) {
            var overrides: [StyleOverride] = []
            for (index, setting) in settings.enumerated() { overrides.append(try StyleOverride(setting, index: index + 1)) }
            let text = try StyleLoader.resolvedYAML(name, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                                    overrides: overrides)
            print("# \(name), resolved by Folio \(FolioVersion.current)\n" + text, terminator: "")
        } catch {
            diagnostics.printer.print(error)
            throw ExitCode(DiagnosticPrinter.exitStatus(for: error))
        }
    }
}
