import CFolio
import FolioGraphics

/// Builds the cluster map Cairo needs to tie a run's glyphs to its text, so PDF readers can extract it.
struct GlyphClusters {
    /// The clusters, in text order.
    var clusters: [cairo_text_cluster_t]
    /// The bytes of the run's UTF-8 text the clusters cover: characters without glyphs at either end
    /// (the space at a line break) are left out, so they need no ActualText of their own.
    var bytes: Range<Int>

    /// The clusters of `run`, or nil when its glyphs cannot be mapped (then it is drawn without text).
    init?(_ run: GlyphRun) {
        let byteCount = run.text.utf8.count
        var starts: [Int] = []
        var glyphCounts: [Int] = []
        // Invisible glyphs count for no glyph but keep their characters in a cluster of their own.
        for glyph in run.glyphs {
            let start = Int(glyph.cluster)
            let drawn = glyph.isVisible ? 1 : 0
            if let last = starts.last, last == start {
                glyphCounts[glyphCounts.count - 1] += drawn
            } else {
                starts.append(start)
                glyphCounts.append(drawn)
            }
        }
        // Visual order is reversed text order for right-to-left runs.
        if run.isRightToLeft {
            starts.reverse()
            glyphCounts.reverse()
        }
        guard !starts.isEmpty else { return nil }
        var ends = Array(starts.dropFirst()) + [byteCount]
        // Drop glyphless clusters at both ends; the text passed to Cairo shrinks with them.
        while let last = glyphCounts.last, last == 0 {
            glyphCounts.removeLast(); starts.removeLast(); ends.removeLast()
        }
        while let first = glyphCounts.first, first == 0 {
            glyphCounts.removeFirst(); starts.removeFirst(); ends.removeFirst()
        }
        guard let first = starts.first, let last = ends.last else { return nil }
        var clusters: [cairo_text_cluster_t] = []
        clusters.reserveCapacity(starts.count)
        for index in starts.indices {
            // Cairo refuses a cluster of no bytes; monotonic clusters always have some.
            guard ends[index] > starts[index], ends[index] <= byteCount else { return nil }
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(ends[index] - starts[index]), num_glyphs: Int32(glyphCounts[index])))
        }
        self.clusters = clusters
        self.bytes = first..<last
    }
}
