import FolioCairo
import FolioCore
import FolioDecoding
import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import Foundation

/// A briefing laid out once, ready to be written as PDF, PNG or SVG: every format draws the same pages.
///
/// A report holds only its laid-out document, which names the faces of its fonts: the measurers that made it
/// are gone once it is made, and any number of reports may be made and written on separate threads at once.
/// Its pages are finished one at a time as they are written.
public final class Report {
    /// The laid-out pages, outline, metadata and fonts.
    let pages: any PageSource
    /// Every page finished, with the outline, metadata and fonts: all of the document in memory at once.
    public var document: PagedDocument { pages.pagedDocument }
    /// What the user should know but that did not stop the report: fonts that are not installed,
    /// characters no font has.
    public let warnings: [Diagnostic]
    /// What PNG and SVG pages are painted with first; nil leaves them transparent.
    private let background: Color?
    /// What an SVG of the report says of itself to assistive technology: set for a chart exported alone.
    private let svgLabel: SVGWriter.Label?
    /// Whether writing may use other cores (retagging and compressing a PDF's pages): not when the report's
    /// font session was made for one thread.
    private var usesOtherCores = true

    init(document: any PageSource, fontReport: FontReport, background: Color? = .white, svgLabel: SVGWriter.Label? = nil) {
        self.pages = document
        self.background = background
        self.svgLabel = svgLabel
        // Characters without a font are the layout's to report: it knows where each first appears.
        warnings = fontReport.familyMessages.map { Diagnostic(.warning, code: .missingFont, message: $0) } + document.diagnostics
    }

    /// Lays out `briefing` in `style`; `creationDate` (ISO 8601) is written into PDFs, none when nil.
    /// Image paths are read relative to `baseDirectory` (the briefing's folder; the current one when nil).
    /// Images are read only from there (and below) and from `allowedDirectories`; never from the network.
    /// Fonts come from `fonts`, a session made for this report (Folio's standard font folders unless more are
    /// added; two threads where there are two cores). Made before the briefing is read, it prepares its font
    /// maps on another core meanwhile.
    ///
    /// A briefing built in code (not read from a file) is first checked by the rules a file is checked by
    /// (`Briefing.problems`): one with problems is not drawn, and the error holds every problem with its path.
    public convenience init(briefing: consuming Briefing, style: Style = .standard, creationDate: String? = nil,
                            baseDirectory: URL? = nil, allowedDirectories: [URL] = [],
                            fonts: FontSession = FontSession()) throws(FolioError) {
        try self.init(briefing: consume briefing, style: style, creationDate: creationDate, baseDirectory: baseDirectory,
                      allowedDirectories: allowedDirectories, fonts: fonts, windowBlocks: ParallelComposition.windowBlocks,
                      pageMemoryBudget: PageStore.defaultMemoryBudget)
    }

    /// A report whose sections are composed in windows of about `windowBlocks` blocks, and whose pages beyond
    /// `pageMemoryBudget` bytes wait in a temporary file until drawn (neither changes anything in the pages:
    /// tests check that).
    convenience init(briefing: consuming Briefing, style: Style = .standard, creationDate: String? = nil, baseDirectory: URL? = nil,
                     allowedDirectories: [URL] = [], fonts: FontSession, windowBlocks: Int = ParallelComposition.windowBlocks,
                     pageMemoryBudget: Int = PageStore.defaultMemoryBudget) throws(FolioError) {
        let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if briefing.sourceMap.isEmpty {
            var options = Folio.options
            options.baseDirectory = base
            options.allowedDirectories = allowedDirectories
            let problems = briefing.problems(options: options)
            if problems.contains(where: { $0.severity == .error }) { throw FolioError(diagnostics: problems) }
        }
        let images = try ImageLibrary.images(in: briefing, policy: PathPolicy(base: base, allowing: allowedDirectories))
        // The briefing is handed on: its sections go as they are composed (when the caller keeps no copy).
        let (document, fontReport) = ParallelComposition.layout(consume briefing, style: style, session: fonts, images: images,
                                                                creationDate: creationDate, windowBlocks: windowBlocks,
                                                                pageMemoryBudget: pageMemoryBudget)
        self.init(document: document, fontReport: fontReport)
        usesOtherCores = fonts.threads > 1
    }

    public var pageCount: Int { pages.pageCount }

    /// How each page ended: how much of its body was left empty, and why.
    public var pageEnds: [PageEnd] { pages.pageEnds }

