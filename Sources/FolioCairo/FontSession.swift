import Foundation

/// The fonts of one export: a fontconfig configuration, and for each thread that lays the export out a
/// measurer with a Pango font map, a hyphenator and caches of its own. Made for one export and handed
/// explicitly to whatever needs it; nothing of it is global.
///
/// Pango's font maps must not be shared across threads, so each measurer belongs to one thread; what the
/// measurers share is read-only: the configuration and the hyphenation dictionaries. Making a font map takes
/// some 6 ms, so the measurers are made on another thread as soon as the session is, while its caller reads
/// the briefing.
public final class FontSession: @unchecked Sendable {
    /// The configuration every font map of the session reads: Folio's folders and those added to them.
    public let configuration: FontConfiguration?
    /// How many threads lay the export out: the caller's, and helpers.
    public let threads: Int
    private let dictionaries = HyphenationDictionaries()
    /// The session's measurers measure at the same time; other sessions' wait their turn (`CairoLock`).
    private let lockGroup = CairoLock.Group()
    private let ready = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    // Written by the preparing thread before `ready` is signalled, read after waiting for it.
    private var prepared: [PangoTextMeasurer] = []
    private var handedOut = false

    /// Threads a layout uses unless told otherwise: two where there are two cores.
    public static var defaultThreads: Int { min(2, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// The first font id the measurer of thread `index` issues: each thread's ids are a range of their own.
    static func fontIDBase(ofThread index: Int) -> Int32 { Int32(index) << 16 }

    /// A session over Folio's font folders and `fontFolders`, for a layout on `threads` threads (1 or 2).
    public convenience init(fontFolders: [String] = [], threads: Int = FontSession.defaultThreads) {
        self.init(configuration: FontConfiguration(extraFolders: fontFolders), threads: threads)
    }

    /// A session over `configuration` (Folio's standard folders when nil), for a layout on `threads` threads.
    public init(configuration: FontConfiguration?, threads: Int = FontSession.defaultThreads) {
        self.configuration = configuration
        self.threads = min(max(threads, 1), 2)
        ProcessWideState.prepare()
        Thread.detachNewThread { [self] in
            prepared = (0..<self.threads).map(makeMeasurer)
            ready.signal()
        }
    }

    /// The session's measurers, in `language`: the first for the calling thread, then one for each helper.
    ///
    /// The first call waits for the measurers made in advance; a later one (another export from the same
    /// session) gets new ones, so no measurer is ever used by two layouts.
    public func measurers(language: String) -> [PangoTextMeasurer] {
        let first = lock.withLock {
            defer { handedOut = true }
            return !handedOut
        }
        guard first else { return (0..<threads).map { makeMeasurer(thread: $0, language: language) } }
        ready.wait()
        for measurer in prepared { measurer.adopt(language: language) }
        defer { prepared = [] }
        return prepared
    }

    private func makeMeasurer(thread index: Int) -> PangoTextMeasurer {
        makeMeasurer(thread: index, language: "en")
    }

    private func makeMeasurer(thread index: Int, language: String) -> PangoTextMeasurer {
        PangoTextMeasurer(language: language, configuration: configuration, fontIDBase: Self.fontIDBase(ofThread: index),
                          dictionaries: dictionaries, lockGroup: lockGroup)
    }
}
