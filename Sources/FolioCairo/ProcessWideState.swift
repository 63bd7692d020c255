import CFolio
import Foundation

/// Everything of Folio's that is shared by the whole process, and why it cannot belong to one export.
///
/// The rest — configurations, font maps, measurers, hyphenators and their caches — belongs to a `FontSession`,
/// made for one export. What is here is forced by the C libraries:
///
/// 1. **`CairoLock`**: Cairo 1.16 shares one scaled font between every font map (and every writer) that asks
///    for the same face and size, and its glyph caches and font destruction race between threads. Measuring
///    may run on several threads at once; drawing a document, and letting a measurer's fonts go, run alone.
///    Found by folio-fuzz with two jobs (a crash in `cairo_scaled_font_glyph_extents` within a few hundred
///    documents); `ConcurrentRenderTests` renders 2 to 8 reports on threads at once, 200 rounds, and checks
///    each against a render alone.
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
/// 3. **librsvg and gdk-pixbuf**, opened with `dlopen` the first time an image needs them (`ImageLibraries`),
///    stay open for the life of the process.
///
/// cmark-gfm's registry of syntax extensions, filled once, is process-wide too (`CMarkParser`, FolioMarkdown).
enum ProcessWideState {
    /// Makes Folio's standard configuration fontconfig's current one, once, before any font map exists.
    static func prepare() {
        _ = currentConfiguration
    }

    private static let currentConfiguration: FontConfiguration? = {
        guard let standard = FontConfiguration() else { return nil }
        // FcConfigSetCurrent takes a reference of its own: the configuration lives as long as it is current.
        return FcConfigSetCurrent(standard.config) != 0 ? standard : nil
    }()
}

/// The one lock around Cairo's font machinery (see `ProcessWideState`): measuring shares it, drawing a
/// document and releasing fonts hold it alone.
public enum CairoLock {
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_rwlock_t> = {
        let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
        return lock
    }()

    /// Runs `body` while other threads may measure too, but nothing draws.
    public static func shared<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// Runs `body` while no other thread measures or draws.
    public static func exclusive<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }
}
