import ArgumentParser
import Folio
import Foundation

/// `folio render INPUT... -o OUTPUT | --out-dir DIR`: lays briefings out and writes them, many at once.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render briefings to PDF, PNG or SVG.",
        discussion: """
            Each briefing is laid out once and written in every format -f asks for. PNG and SVG write one file \
            a page: {p} (or {0p}, zero-padded) in the output name becomes the page number; without it, \
            NAME.png becomes NAME-1.png, NAME-2.png and so on. A folder given as input stands for the \
            briefings in it. One failing briefing does not stop the others (unless --fail-fast); the exit \
            status says whether any failed: 0 all rendered, 1 an input was invalid or failed to render, \
            64 a usage error, 74 an I/O error.
            """
    )

    @Argument(help: "Briefing files (YAML, JSON or Markdown), or folders of them.")
    var inputs: [String]

    @OptionGroup var output: OutputOptions

    @Option(name: .short, help: ArgumentHelp("How many cores to use: that many briefings at once, or one briefing laid out on "
                                            + "two threads (default: the number of cores)."))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Render only shard K of N: the inputs, sorted, dealt out in turn.", valueName: "K/N"))
    var shard: String?

    @Flag(name: .customLong("fail-fast"), help: "Stop at the first briefing that fails.")
    var failFast = false

    @Flag(name: [.short, .customLong("quiet")], help: "No progress bar and no summary; diagnostics only.")
    var quiet = false

    @OptionGroup var diagnostics: DiagnosticOptions

    /// Set on the worker processes of a batch: render the briefings whose indexes (in the batch's files)
    /// arrive on standard input, reporting each outcome on standard output (`BatchWorker`).
    @Flag(name: .customLong("batch-worker"), help: .hidden)
    var batchWorker = false

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("-j must be between 1 and 256") }
        if let shard { _ = try Self.parseShard(shard) }
        if inputs.count > 1 || inputs.contains(where: Self.isFolder), let template = output.output, !template.contains("{name}") {
            throw ValidationError("-o '\(template)' would be written for every briefing: put {name} in it, or use --out-dir")
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func parseShard(_ text: String) throws -> (index: Int, count: Int) {
        let parts = text.split(separator: "/").map { Int($0) }
        guard parts.count == 2, let index = parts[0], let count = parts[1], count >= 1, (1...count).contains(index) else {
            throw ValidationError("--shard '\(text)': expected K/N with 1 ≤ K ≤ N, such as 2/4")
        }
        return (index, count)
    }

    /// The briefing files to render: folders expanded to their briefings, then this shard's share.
    func briefingFiles() throws -> [String] {
        var files: [String] = []
        for input in inputs {
            if Self.isFolder(input) {
                let names = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
                files += names.filter { ["yaml", "yml", "json", "md", "markdown"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
                    .map { URL(fileURLWithPath: input).appendingPathComponent($0).path }
            } else {
                files.append(input)
            }
        }
        // The same file named twice is rendered once.
        var seen = Set<String>()
        files = files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        guard let shard else { return files }
        let (index, count) = try Self.parseShard(shard)
        // Sorted, so that every machine of a matrix deals the same batch the same way.
        return files.sorted().enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }

    func run() throws {
        let started = Date()
        let files = try briefingFiles()
        let output = self.output, printer = diagnostics.printer
        if batchWorker {
            // Workers run one a core: no helper threads for the layout.
            BatchWorker.serve(files) { Self.render($0, output: output, printer: printer, layoutThreads: 1) }
            return
        }
        if let clash = try destinationClash(files) {
            diagnostics.printer.print(FolioError(.usage, clash))
            throw ExitCode(64)
        }
        // Several briefings at once are rendered by worker processes, one a job: Cairo 1.16's fonts are not
        // safe to use from several threads at once (`CairoLock`), and a process also keeps one crash from
        // taking the others with it. Their cores are busy, so they lay out on one thread each.
        let inWorkers = jobs > 1 && files.count > 1
        let indexes = Dictionary(files.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let workers = (0..<(inWorkers ? jobs : 0)).map { _ in BatchWorker(printer: printer) }
        defer { workers.forEach { $0.stop() } }
        let batch = BatchRender(inputs: files, jobs: jobs, failFast: failFast,
                                showsProgress: !quiet && files.count > 1 && BatchRender.standardErrorIsATerminal) { input, slot in
            // `-j 1` is one core: the layout's helper thread waits for a second.
            inWorkers ? workers[slot].render(index: indexes[input] ?? 0, input: input)
                : Self.render(input, output: output, printer: printer, layoutThreads: min(jobs, FontSession.defaultThreads))
        }
        let outcomes = batch.run()
        let errors = outcomes.compactMap { $0?.error }
        // A single briefing goes quietly, as Unix tools do; a batch ends with a summary.
        if !quiet && files.count > 1 {
            let done = outcomes.compactMap { $0 }.filter { $0.error == nil }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            let fileCount = done.map(\.files.count).reduce(0, +), pageCount = done.map(\.pages).reduce(0, +)
            let skipped = outcomes.filter { $0 == nil }.count
            var summary = "folio: rendered \(done.count) of \(files.count) briefing\(files.count == 1 ? "" : "s")"
            summary += ": \(fileCount) file\(fileCount == 1 ? "" : "s"), \(pageCount) page\(pageCount == 1 ? "" : "s") in \(seconds) s"
            if !errors.isEmpty { summary += "; \(errors.count) failed" }
            if skipped > 0 { summary += "; \(skipped) not started (--fail-fast)" }
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
        if !errors.isEmpty { throw ExitCode(DiagnosticPrinter.exitStatus(for: errors)) }
    }

    /// Why the batch cannot be written: two briefings would write the same file (report.yaml and
    /// report.md, say); nil when every destination is distinct.
    func destinationClash(_ files: [String]) throws -> String? {
        var owners: [String: String] = [:]
        for file in files {
            for format in try output.formatNames() {
                let destination = output.destination(for: URL(fileURLWithPath: file), format: format).standardizedFileURL.path
                if let other = owners[destination], other != file {
                    return "\(other) and \(file) would both be written to \(destination): put more than {name} in -o, "
                        + "or render them apart"
                }
                owners[destination] = file
            }
        }
        return nil
    }

    /// One briefing, start to finish, laid out on `layoutThreads` threads; everything it has to say is in the outcome.
    static func render(_ input: String, output: OutputOptions, printer: DiagnosticPrinter,
                       layoutThreads: Int = FontSession.defaultThreads) -> BatchRender.Outcome {
        var outcome = BatchRender.Outcome(input: input)
        do throws(FolioError) {
            let inputURL = URL(fileURLWithPath: input)
            // The session makes its font maps ready on another core while the briefing is read.
            let fonts = output.fontSession(threads: layoutThreads)
            let briefing = try Folio.loadBriefing(contentsOf: inputURL, allowedDirectories: output.allowedDirectories)
            outcome.dependencies = briefing.imageFiles(relativeTo: inputURL.deletingLastPathComponent())
                + [output.styleFile(for: briefing, at: inputURL)].compactMap { $0 } + briefing.sourceMap.dataFiles
            let style = try output.resolvedStyle(for: briefing, at: inputURL)
            let creationDate = try output.resolvedCreationDate(for: briefing)
            // Handed on, not copied: the report lets each section go once it is composed.
            let report = try Report(briefing: consume briefing, style: style, creationDate: creationDate,
                                    baseDirectory: inputURL.deletingLastPathComponent(),
                                    allowedDirectories: output.allowedDirectories, fonts: fonts)
            let (files, warnings) = try output.write(report, from: inputURL)
            outcome.files = files
            outcome.pages = report.pageCount
            outcome.lines = warnings.flatMap(printer.lines)
            if output.pageFill { outcome.lines += PageFillReport.lines(report.pageEnds, of: input) }
        } catch {
            outcome.error = error
            outcome.lines = printer.lines(error)
        }
        return outcome
    }
}
