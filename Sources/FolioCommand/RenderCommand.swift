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

    @Argument(help: "The briefing file (YAML or JSON).")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The file to write.")
    var output: String

    @Option(help: "pdf, png or svg (default: from the output's extension).")
    var format: FormatName?

    @Option(help: "Pixels per inch of PNG pages.")
    var ppi: Double = 144

    @Option(name: .customLong("creation-date"),
            help: "The PDF creation date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); SOURCE_DATE_EPOCH wins over it.")
    var creationDate: String?

    @Option(name: .customLong("font-dir"), help: "A folder of fonts to use besides Folio's own (repeatable).")
    var fontDirectories: [String] = []

    @Flag(name: .customLong("strict-fonts"),
          help: "Fail, writing nothing, when a font family is not installed or a character has no font.")
    var strictFonts = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        for folder in fontDirectories {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--font-dir '\(folder)' is not a folder")
            }
        }
        guard ppi.isFinite, ppi > 0, ppi <= 10_000 else {
            throw ValidationError("--ppi must be a number above 0 and at most 10000")
        }
        guard format != nil || FormatName(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) != nil else {
            throw ValidationError("cannot tell the format from '\(output)': give it a .pdf, .png or .svg extension, or use --format")
        }
    }

    func run() throws {
        let name = format ?? FormatName(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .pdf
        let outputFormat: OutputFormat = switch name {
        case .pdf: .pdf
        case .png: .png(ppi: ppi)
        case .svg: .svg
        }
        do throws(FolioError) {
            let inputURL = URL(fileURLWithPath: input)
            let briefing = try Folio.loadBriefing(contentsOf: inputURL)
            let style = try StyleLoader.resolve(briefing.style ?? "default", relativeTo: inputURL.deletingLastPathComponent())
            let date = try CreationDate.resolve(environment: ProcessInfo.processInfo.environment,
                                                explicit: creationDate, briefing: briefing)
            let report = try Report(briefing: briefing, style: style, creationDate: date,
                                    baseDirectory: inputURL.deletingLastPathComponent(),
                                    fonts: FontConfiguration.with(extraFolders: fontDirectories))
            for warning in report.warnings { diagnostics.printer.print(warning) }
            if strictFonts, !report.warnings.isEmpty {
                throw FolioError(.missingFont, "\(report.warnings.count) font problem(s) and --strict-fonts: nothing was written")
            }
            try report.write(outputFormat, to: URL(fileURLWithPath: output))
        } catch {
            diagnostics.printer.print(error)
            throw ExitCode(DiagnosticPrinter.exitStatus(for: error))
        }
    }
}

/// The output formats as the command line names them.
enum FormatName: String, ExpressibleByArgument, CaseIterable {
    case pdf, png, svg
}
