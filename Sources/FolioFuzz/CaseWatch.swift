import Foundation

/// Names the case that crashed the fuzzer (from a signal handler) or that ran longer than 10 s (from a
/// watchdog thread). Each worker saves its case as `last-case` in its own folder before running it.
enum CaseWatch {
    static let workers = 8
    static let noteSize = 512
    /// What the signal handler writes, a note a worker: formatted before each case, since a handler may not allocate.
    nonisolated(unsafe) static let notes: UnsafeMutablePointer<CChar> = {
        let notes = UnsafeMutablePointer<CChar>.allocate(capacity: workers * noteSize)
        notes.initialize(repeating: 0, count: workers * noteSize)
        return notes
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var running: [Int: (started: Date, name: String)] = [:]
    static let limit: TimeInterval = 10

    static func start() {
        _ = notes
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            Glibc.signal(signal) { number in
                // Which worker crashed is not known here: every running case is named.
                for worker in 0..<CaseWatch.workers {
                    let note = CaseWatch.notes + worker * CaseWatch.noteSize
                    _ = write(2, note, strlen(note))
                }
                _exit(128 + number)
            }
        }
        Thread.detachNewThread {
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                let late = lock.withLock { running.values.first { Date().timeIntervalSince($0.started) > limit } }
                if let late {
                    FileHandle.standardError.write(Data("folio-fuzz: \(late.name) took more than \(Int(limit)) s\n".utf8))
                    exit(3)
                }
            }
        }
    }

    /// Marks the start of the case `description` on `worker` (0 to 7).
    static func begin(_ description: String, worker: Int) {
        let note = notes + worker * noteSize
        let text = Array("folio-fuzz: running \(description) when the fuzzer crashed\n".utf8.prefix(noteSize - 1))
        for (index, byte) in text.enumerated() { note[index] = CChar(bitPattern: byte) }
        note[text.count] = 0
        lock.withLock { running[worker] = (Date(), description) }
    }

    static func end(worker: Int) {
        notes[worker * noteSize] = 0
        _ = lock.withLock { running.removeValue(forKey: worker) }
    }
}
