import Folio
import Foundation

/// A worker process of a batch: the same `folio render` command line with `--batch-worker`, which renders
/// the briefings whose indexes the parent writes to its standard input, a line each, and answers each with
/// a line of JSON on its standard output. One worker a job keeps fonts and caches warm from one briefing to
/// the next; if it dies, the briefing it had fails and a new worker takes the next.
final class BatchWorker: @unchecked Sendable {
    private let printer: DiagnosticPrinter
    private var process: Process?
    private var input: FileHandle?
    private var output: LineReader?

    init(printer: DiagnosticPrinter) {
        self.printer = printer
    }

    // MARK: In the worker

    /// Answers every index read from standard input with the outcome of rendering `files[index]`.
    static func serve(_ files: [String], render: (String) -> BatchRender.Outcome) {
        while let line = readLine() {
            guard let index = Int(line), files.indices.contains(index) else { continue }
            let outcome = render(files[index])
            let fields: [String: Any] = [
                "files": outcome.files.map(\.path),
                "pages": outcome.pages,
                "lines": outcome.lines,
                "status": Int(outcome.error.map(DiagnosticPrinter.exitStatus(for:)) ?? 0),
            ]
            let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data("{}".utf8)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
    }

    // MARK: In the parent

    /// Renders the briefing at `index` of the batch (`input`) in this worker, starting it if need be.
    func render(index: Int, input: String) -> BatchRender.Outcome {
        var outcome = BatchRender.Outcome(input: input)
        if process == nil {
            do {
                try start()
            } catch {
                return failed(outcome, FolioError(.io, "\(input): cannot start a process to render it: \(error)"))
            }
        }
        guard let stdin = self.input, let reader = output else { return failed(outcome, FolioError(.io, "\(input): no worker")) }
        stdin.write(Data("\(index)\n".utf8))
        guard let line = reader.line(), let fields = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            // The worker died with this briefing: it fails, and the next starts a new worker.
            let status = finish()
            return failed(outcome, FolioError(.renderFailed, "\(input): the process rendering it stopped (\(status))"))
        }
        outcome.files = ((fields["files"] as? [String]) ?? []).map { URL(fileURLWithPath: $0) }
        outcome.pages = fields["pages"] as? Int ?? 0
        outcome.lines = (fields["lines"] as? [String]) ?? []
        switch fields["status"] as? Int ?? 1 {
        case 0: break
        case 64: outcome.error = FolioError(.usage, "\(input) could not be rendered")
        case 74: outcome.error = FolioError(.io, "\(input) could not be rendered")
        default: outcome.error = FolioError(.renderFailed, "\(input) could not be rendered")
        }
        return outcome
    }

    /// Ends the worker: it finishes its briefing, reads the end of its input and exits.
    func stop() {
        guard process != nil else { return }
        _ = finish()
    }

    private func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = Array(CommandLine.arguments.dropFirst()) + ["--batch-worker"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        // Whatever a worker prints besides its answers (a crash report) goes where the parent's would.
        process.standardError = FileHandle.standardError
        try process.run()
        TemporaryFiles.registerChild(process.processIdentifier)
        self.process = process
        input = stdin.fileHandleForWriting
        output = LineReader(stdout.fileHandleForReading)
    }

    /// Closes the worker's input, waits for it and says how it ended.
    private func finish() -> String {
        guard let process else { return "not started" }
        try? input?.close()
        process.waitUntilExit()
        TemporaryFiles.unregisterChild(process.processIdentifier)
        self.process = nil
        input = nil
        output = nil
        return process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : "status \(process.terminationStatus)"
    }

    private func failed(_ outcome: BatchRender.Outcome, _ error: FolioError) -> BatchRender.Outcome {
        var outcome = outcome
        outcome.error = error
        outcome.lines = printer.lines(error)
        return outcome
    }
}

/// Reads a pipe a line at a time.
private final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// The next line, without its newline; nil at the end of the input.
    func line() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer += chunk
        }
    }
}
