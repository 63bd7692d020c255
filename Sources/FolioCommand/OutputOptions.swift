import ArgumentParser
import Folio
import Foundation

/// The options `render`, `chart` and `watch` share: where to write, in which formats, with which style, fonts
/// and date.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The file to write: a name, or a template with {name}, {format}, {p} and {0p}.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("The folder to write into, as {name}.{format} unless -o says otherwise.",
                                                             valueName: "folder"))
    var outDir: String?

    @Option(name: [.short, .customLong("format")], help: "pdf, png or svg, or several: pdf,png (default: from -o, else pdf).")
    var formats: String?

    @Option(help: ArgumentHelp("The pages to write, such as 1,3-5 or 2- (default: all).", valueName: "pages"))
    var pages: String?

    @Option(help: "A built-in style (see `folio styles`) or a style file, instead of the briefing's own.")
    var style: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Change one setting of the style, in YAML (repeatable).",
                                                         valueName: "key.path=value"))
    var settings: [String] = []

    @Option(help: "Pixels per inch of PNG pages.")
    var ppi: Double = 144

    @Option(name: .customLong("svg-id-prefix"),
            help: ArgumentHelp("What every id in an SVG page starts with, before the page's number (default: the file's name).",
                               valueName: "prefix"))
    var svgIDPrefix: String?

    @Option(name: .customLong("creation-date"),
            help: "The PDF creation date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ); SOURCE_DATE_EPOCH wins over it.")
    var creationDate: String?

    @Option(name: .customLong("font-dir"), help: "A folder of fonts to use besides Folio's own (repeatable).")
    var fontDirectories: [String] = []

    @OptionGroup var paths: AllowedPathOptions

    @Flag(name: .customLong("page-fill"),
          help: "Say, for every page, how much of its body is empty at its foot and why the next page starts where it does.")
    var pageFill = false

    /// The folders `--allow-path` adds to the briefing's own.
    var allowedDirectories: [URL] { paths.allowedDirectories }

    @Flag(name: .customLong("strict-fonts"),
          help: "Fail, writing nothing, when a font family is not installed or a character has no font.")
    var strictFonts = false

    func validate() throws {
        try AllowedPathOptions.requireFolders(fontDirectories, option: "--font-dir")
        guard ppi.isFinite, ppi > 0, ppi <= 10_000 else {
            throw ValidationError("--ppi must be a number above 0 and at most 10000")
        }
        guard output != nil || outDir != nil else { throw ValidationError("say where to write: -o FILE or --out-dir FOLDER") }
        let names = try formatNames()
        if let output, names.count > 1, !output.contains("{format}") {
            throw ValidationError("-o '\(output)' names one file but -f asks for \(names.count) formats: put {format} in it")
        }
        if let pages { _ = try PageSelection(pages) }
    }

    /// The formats asked for: -f, else the extension of -o, else PDF.
    func formatNames() throws -> [FormatName] {
        if let formats {
            var names: [FormatName] = []
            for part in formats.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
                guard let name = FormatName(rawValue: part) else {
                    throw ValidationError("-f '\(part)': the formats are pdf, png and svg")
                }
                if !names.contains(name) { names.append(name) }
            }
            guard !names.isEmpty else { throw ValidationError("-f: name at least one format") }
            return names
        }
        if let output {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            if let name = FormatName(rawValue: ext) { return [name] }
            if outDir == nil || !ext.isEmpty, !output.contains("{format}") {
                throw ValidationError("cannot tell the format from '\(output)': give it a .pdf, .png or .svg extension, or use -f")
            }
        }
        return [.pdf]
    }

    /// The output template: -o, inside --out-dir if both are given; {name}.{format} in --out-dir alone.
    var template: String {
        let file = output ?? "{name}.{format}"
        guard let outDir, !file.hasPrefix("/") else { return file }
        return URL(fileURLWithPath: outDir).appendingPathComponent(file).path
    }

    /// Where `input` goes in `format`: the template with {name} and {format} filled in.
    func destination(for input: URL, format: FormatName) -> URL {
        URL(fileURLWithPath: OutputNaming.fill(template, name: input.deletingPathExtension().lastPathComponent, format: format.rawValue))
    }

    func outputFormat(_ name: FormatName) -> OutputFormat {
        switch name {
        case .pdf: .pdf
        case .png: .png(ppi: ppi)
        case .svg: .svg
        }
    }

    /// A font session for one briefing, over Folio's fonts and --font-dir's, laying out on `threads` threads.
    func fontSession(threads: Int = FontSession.defaultThreads) -> FontSession {
        FontSession(fontFolders: fontDirectories, threads: threads)
    }

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

    /// The style file `briefing` is drawn in (--style, else the briefing's own), or nil for a built-in style.
    func styleFile(for briefing: Briefing, at inputURL: URL) -> URL? {
        if let style { return StyleLoader.isPath(style) ? URL(fileURLWithPath: style) : nil }
        guard let own = briefing.style, StyleLoader.isPath(own) else { return nil }
        return own.hasPrefix("/") ? URL(fileURLWithPath: own) : inputURL.deletingLastPathComponent().appendingPathComponent(own)
    }

    /// The creation date to write: SOURCE_DATE_EPOCH, else --creation-date, else the briefing's date.
    func resolvedCreationDate(for briefing: Briefing) throws(FolioError) -> String? {
        try CreationDate.resolve(environment: ProcessInfo.processInfo.environment, explicit: creationDate, briefing: briefing)
    }

    /// Writes `report` made from `input` in every format asked for, and returns the files written and the
    /// warnings to show; with --strict-fonts, a font problem writes nothing.
    func write(_ report: Report, from input: URL) throws(FolioError) -> (files: [URL], warnings: [Diagnostic]) {
        let fontProblems = report.warnings.filter { $0.code == .missingFont }
        if strictFonts, !fontProblems.isEmpty {
            throw FolioError(.missingFont, "\(fontProblems.count) font problem(s) and --strict-fonts: nothing was written",
                             diagnostics: report.warnings + [Diagnostic(code: .missingFont, message: "--strict-fonts: nothing was written")])
        }
        let indexes = try pages.map { text throws(FolioError) in try PageSelection(text).indexes(pageCount: report.pageCount) }
        var files: [URL] = []
        let names: [FormatName]
        do { names = try formatNames() } catch { throw FolioError(.usage, "\(error)") }
        for name in names {
            let destination = destination(for: input, format: name)
            if outDir != nil {
                // --out-dir is made as needed, with any folders the template names inside it; -o alone is
                // taken as written, so that a mistyped path is an error rather than a new folder.
                do {
                    try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw FolioError(.io, "cannot make the folder \(destination.deletingLastPathComponent().path): \(error.localizedDescription)")
                }
            }
            files += try report.write(outputFormat(name), to: destination, pageIndexes: indexes, temporaryFiles: TemporaryFiles.tracker,
                                      svgIDPrefix: svgIDPrefix)
        }
        return (files, report.warnings)
    }
}

/// The output formats as the command line names them.
enum FormatName: String, ExpressibleByArgument, CaseIterable, Sendable {
    case pdf, png, svg
}
