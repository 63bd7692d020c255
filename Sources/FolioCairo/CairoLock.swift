import Foundation

/// One lock for the whole process around Cairo's font machinery, which Cairo 1.16 does not make safe
/// across threads: measuring may run on many threads at once (shared), but drawing a document, and
/// dropping a measurer's fonts, run alone (exclusive).
///
/// Found by folio-fuzz with two jobs: one thread in `cairo_show_page` while another measured text crashed
/// in `cairo_scaled_font_glyph_extents` within a few hundred documents. Cairo shares one scaled font between
/// every font map that asks for the same face and size, and its glyph caches and font destruction race.
/// Pango's own line breaking, too, came out differently while other threads shaped text, so text Folio
/// leaves to Pango's breaking is measured alone.
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
