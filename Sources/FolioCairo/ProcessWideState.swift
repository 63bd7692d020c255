import CFolio
import Foundation

/// Everything of Folio's that is shared by the whole process, and why it cannot belong to one export.
///
/// The rest — configurations, font maps, measurers, hyphenators and their caches — belongs to a `FontSession`,
/// made for one export. What is here is forced by the C libraries:
///
/// 1. **`CairoLock`**, because Cairo 1.16's FreeType fonts are process-wide and not safe across threads:
///    - one scaled font is shared by every font map (and every writer) that asks for the same face and size,
///      and its glyph caches and destruction race: drawing a document, and letting a measurer's fonts go,
///      run alone. Found by folio-fuzz with two jobs (a crash in `cairo_scaled_font_glyph_extents` within a
///      few hundred documents).
///    - Cairo keeps at most ten FreeType faces open for the whole process; to open another it closes one
///      that looks unused, without taking that face's lock, so a face another thread is starting to use can
///      be closed under it (a crash in `cairo_scaled_font_glyph_extents` while another thread's
///      `cairo_scaled_font_text_to_glyphs` called `FT_Done_Face`; found by folio-fuzz with two jobs, each
///      document's fonts different). So only the measurers of one session (one export's layout on two
///      threads) measure at once, and only while the process has used few font files (`fontFileLimit`), so
///      that no face is ever closed; any other measuring takes turns.
///    `ConcurrentRenderTests` renders 2 to 8 reports on threads at once, 200 rounds, and checks each against
///    a render alone; CI runs folio-fuzz with two jobs over 10,000 documents.
/// 2. **Fontconfig's current configuration** is one of Folio's standard configurations, made current once,
///    before the first font map. Every font map of a session reads its session's configuration
///    (`pango_fc_font_map_set_config`); the current one matters only where Folio cannot pass its own:
///    - Pango 1.50 calls `FcInit()` on a thread of its own when the first font map is made, and waits for it:
///      without a current configuration that loads the system's (every file in /etc/fonts, every font cache),
///      2.5 ms of every run, and machine rules into memory.
///    - librsvg draws the text of SVG images through Pango's default font map, which reads the current
///      configuration: with Folio's, that text is set in Folio's fonts with Folio's options on every machine
///      (with the machine's, the PDF of an example carried DejaVu Sans twice, with the machine's hinting).
///    `FontTests.svgImageTextUsesFolioFonts` checks the second (it fails without the current configuration);
///    `FontTests.fontDirAddsFontsOutsideFolioFolders` that a session's own configuration wins over the current.
/// 3. **The font files measured so far**, counted for `CairoLock` (above).
/// 4. **librsvg and gdk-pixbuf**, opened with `dlopen` the first time an image needs them (`ImageLibraries`),
///    stay open for the life of the process.
///
/// cmark-gfm's registry of syntax extensions, filled once, is process-wide too (`CMarkParser`, FolioMarkdown).
/// Two more touch the whole process but are not state: `Report.write` gives the memory the layout freed back
/// to the system first (`FreedMemory`), and the `folio` command sets `CAIRO_DEBUG_PDF` before any thread
/// starts, so that Cairo leaves page contents for the finisher to compress once, and has glibc return large
/// freed blocks at once (`FolioCommand.main`).
enum ProcessWideState {
    /// Makes Folio's standard configuration fontconfig's current one, once, before any font map exists.
    static func prepare() {
        _ = currentConfiguration
    }

    /// Below this many font files measured in the process, Cairo never needs to close a face (it keeps ten
    /// open: the rest are room for the fonts one measurement may add, and for Pango's own font for the boxes
    /// it draws for characters no font has).
    static let fontFileLimit = 6

    private static let fontFiles = FontFileRegistry()

    /// How many different font files the process's measurers have used.
    static var fontFileCount: Int { fontFiles.count }

    /// Records that a measurer uses the font file at `path`.
    static func noteFontFile(_ path: String) {
        fontFiles.insert(path)
    }

    /// The font files measured so far, under a lock of their own.
    private final class FontFileRegistry: @unchecked Sendable {
        private let lock = NSLock()
        private var files: Set<String> = []
        private var known = 0

        var count: Int { lock.withLock { known } }

        func insert(_ path: String) {
            lock.withLock {
                if files.insert(path).inserted { known = files.count }
            }
        }
    }

    private static let currentConfiguration: FontConfiguration? = {
        guard let standard = FontConfiguration() else { return nil }
        // FcConfigSetCurrent takes a reference of its own: the configuration lives as long as it is current.
        return FcConfigSetCurrent(standard.config) != 0 ? standard : nil
    }()
}

/// The one lock around Cairo's font machinery (see `ProcessWideState`): drawing a document and releasing fonts
/// hold it alone; measurers of one session may hold it together, while the process has used few font files.
public enum CairoLock {
    /// Identifies the measurers that may measure at the same time: those of one session.
    public final class Group: Sendable {
        public init() {}
    }

    private static let state = LockState()

    /// Runs `body` while other measurers of `group` may measure too, but nothing else touches Cairo's fonts.
    public static func measuring<T, E: Error>(in group: Group, _ body: () throws(E) -> T) throws(E) -> T {
        let together = ProcessWideState.fontFileCount < ProcessWideState.fontFileLimit
        state.lock(group: together ? ObjectIdentifier(group) : nil)
        defer { state.unlock() }
        return try body()
    }

    /// Runs `body` while no other thread measures or draws.
    public static func exclusive<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        state.lock(group: nil)
        defer { state.unlock() }
        return try body()
    }

    /// Who holds the lock: threads of one group, or one thread alone; waiting threads wake when it is free.
    private final class LockState: @unchecked Sendable {
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        /// The group holding the lock, and how many of its threads; a holder alone has no group.
        private var holders = 0
        private var holdingGroup: ObjectIdentifier?
        /// Threads waiting to hold it alone: while any waits, no other group's thread joins in.
        private var waitingAlone = 0

        init() {
            pthread_mutex_init(mutex, nil)
            pthread_cond_init(condition, nil)
        }

        /// Takes the lock with `group` (several threads of it at once), or alone when nil.
        func lock(group: ObjectIdentifier?) {
            pthread_mutex_lock(mutex)
            if group == nil { waitingAlone += 1 }
            while !canEnter(group) { pthread_cond_wait(condition, mutex) }
            if group == nil { waitingAlone -= 1 }
            holders += 1
            holdingGroup = group
            pthread_mutex_unlock(mutex)
        }

        private func canEnter(_ group: ObjectIdentifier?) -> Bool {
            if holders == 0 { return group != nil ? waitingAlone == 0 : true }
            guard let group, let holding = holdingGroup else { return false }
            return holding == group
        }

        func unlock() {
            pthread_mutex_lock(mutex)
            holders -= 1
            if holders == 0 { holdingGroup = nil }
            pthread_cond_broadcast(condition)
            pthread_mutex_unlock(mutex)
        }
    }
}
