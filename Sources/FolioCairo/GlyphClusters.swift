import CFolio
import FolioGraphics

/// Builds the cluster map Cairo needs to tie a run's glyphs to its text, so PDF readers can extract it.
enum GlyphClusters {
    /// The clusters of `run` in text order, or nil when its glyphs cannot be mapped (then text is drawn without).
    static func clusters(of run: GlyphRun) -> [cairo_text_cluster_t]? {
        let byteCount = run.text.utf8.count
        var starts: [Int] = []
        var glyphCounts: [Int] = []
        for glyph in run.glyphs {
            let start = Int(glyph.cluster)
            if let last = starts.last, last == start {
                glyphCounts[glyphCounts.count - 1] += 1
            } else {
                starts.append(start)
                glyphCounts.append(1)
            }
        }
        // Visual order is reversed text order for right-to-left runs.
        if run.isRightToLeft {
            starts.reverse()
            glyphCounts.reverse()
        }
        guard let first = starts.first else { return nil }
        var clusters: [cairo_text_cluster_t] = []
        clusters.reserveCapacity(starts.count + 1)
        if first > 0 {
            // Leading characters with no glyph of their own (a joiner, a separator).
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(first), num_glyphs: 0))
        }
        for index in starts.indices {
            let end = index + 1 < starts.count ? starts[index + 1] : byteCount
            guard end > starts[index], end <= byteCount else { return nil }
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(end - starts[index]), num_glyphs: Int32(glyphCounts[index])))
        }
        return clusters
    }
}
