import CFolio
import FolioGraphics

/// Builds the cluster map Cairo needs to tie a run's glyphs to its text, so PDF readers can extract it.
///
/// One map is kept by a target and filled again for every run it draws: a 100-page report draws some
/// 6,000 runs, and building four arrays for each was a tenth of its drawing time.
struct GlyphClusters {
    /// The clusters, in text order (valid after `map(_:)` succeeded).
    private(set) var clusters: [cairo_text_cluster_t] = []
    /// Where each cluster starts in the run's UTF-8 text, while the map is built.
    private var starts: [Int32] = []

    /// Maps `run`, and returns the bytes of its UTF-8 text the clusters cover: characters without glyphs at
    /// either end (the space at a line break) are left out, so they need no ActualText of their own.
    /// Nil when its glyphs cannot be mapped (then it is drawn without text).
    mutating func map(_ run: GlyphRun) -> Range<Int>? {
        clusters.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        // Invisible glyphs count for no glyph but keep their characters in a cluster of their own.
        for glyph in run.glyphs {
            let start = Int32(clamping: glyph.cluster)
            let drawn: Int32 = glyph.isVisible ? 1 : 0
            if let last = starts.last, last == start {
                clusters[clusters.count - 1].num_glyphs += drawn
            } else {
                starts.append(start)
                clusters.append(cairo_text_cluster_t(num_bytes: 0, num_glyphs: drawn))
            }
        }
        // Visual order is reversed text order for right-to-left runs.
        if run.isRightToLeft {
            starts.reverse()
            clusters.reverse()
        }
        // Glyphless clusters at both ends are dropped; the text passed to Cairo shrinks with them. Each
        // cluster ends where the next one starts, whether that one is kept or not.
        guard var first = clusters.indices.first, var last = clusters.indices.last else { return nil }
        while first <= last, clusters[first].num_glyphs == 0 { first += 1 }
        while last >= first, clusters[last].num_glyphs == 0 { last -= 1 }
        guard first <= last else { return nil }
        let byteCount = Int32(clamping: run.text.utf8.count)
        for index in first...last {
            let end = index + 1 < starts.count ? starts[index + 1] : byteCount
            // Cairo refuses a cluster of no bytes; monotonic clusters always have some.
            guard end > starts[index], end <= byteCount else { return nil }
            clusters[index].num_bytes = end - starts[index]
        }
        let end = last + 1 < starts.count ? starts[last + 1] : byteCount
        if last + 1 < clusters.count { clusters.removeSubrange((last + 1)...) }
        if first > 0 { clusters.removeSubrange(..<first) }
        return Int(starts[first])..<Int(end)
    }
}
