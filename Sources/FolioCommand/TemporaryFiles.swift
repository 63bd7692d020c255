#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Folio
import Foundation

/// The temporary files the library is writing and not yet moved into place or removed, so that an interrupted
/// `folio` can remove them before it exits: an interrupted render leaves nothing behind but what was there
/// before. Child processes (a batch's renders) are stopped with the same signal, and clean up after themselves.
///
/// Signals are the program's business, not the library's: the library tells `tracker` of its files.
enum TemporaryFiles {
    /// What `Report.write` is given, so that its files are known here.
    static let tracker = Tracker()

    /// Passes the library's temporary files on to the registry.
    struct Tracker: TemporaryFileTracking {
        func created(_ path: String) { TemporaryFiles.register(path) }
        func finished(_ path: String) { TemporaryFiles.unregister(path) }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    nonisolated(unsafe) private static var children: Set<Int32> = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// A child process to pass termination signals on to.
    static func registerChild(_ pid: Int32) {
        lock.lock()
        children.insert(pid)
        lock.unlock()
    }

    static func unregisterChild(_ pid: Int32) {
        lock.lock()
        children.remove(pid)
        lock.unlock()
    }

    /// On SIGINT, SIGTERM or SIGHUP, stops the child processes, removes every temporary file and exits with 128 + the signal's number;
    /// a write past `ulimit -f` becomes an error (EFBIG) instead of killing the process. Call once, early.
    ///
    /// The signals are taken on a dispatch queue rather than in a signal handler, so the clean-up may take
    /// locks and call into Foundation.
    static func removeOnTermination() {
        signal(SIGXFSZ, SIG_IGN)
        let queue = DispatchQueue(label: "folio.signals")
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                lock.lock()
                for child in children { kill(child, number) }
                for path in paths { unlink(path) }
                paths.removeAll()
                // Held until exit, so that no new temporary file is registered after the clean-up.
                _exit(128 + number)
            }
            source.resume()
            lock.lock()
            sources.append(source)
            lock.unlock()
        }
    }
}
