import CFolio
import FolioGraphics

/// A cluster of the unbroken line: glyphs that stand for characters which can't be split between lines.
private struct BreakableCluster {
    var run: Int
    var glyphs: Range<Int>
    var bytes: Range<Int>
    var width: Int32
    var isWhite: Bool
    /// A line may start at this cluster: at a word (`lineBreak`) or, for a word too long for its line, anywhere
    /// between characters (`charBreak`).
    var lineBreak: Bool
    var charBreak: Bool
    /// A line broken before this cluster ends in a hyphen (after a soft hyphen, or inside a word).
    var insertsHyphen: Bool
}

extension PangoTextMeasurer {
    /// The lines of `text`, which the layout holds (laid out without a width; `utf8` are its bytes), broken to
    /// `limit` Pango units; nil when some line can't be cut from the paragraph's shaping and Pango must break it.
    func brokenLines(utf8: [UInt8], text: RichText, limit: Int32, alignment: TextAlignment) -> [TextLine]? {
        var attributeCount: Int32 = 0
        guard let attributes = pango_layout_get_log_attrs_readonly(layout, &attributeCount) else { return nil }
        let characterAt = Self.characterIndexes(utf8)
        var lines: [TextLine] = []
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            var items: [PangoGlyphItem] = []
            var node = line.pointee.runs
            while let current = node {
                if let item = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) { items.append(item.pointee) }
                node = current.pointee.next
            }
            let startsParagraph = line.pointee.is_paragraph_start != 0
            guard !items.isEmpty else {
                // An empty paragraph: Pango's line is already what it should be.
                var logical = PangoRectangle()
                pango_layout_line_get_extents(line, nil, &logical)
                lines.append(TextLine(runs: [], width: 0, ascent: Double(-logical.y) / Double(PANGO_SCALE),
                                      descent: Double(logical.height + logical.y) / Double(PANGO_SCALE), startsParagraph: startsParagraph))
                continue
            }
            guard let clusters = Self.clusters(of: items, attributes: attributes, count: Int(attributeCount), characterAt: characterAt)
            else { return nil }
            var start = 0
            while start < clusters.count {
                let (end, hyphenated) = nextBreak(in: clusters, from: start, limit: limit, items: items, utf8: utf8)
                guard let built = cutLine(clusters[start..<end], items: items, hyphenated: hyphenated,
                                       wrapped: end < clusters.count, limit: limit, alignment: alignment,
                                       utf8: utf8, text: text) else { return nil }
                var next = built
                next.startsParagraph = startsParagraph && start == 0
                lines.append(next)
                start = end
            }
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }

    /// The index of the character each UTF-8 byte belongs to (and one past the end), as log attributes count.
    private static func characterIndexes(_ utf8: [UInt8]) -> [Int32] {
        var indexes = [Int32](repeating: 0, count: utf8.count + 1)
        var character: Int32 = -1
        for (offset, byte) in utf8.enumerated() {
            if byte & 0xC0 != 0x80 { character += 1 }
            indexes[offset] = character
        }
        indexes[utf8.count] = character + 1
        return indexes
    }

    /// The clusters of one unbroken line, in order; nil when the line is not plainly left to right.
    private static func clusters(of items: [PangoGlyphItem], attributes: UnsafePointer<PangoLogAttr>, count: Int,
                                 characterAt: [Int32]) -> [BreakableCluster]? {
        var clusters: [BreakableCluster] = []
        for (run, item) in items.enumerated() {
            guard let pangoItem = item.item, let glyphString = item.glyphs, pangoItem.pointee.analysis.level % 2 == 0 else { return nil }
            let glyphCount = Int(glyphString.pointee.num_glyphs)
            let infos = glyphString.pointee.glyphs!, logClusters = glyphString.pointee.log_clusters!
            let offset = Int(pangoItem.pointee.offset), end = offset + Int(pangoItem.pointee.length)
            var glyph = 0
            while glyph < glyphCount {
                let first = glyph
                var width = infos[glyph].geometry.width
                glyph += 1
                while glyph < glyphCount, logClusters[glyph] == logClusters[first] {
                    width += infos[glyph].geometry.width
                    glyph += 1
                }
                let byteStart = offset + Int(logClusters[first])
                let byteEnd = glyph < glyphCount ? offset + Int(logClusters[glyph]) : end
                guard byteStart < byteEnd, byteEnd < characterAt.count else { return nil }
                let character = Int(characterAt[byteStart])
                guard character < count else { return nil }
                let attribute = attributes[character]
                // A break that removes the character before it (Pango 1.50's rule for some scripts) is Pango's to make.
                if attribute.break_removes_preceding != 0 { return nil }
                clusters.append(BreakableCluster(run: run, glyphs: first..<glyph, bytes: byteStart..<byteEnd, width: width,
                                                 isWhite: attribute.is_white != 0, lineBreak: attribute.is_line_break != 0,
                                                 charBreak: attribute.is_char_break != 0,
                                                 insertsHyphen: attribute.break_inserts_hyphen != 0))
            }
        }
        return clusters
    }

    /// Where the line starting at `start` ends, greedily: after the most clusters that fit, at a word break;
    /// between characters only when a single word is wider than the line.
    private func nextBreak(in clusters: [BreakableCluster], from start: Int, limit: Int32,
                           items: [PangoGlyphItem], utf8: [UInt8]) -> (end: Int, hyphenated: Bool) {
        // What a break before `index` adds to its line: the hyphen, if it draws one.
        func hyphen(before index: Int) -> Int64 {
            clusters[index].insertsHyphen ? Int64(hyphenWidth(of: items[clusters[index - 1].run])) : 0
        }
        var best: (end: Int, hyphenated: Bool)?
        var width: Int64 = 0, inked: Int64 = 0
        var index = start
        while index < clusters.count {
            let cluster = clusters[index]
            if index > start, cluster.lineBreak, inked + hyphen(before: index) <= Int64(limit) {
                best = (index, cluster.insertsHyphen)
            }
            width += Int64(cluster.width)
            if !cluster.isWhite { inked = width }
            if inked > Int64(limit) { break }
            index += 1
        }
        if index == clusters.count { return (clusters.count, false) }
        if let best { return best }
        // A word wider than the line: at its last syllable break that fits, with a hyphen, by the language's
        // dictionary whatever the style says of hyphenation; else between characters, without one.
        if breaksLongWordsAtSyllables,
           let syllable = syllableBreak(in: clusters, from: start, through: index, limit: limit, items: items, utf8: utf8) {
            return (syllable, true)
        }
        var end = start + 1
        var running = Int64(clusters[start].width)
        var candidate = start + 1
        while candidate < clusters.count, candidate <= index {
            let cluster = clusters[candidate]
            if cluster.charBreak {
                guard running + hyphen(before: candidate) <= Int64(limit) else { break }
                end = candidate
            }
            running += Int64(cluster.width)
            candidate += 1
        }
        // A hyphen only where one belongs (after a soft hyphen), never at a letter the dictionary does not break at.
        return (end, end < clusters.count && clusters[end].insertsHyphen
                    && (!breaksLongWordsAtSyllables || Self.followsSoftHyphen(clusters[end], utf8: utf8)))
    }

    /// The last cluster before which the word at `start` may break by the language's dictionary and still
    /// fit, hyphen included; nil without patterns for the language, or when no such break fits.
    private func syllableBreak(in clusters: [BreakableCluster], from start: Int, through last: Int, limit: Int32,
                               items: [PangoGlyphItem], utf8: [UInt8]) -> Int? {
        guard let hyphenator else { return nil }
        // The whole word: from the last word break at or before the line's start to the next one. A run of
        // letters longer than any word a dictionary has is no word: it breaks between letters, and looking for
        // its ends stops there, so a 200,000-letter value costs as much a line as a short one.
        var wordStart = start
        while wordStart > 0, !clusters[wordStart].lineBreak {
            wordStart -= 1
            if start - wordStart > Self.longestWord { return nil }
        }
        var wordEnd = start + 1
        while wordEnd < clusters.count, !clusters[wordEnd].lineBreak {
            wordEnd += 1
            if wordEnd - wordStart > Self.longestWord { return nil }
        }
        let base = clusters[wordStart].bytes.lowerBound
        let bytes = utf8[base..<clusters[wordEnd - 1].bytes.upperBound]
        // Only its letters go to the dictionary: a word in quotes or before a full stop is still a word.
        let text = String(decoding: bytes, as: UTF8.self)
        guard let letters = text.firstIndex(where: \.isLetter) else { return nil }
        let lettersEnd = text[letters...].firstIndex { !$0.isLetter } ?? text.endIndex
        let lead = text.utf8.distance(from: text.startIndex, to: letters)
        let breaks = Set(hyphenator.breakOffsets(text[letters..<lettersEnd]).map { base + lead + $0 })
        guard !breaks.isEmpty else { return nil }
        var running: Int64 = 0
        var best: Int?
        for candidate in start..<min(last + 1, wordEnd) {
            if candidate > start, breaks.contains(clusters[candidate].bytes.lowerBound) {
                let hyphen = Int64(hyphenWidth(of: items[clusters[candidate - 1].run]))
                if running + hyphen <= Int64(limit) { best = candidate } else { break }
            }
            running += Int64(clusters[candidate].width)
        }
        return best
    }

    /// The most clusters a word given to the dictionary may have: longer than any word of any language
    /// ("Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft" has 80).
    static let longestWord = 120

    /// Whether the character before `cluster` is a soft hyphen (U+00AD, C2 AD in UTF-8).
    private static func followsSoftHyphen(_ cluster: BreakableCluster, utf8: [UInt8]) -> Bool {
        let at = cluster.bytes.lowerBound
        return at >= 2 && utf8[at - 2] == 0xC2 && utf8[at - 1] == 0xAD
    }

    /// The advance (Pango units) of the hyphen `item`'s font draws at a break: U+2010 when it has one, else "-"
    /// (Pango's choice). Pango shapes the hyphen itself when the line is made (`reshapedPiece`).
    private func hyphenWidth(of item: PangoGlyphItem) -> Int32 {
        guard let font = item.item?.pointee.analysis.font else { return 0 }
        if let cached = hyphenWidths[font] { return cached }
        var glyph: hb_codepoint_t = 0
        guard let hbFont = pango_font_get_hb_font(font),
              hb_font_get_nominal_glyph(hbFont, 0x2010, &glyph) != 0 || hb_font_get_nominal_glyph(hbFont, 0x2D, &glyph) != 0 else {
            return 0
        }
        let width = Int32(clamping: hb_font_get_glyph_h_advance(hbFont, glyph))
        hyphenWidths[font] = width
        return width
    }

    /// One line made of `clusters` of the unbroken line.
    private func cutLine(_ clusters: ArraySlice<BreakableCluster>, items: [PangoGlyphItem], hyphenated: Bool, wrapped: Bool,
                      limit: Int32, alignment: TextAlignment, utf8: [UInt8], text: RichText) -> TextLine? {
        guard !clusters.isEmpty else { return nil }
        // Spaces at the end of a wrapped line take no width, as Pango makes them.
        var zeroFrom = clusters.endIndex
        if wrapped { while zeroFrom > clusters.startIndex, clusters[zeroFrom - 1].isWhite { zeroFrom -= 1 } }
        var runs: [GlyphRun] = []
        var x: Int32 = 0
        var ascent: Int32 = 0, descent: Int32 = 0
        var index = clusters.startIndex
        while index < clusters.endIndex {
            let run = clusters[index].run
            var end = index
            var width: Int32 = 0
            while end < clusters.endIndex, clusters[end].run == run {
                if end < zeroFrom { width += clusters[end].width }
                end += 1
            }
            let item = items[run]
            let glyphs = clusters[index].glyphs.lowerBound..<clusters[end - 1].glyphs.upperBound
            let bytes = clusters[index].bytes.lowerBound..<clusters[end - 1].bytes.upperBound
            let piece: LinePiece?
            if end == clusters.endIndex, hyphenated || (wrapped && zeroFrom == clusters.endIndex) {
                // A word broken inside: its part on this line is shaped again, as Pango does, so that its last
                // letter is not kerned against the next and a hyphen is added (with its own kerning).
                piece = reshapedPiece(of: item, bytes: bytes, hyphenated: hyphenated, x: x, utf8: utf8, text: text)
            } else {
                let zeroWidthFrom = zeroFrom < end ? clusters[max(zeroFrom, index)].glyphs.lowerBound : Int.max
                piece = self.piece(of: item, glyphs: glyphs, bytes: bytes, x: x, width: width, zeroWidthFrom: zeroWidthFrom,
                                   utf8: utf8, text: text)
            }
            guard let piece else { return nil }
            if let glyphRun = piece.run { runs.append(glyphRun) }
            ascent = max(ascent, piece.ascent)
            descent = max(descent, piece.descent)
            width = piece.width
            x += width
            index = end
        }
        let offset: Int32 = switch alignment {
        case .left, .justified: 0
        case .center: max(0, (limit - x) / 2)
        case .right: max(0, limit - x)
        }
        let scale = Double(PANGO_SCALE)
        if offset != 0 { for index in runs.indices { runs[index].x += Double(offset) / scale } }
        return TextLine(runs: runs, minX: Double(offset) / scale, width: Double(x) / scale,
                        ascent: Double(ascent) / scale, descent: Double(descent) / scale)
    }

    /// `glyphs` of `item` as a run of a line, with their logical ascent and descent.
    private func piece(of item: PangoGlyphItem, glyphs: Range<Int>, bytes: Range<Int>, x: Int32, width: Int32, zeroWidthFrom: Int,
                       utf8: [UInt8], text: RichText) -> LinePiece? {
        guard let font = item.item?.pointee.analysis.font, let glyphString = item.glyphs else { return nil }
        // The glyphs' own logical boxes, as Pango measures a line: a missing character's box is not the font's.
        var logical = PangoRectangle()
        pango_glyph_string_extents_range(glyphString, Int32(glyphs.lowerBound), Int32(glyphs.upperBound), font, nil, &logical)
        let run = glyphRun(item, glyphs: glyphs, bytes: bytes, x: x, width: width, utf8: utf8, text: text, zeroWidthFrom: zeroWidthFrom)
        // A run raised by y_offset (Pango's rise) reaches higher and less deep.
        return LinePiece(run: run, width: width, ascent: -logical.y + item.y_offset, descent: logical.height + logical.y - item.y_offset)
    }

    /// The part of `item` at `bytes` shaped on its own, ending in a hyphen when `hyphenated`.
    private func reshapedPiece(of item: PangoGlyphItem, bytes: Range<Int>, hyphenated: Bool, x: Int32, utf8: [UInt8],
                               text: RichText) -> LinePiece? {
        guard let original = item.item, let part = pango_item_copy(original), let glyphString = pango_glyph_string_new() else { return nil }
        defer {
            pango_glyph_string_free(glyphString)
            pango_item_free(part)
        }
        part.pointee.offset = Int32(bytes.lowerBound)
        part.pointee.length = Int32(bytes.count)
        part.pointee.num_chars = Int32(String(decoding: utf8[bytes], as: UTF8.self).unicodeScalars.count)
        if hyphenated { part.pointee.analysis.flags |= guint8(PANGO_ANALYSIS_FLAG_NEED_HYPHEN) }
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return }
                pango_shape_full(base + bytes.lowerBound, Int32(bytes.count), base, Int32(chars.count), &part.pointee.analysis, glyphString)
            }
        }
        let reshaped = PangoGlyphItem(item: part, glyphs: glyphString, y_offset: item.y_offset, start_x_offset: 0, end_x_offset: 0)
        return piece(of: reshaped, glyphs: 0..<Int(glyphString.pointee.num_glyphs), bytes: bytes, x: x,
                     width: pango_glyph_string_get_width(glyphString), zeroWidthFrom: Int.max, utf8: utf8, text: text)
    }
}

/// One run's part of a cut line, measured.
private struct LinePiece {
    var run: GlyphRun?
    var width: Int32
    var ascent: Int32
    var descent: Int32
}
