import ArgumentParser
import Folio
import Foundation

/// The options `render` and `chart` share: where to write, in which format, with which fonts and date.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The file to write.")
    var output: String

    @Option(help: "pdf, png or svg (default: from the output's extension).")
    var format: FormatName?

    @Option(help: "A built-in style (see `folio styles`) or a style file, instead of the briefing's own.")
    var style: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Change one setting of the style, in YAML (repeatable).",
                                                         valueName: "key.path=value"))
    var settings: [String] = []

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

    var outputFormat: OutputFormat {
        switch format ?? FormatName(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .pdf {
        case .pdf: .pdf
        case .png: .png(ppi: ppi)
        case .svg: .svg
        }
    }

    var fonts: FontConfiguration? { FontConfiguration.with(extraFolders: fontDirectories) }

    /// The style to draw `briefing` in: --style, else the briefing's own (found beside it), else the
    /// default; with every --set laid over it.
    func resolvedStyle(for briefing: Briefing, at inputURL: URL) throws(FolioError) -> Style {
        var overrides: [StyleOverride] = []
        for (index, setting) in settings.enumerated() { overrides.append(try StyleOverride(setting, index: index + 1)) }
        if let style {
            return try StyleLoader.resolve(style, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                           overrides: overrides)
        }
        return try StyleLoader.resolve(briefing.style ?? "default", relativeTo: inputURL.deletingLastPathComponent(),
                                       overrides: overrides)
    }

    /// The creation date to write: SOURCE_DATE_EPOCH, else --creation-date, else the briefing's date.
    func resolvedCreationDate(for briefing: Briefing) throws(FolioError) -> String? {
        try CreationDate.resolve(environment: ProcessInfo.processInfo.environment, explicit: creationDate, briefing: briefing)
    }

    /// Prints the report's warnings and writes it; with --strict-fonts, a font problem writes nothing.
    func write(_ report: Report, printer: DiagnosticPrinter) throws(FolioError) {
        for warning in report.warnings { printer.print(warning) }
        let fontProblems = report.warnings.filter { $0.code == .missingFont }
        if strictFonts, !fontProblems.isEmpty {
            throw FolioError(.missingFont, "\(fontProblems.count) font problem(s) and --strict-fonts: nothing was written")
        }
        try report.write(outputFormat, to: URL(fileURLWithPath: output))
    }
}

/// The output formats as the command line names them.
enum FormatName: String, ExpressibleByArgument, CaseIterable {
    case pdf, png, svg
}
