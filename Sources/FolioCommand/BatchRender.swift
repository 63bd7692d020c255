#if canImport(Glibc)
import Glibc
#endif
import Folio
import Foundation

/// Renders many briefings, several at once (each job slot on a thread of its own, which may hand its
/// briefings to a worker process), reporting each briefing's diagnostics whole (never interleaved), a
/// progress bar on a terminal and a summary at the end.
final class BatchRender: @unchecked Sendable {
    /// What became of one briefing.
    struct Outcome {
        var input: String
        var files: [URL] = []
        var pages = 0
        var lines: [String] = []
        var error: FolioError?
        /// The files the render read besides the briefing: its images and its style file (for `watch`).
        var dependencies: [URL] = []
    }

    let inputs: [String]
    /// Renders one input on the job slot given (0 up to `jobs`).
    let render: @Sendable (String, Int) -> Outcome
    let jobs: Int
    let failFast: Bool
    let showsProgress: Bool

    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var stopped = false
    private var outcomes: [Outcome?]

    init(inputs: [String], jobs: Int, failFast: Bool, showsProgress: Bool, render: @escaping @Sendable (String, Int) -> Outcome) {
        self.inputs = inputs
        self.jobs = max(1, min(jobs, inputs.count))
        self.failFast = failFast
        self.showsProgress = showsProgress
        self.render = render
        outcomes = Array(repeating: nil, count: inputs.count)
    }

    /// Runs every job and returns the outcomes in the order of the inputs (nil for jobs not run after
    /// --fail-fast stopped the batch).
    func run() -> [Outcome?] {
        DispatchQueue.concurrentPerform(iterations: jobs) { slot in
            while let index = take() {
                let outcome = render(inputs[index], slot)
                finish(index, outcome)
            }
        }
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return outcomes
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, next < inputs.count else { return nil }
        next += 1
        return next - 1
    }

    private func finish(_ index: Int, _ outcome: Outcome) {
        lock.lock()
        defer { lock.unlock() }
        outcomes[index] = outcome
        finished += 1
        if outcome.error != nil && failFast { stopped = true }
        var text = showsProgress ? "\r\u{1B}[K" : ""
        text += outcome.lines.map { $0 + "\n" }.joined()
        if showsProgress { text += progressBar() }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func progressBar() -> String {
        let width = 30, done = inputs.isEmpty ? width : finished * width / inputs.count
        return "[" + String(repeating: "#", count: done) + String(repeating: "-", count: width - done) + "] \(finished)/\(inputs.count)"
    }

    /// Whether standard error is a terminal, where a progress bar belongs.
    static var standardErrorIsATerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