    /// Writes the report to `url` in `format`, each file atomically, and returns the files written.
    ///
    /// PDF writes one file. PNG and SVG write one file a page, named by `OutputNaming`. `pageIndexes`
    /// (zero-based) limits which pages are drawn. On failure nothing is left at the destinations and
    /// files already there are untouched. `temporaryFiles` is told of the files written before they are
    /// moved into place, for a program that removes them when it is stopped. The ids of an SVG page start
    /// with `svgIDPrefix` and the page's number; by default the prefix is the file's name.
    @discardableResult
    public func write(_ format: OutputFormat, to url: URL, pageIndexes: [Int]? = nil,
                      temporaryFiles: (any TemporaryFileTracking)? = nil, svgIDPrefix: String? = nil) throws(FolioError) -> [URL] {
        let prefix = svgIDPrefix ?? Self.idPrefix(forFile: url)
        // What the layout freed goes back before the drawing allocates anew.
        FreedMemory.giveBack()
        return try CairoLock.exclusive { () throws(FolioError) -> [URL] in
            try writeAlone(format, to: url, pageIndexes: pageIndexes, tracking: temporaryFiles, svgIDPrefix: prefix)
        }
    }

    /// The name of `url` without its extension and page number, and a '-': `report-{p}.svg` gives `report-`.
    static func idPrefix(forFile url: URL) -> String {
        let stem = url.deletingPathExtension().lastPathComponent.replacingOccurrences(of: "{0p}", with: "")
            .replacingOccurrences(of: "{p}", with: "")
        let trimmed = stem.trimmingCharacters(in: CharacterSet(charactersIn: "-_."))
        return (trimmed.isEmpty ? "page" : trimmed) + "-"
    }

    private func writeAlone(_ format: OutputFormat, to url: URL, pageIndexes: [Int]?,
                            tracking: (any TemporaryFileTracking)?, svgIDPrefix: String) throws(FolioError) -> [URL] {
        var files: [AtomicFile] = []
        do {
            switch format {
            case .pdf:
                let file = try AtomicFile(destination: url, tracking: tracking)
                files.append(file)
                var target = PDFWriter(writingTo: file, metadata: pages.metadata, fonts: pages.fonts, usesOtherCores: usesOtherCores)
                if usesOtherCores {
                    try PageRenderer.render(PagesFinishedAhead(pages), into: &target, pageIndexes: pageIndexes)
                } else {
                    try PageRenderer.render(pages, into: &target, pageIndexes: pageIndexes)
                }
            case .png, .svg:
                let count = pageCount
                let sink: (Int) throws -> any ByteSink = { index in
                    let file = try AtomicFile(destination: OutputNaming.url(for: url, pageNumber: index + 1, pageCount: count),
                                              tracking: tracking)
                    files.append(file)
                    return file
                }
                if format == .svg {
                    var target = SVGWriter(background: background, fonts: pages.fonts, idPrefix: svgIDPrefix, label: svgLabel,
                                           pageSink: sink)
                    try PageRenderer.render(pages, into: &target, pageIndexes: pageIndexes)
                } else {
                    var target = PNGWriter(ppi: Self.ppi(of: format), background: background, fonts: pages.fonts, pageSink: sink)
                    try PageRenderer.render(pages, into: &target, pageIndexes: pageIndexes)
                }
            }
            for file in files { try file.commit() }
        } catch let error as FolioError {
            for file in files { file.discard() }
            throw error
        } catch {
            for file in files { file.discard() }
            throw FolioError(.renderFailed, "\(error)")
        }
        return files.map(\.destination)
    }

    /// The report in `format` as bytes: the whole PDF, or the one PNG or SVG page at `pageIndex`. The ids of
    /// an SVG page start with `svgIDPrefix` and the page's number.
    public func data(_ format: OutputFormat, pageIndex: Int = 0, svgIDPrefix: String = "folio-") throws(FolioError) -> Data {
        try CairoLock.exclusive { () throws(FolioError) -> Data in try dataAlone(format, pageIndex: pageIndex, svgIDPrefix: svgIDPrefix) }
    }

    private func dataAlone(_ format: OutputFormat, pageIndex: Int, svgIDPrefix: String) throws(FolioError) -> Data {
        let sink = DataSink()
        do {
            switch format {
            case .pdf:
                var target = PDFWriter(writingTo: sink, metadata: pages.metadata, fonts: pages.fonts, usesOtherCores: usesOtherCores)
                try PageRenderer.render(pages, into: &target)
            case .png, .svg:
                guard (0..<pageCount).contains(pageIndex) else {
                    throw FolioError(.usage, "page \(pageIndex + 1) does not exist; the report has \(pageCount) pages")
                }
                if format == .svg {
                    var target = SVGWriter(background: background, fonts: pages.fonts, idPrefix: svgIDPrefix, label: svgLabel) { _ in sink }
                    try PageRenderer.render(pages, into: &target, pageIndexes: [pageIndex])
                } else {
                    var target = PNGWriter(ppi: Self.ppi(of: format), background: background, fonts: pages.fonts) { _ in sink }
                    try PageRenderer.render(pages, into: &target, pageIndexes: [pageIndex])
                }
            }
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.renderFailed, "\(error)")
        }
        return sink.data
    }

    private static func ppi(of format: OutputFormat) -> Double {
        if case .png(let ppi) = format { return ppi }
        return 72
    }
}
