import CFolio
import FolioCore
import FolioGraphics

/// Shapes and breaks text with Pango, in points, for one thread of one export (see `FontSession`).
///
/// Each instance owns its own font map and context (Pango's font maps are not thread-safe), so separate
/// exports can run on separate threads. Metrics are unhinted and glyph positions unrounded at a resolution
/// of 72, so lines break the same way whatever the output resolution. Not thread-safe itself.
public final class PangoTextMeasurer: TextMeasuring {
    // Optional only so that deinit can let them go while it holds `CairoLock`.
    private var fontMapReference: GObjectReference?
    private var contextReference: GObjectReference?
    private var layoutReference: GObjectReference?
    private var fontTable: PangoFontTable!
    private var descriptions: [FontSpec: FontDescription] = [:]
    private var metricsCache: [FontSpec: FontMetrics] = [:]

    private var context: OpaquePointer { contextReference!.pointer }
    var layout: OpaquePointer { layoutReference!.pointer }

    public private(set) var language: String
    /// The hyphenation dictionaries of the measurer's session, shared with its other measurers.
    private let dictionaries: HyphenationDictionaries
    /// The measurers this one may measure at the same time as: its session's (see `CairoLock`).
    private let lockGroup: CairoLock.Group
    /// The language of the paragraph being measured: its first run's, else the measurer's.
    private(set) var paragraphLanguage: String
    /// Finds syllable breaks in the paragraph being measured; nil without patterns for its language.
    var hyphenator: Hyphenator? { hyphenator(for: paragraphLanguage) }
    /// Each language's syllable finder, made on first use: most documents never hyphenate.
    private var hyphenators: [String: Hyphenator?] = [:]
    /// Whether each language met so far is written right to left.
    private var rightToLeftLanguages: [String: Bool] = [:]
    /// Whether the layout's base direction is set right to left, rather than found from the text.
    private var forcesRightToLeft = false

    /// Families that resolved to another family, and characters no font has, met while measuring.
    public private(set) var fontReport = FontReport()

    public var charactersWithoutFont: Set<UInt32> { fontReport.missingCharacters }
    private let fontMap: OpaquePointer

    /// A measurer of its own, outside any session (for tests and tools): a fresh font map over `configuration`
    /// (Folio's standard folders when nil); `language` is a BCP 47 tag used for shaping, line breaking and
    /// hyphenation. Font ids start at `fontIDBase`.
    public convenience init(language: String = "en", configuration: FontConfiguration? = nil, fontIDBase: Int32 = 0) {
        self.init(language: language, configuration: configuration, fontIDBase: fontIDBase, dictionaries: HyphenationDictionaries(),
                  lockGroup: CairoLock.Group())
    }

    /// A measurer of a `FontSession`, sharing its configuration, dictionaries and lock group.
    init(language: String, configuration: FontConfiguration?, fontIDBase: Int32, dictionaries: HyphenationDictionaries,
         lockGroup: CairoLock.Group) {
        self.language = language
        self.paragraphLanguage = language
        self.dictionaries = dictionaries
        self.lockGroup = lockGroup
        ProcessWideState.prepare()
        let fontMap = OpaquePointer(pango_cairo_font_map_new())!
        self.fontMap = fontMap
        fontMapReference = GObjectReference(adopting: fontMap)
        if let configuration = configuration ?? FontConfiguration() {
            pango_fc_font_map_set_config(fontMap, configuration.config)
        }
        pango_cairo_font_map_set_resolution(fontMap, 72)
        let context = pango_font_map_create_context(UnsafeMutablePointer(fontMap))!
        contextReference = GObjectReference(adopting: context)
        if let options = cairo_font_options_create() {
            CairoFontCache.applyRenderingOptions(to: options)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string(language))
        let layout = pango_layout_new(context)!
        layoutReference = GObjectReference(adopting: layout)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        fontTable = PangoFontTable(base: fontIDBase)
    }

    /// Makes `language` the language of everything measured from now on; for a measurer made before its
    /// briefing was read (a `FontSession`'s), so before it has measured anything.
    func adopt(language: String) {
        guard language != self.language else { return }
        self.language = language
        paragraphLanguage = language
        pango_context_set_language(context, pango_language_from_string(language))
        pango_layout_context_changed(layout)
        singleLines.removeAll()
    }

    /// The syllable finder of `language`, nil when no patterns are installed for it.
    func hyphenator(for language: String) -> Hyphenator? {
        if let made = hyphenators[language] { return made }
        let made = dictionaries.dictionary(for: language).map(Hyphenator.init)
        hyphenators[language] = .some(made)
        return made
    }

    /// Readies the layout for a paragraph of `text`: its language (for syllables) is its first run's, and so
    /// is its direction when that language is written right to left; otherwise Pango finds the direction from
    /// the first strong character, so right-to-left text needs no language to run right to left.
    /// Returns whether the direction is forced right to left.
    private func prepareParagraph(_ text: RichText) -> Bool {
        paragraphLanguage = text.leadingAttributes?.language ?? language
        let rightToLeft: Bool
        if let known = rightToLeftLanguages[paragraphLanguage] {
            rightToLeft = known
        } else {
            rightToLeft = LanguageTag.isRightToLeft(paragraphLanguage)
            rightToLeftLanguages[paragraphLanguage] = rightToLeft
        }
        if rightToLeft != forcesRightToLeft {
            forcesRightToLeft = rightToLeft
            pango_context_set_base_dir(context, rightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR)
            pango_layout_set_auto_dir(layout, rightToLeft ? 0 : 1)
            pango_layout_context_changed(layout)
        }
        return rightToLeft
    }

    deinit {
        // Letting fonts go may destroy Cairo's scaled fonts, which another thread may be using (`CairoLock`).
        CairoLock.exclusive {
            fontTable = nil
            descriptions.removeAll()
            layoutReference = nil
            contextReference = nil
            fontMapReference = nil
        }
    }

    /// The face behind every font id this measurer has put into lines.
    public var fonts: FontTable { fontTable.table }

    /// Adds what `other` (a measurer of the same export) found missing to this measurer's report.
    public func absorbFontReport(of other: PangoTextMeasurer) {
        fontReport.absorb(other.fontReport)
    }

    // MARK: TextMeasuring

    /// Whether this measurer can hyphenate (it found patterns for its language).
    public var canHyphenate: Bool { hyphenator != nil }

    public func lines(of text: RichText, width: Double, alignment: TextAlignment, hyphenate: Bool) -> [TextLine] {
        guard !text.isEmpty else { return [] }
        let forcesRightToLeft = prepareParagraph(text)
        // Text that Pango breaks is measured alone: Pango 1.50's breaking goes wrong while other threads shape.
        let breaksItself = breaksParagraphsItself && !forcesRightToLeft && ParagraphBreaking.canBreak(text.string)
        let measure = { self.measureLines(of: text, width: width, alignment: alignment, hyphenate: hyphenate, breaksItself: breaksItself) }
        return breaksItself ? CairoLock.measuring(in: lockGroup, measure) : CairoLock.exclusive(measure)
    }

    private func measureLines(of text: RichText, width: Double, alignment: TextAlignment, hyphenate: Bool, breaksItself: Bool) -> [TextLine] {
        var text = hyphenate ? hyphenated(text) : text
        if !breaksItself { text = Self.withBreaksInLongRuns(text) }
        // Lines are justified here, not by Pango: Pango 1.50 stretches the letters of some lines that hold
        // soft hyphens instead of their spaces, and its widths are not guaranteed.
        pango_layout_set_justify(layout, 0)
        // Alignment is to the paragraph's start: Pango flips it for a right-to-left paragraph whose direction
        // it found itself, and this does for one whose language set it.
        switch alignment {
        case .left, .justified: pango_layout_set_alignment(layout, forcesRightToLeft ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, forcesRightToLeft ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT)
        }
        // Pango can let a line overflow its width by the hyphen it adds (and, justified, by a little more):
        // check every line, and break again a little narrower until none does.
        var layoutWidth = max(width, 1)
        var lines: [TextLine] = []
        // Shaped once, unbroken, and cut into lines here when the text allows; Pango breaks the rest.
        var unbroken: [UInt8]?
        if breaksItself {
            pango_layout_set_width(layout, -1)
            unbroken = setText(text)
        }
        for _ in 0..<4 {
            let limit = Int32(clamping: Int((layoutWidth * Double(PANGO_SCALE)).rounded(.down)))
            if let utf8 = unbroken, let broken = brokenLines(utf8: utf8, text: text, limit: limit, alignment: alignment) {
                lines = broken
            } else {
                pango_layout_set_width(layout, limit)
                lines = shape(text)
            }
            let overflow = (lines.map { $0.minX + $0.width }.max() ?? 0) - width
            if overflow <= Self.widthTolerance {
                guard alignment == .justified else { return lines }
                return lines.indices.map { index in
                    // The last line of each paragraph keeps its natural spacing.
                    let endsParagraph = index + 1 == lines.count || lines[index + 1].startsParagraph
                    return endsParagraph ? lines[index] : LineJustifier.justify(lines[index], to: width)
                }
            }
            layoutWidth -= overflow + 0.01
            if layoutWidth < 1 { break }
        }
        return lines
    }

    /// `text` with a zero-width space every 64 characters of each run longer than any word (500 characters
    /// without a space), for Pango to break at.
    ///
    /// Pango 1.50 breaks a word wider than its line by shaping what is left of it again for every line, so a
    /// 200,000-letter run took minutes (found by folio-fuzz in right-to-left text, which Pango breaks); the
    /// spaces are left out of the text readers extract (`readableText`).
    static func withBreaksInLongRuns(_ text: RichText) -> RichText {
        guard text.string.utf8.count > 500 else { return text }
        var result = RichText()
        var changed = false
        let utf8 = Array(text.string.utf8)
        for run in text.runs {
            let piece = String(decoding: utf8[run.utf8Range], as: UTF8.self)
            var output = "", inRun = 0
            output.reserveCapacity(piece.utf8.count)
            for scalar in piece.unicodeScalars {
                if scalar.properties.isWhitespace { inRun = 0 } else { inRun += 1 }
                if inRun > 500, inRun % 64 == 0 {
                    output.unicodeScalars.append("\u{200B}")
                    changed = true
                }
                output.unicodeScalars.append(scalar)
            }
            result.append(output, attributes: run.attributes)
        }
        return changed ? result : text
    }

    /// How far a line may pass its width, in points: rounding, far below anything visible.
    public static let widthTolerance = 0.005

    /// `text` with soft hyphens at the syllable breaks of its words, run by run.
    private func hyphenated(_ text: RichText) -> RichText {
        var result = RichText()
        let utf8 = Array(text.string.utf8)
        for run in text.runs {
            let runText = String(decoding: utf8[run.utf8Range], as: UTF8.self)
            let hyphenator = hyphenator(for: run.attributes.language ?? language)
            result.append(hyphenator?.hyphenate(runText) ?? runText, attributes: run.attributes)
        }
        return result
    }

    public func line(of text: RichText) -> TextLine {
        guard !text.isEmpty else { return TextLine(runs: [], width: 0, ascent: 0, descent: 0) }
        if let known = singleLines[text] { return known }
        _ = prepareParagraph(text)
        let measured = CairoLock.measuring(in: lockGroup) { measureLine(of: text) }
        // Short labels recur (tick labels, bullets, header cells: a 100-page briefing asks 5,000 times for
        // 1,800 texts); the cap only bounds memory on huge documents.
        if singleLines.count >= Self.singleLineCacheLimit { singleLines.removeAll(keepingCapacity: true) }
        singleLines[text] = measured
        return measured
    }

    private var singleLines: [RichText: TextLine] = [:]
    /// Whether paragraphs are broken from one shaping (`ParagraphBreaking`); off, Pango breaks every one.
    /// Tests compare the two.
    var breaksParagraphsItself = true
    /// Whether a word wider than its line breaks at its last syllable that fits, with a hyphen, and
    /// otherwise between letters without one — rather than where Pango would, with a hyphen at any letter.
    /// Off only to compare the rest of the breaking with Pango's, glyph for glyph.
    var breaksLongWordsAtSyllables = true
    /// Per font: the advance (Pango units) of the hyphen drawn at a break.
    var hyphenWidths: [UnsafeMutablePointer<PangoFont>: Int32] = [:]
    private static let singleLineCacheLimit = 2_048

    private func measureLine(of text: RichText) -> TextLine {
        pango_layout_set_width(layout, -1)
        pango_layout_set_justify(layout, 0)
        pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        let lines = shape(text)
        guard var first = lines.first else { return TextLine(runs: [], width: 0, ascent: 0, descent: 0) }
        // A newline in the text still gives one line: the rest follows on the same baseline.
        for extra in lines.dropFirst() {
            let shift = first.minX + first.width - extra.minX
            first.runs += extra.runs.map { var run = $0; run.x += shift; return run }
            first.width += extra.width
        }
        return first
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        if let cached = metricsCache[font] { return cached }
        return CairoLock.measuring(in: lockGroup) { measureMetrics(of: font) }
    }

    private func measureMetrics(of font: FontSpec) -> FontMetrics {
        let metrics = pango_context_get_metrics(context, description(for: font), nil)
        defer { pango_font_metrics_unref(metrics) }
        let result = FontMetrics(ascent: Double(pango_font_metrics_get_ascent(metrics)) / Double(PANGO_SCALE),
                                 descent: Double(pango_font_metrics_get_descent(metrics)) / Double(PANGO_SCALE))
        metricsCache[font] = result
        return result
    }

    // MARK: Shaping

    /// Lays out `text` with the layout's current width and alignment and reads back every line.
    private func shape(_ text: RichText) -> [TextLine] {
        let utf8 = setText(text)
        return readLines(utf8: utf8, text: text)
    }

    /// Gives `text` and its attributes to the layout; returns its UTF-8 bytes, which Pango's offsets index.
    @discardableResult
    func setText(_ text: RichText) -> [UInt8] {
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        for run in text.runs {
            let start = guint(run.utf8Range.lowerBound), end = guint(run.utf8Range.upperBound)
            let fontAttribute = pango_attr_font_desc_new(description(for: run.attributes.font))!
            fontAttribute.pointee.start_index = start
            fontAttribute.pointee.end_index = end
            pango_attr_list_insert(attributes, fontAttribute)
            // One colour attribute per run makes Pango end its items at run boundaries,
            // so every glyph item maps onto exactly one run of ours.
            let color = run.attributes.color
            let colorAttribute = pango_attr_foreground_new(guint16(color.red * 65535), guint16(color.green * 65535),
                                                           guint16(color.blue * 65535))!
            colorAttribute.pointee.start_index = start
            colorAttribute.pointee.end_index = end
            pango_attr_list_insert(attributes, colorAttribute)
            // Shaping in the text's own language: Serbian's Cyrillic italics, other locale-specific glyphs.
            if let language = run.attributes.language, let languageAttribute = pango_attr_language_new(pango_language_from_string(language)) {
                languageAttribute.pointee.start_index = start
                languageAttribute.pointee.end_index = end
                pango_attr_list_insert(attributes, languageAttribute)
            }
        }
        // Optional ligatures off: Cairo 1.16 maps a ligature glyph to its own code point (ﬁ, not "fi"), so
        // each would need ActualText, which poppler's structure reader and some screen readers stop at.
        // Required ligatures (Arabic's lam-alef) are not affected.
        if let features = pango_attr_font_features_new("liga=0,clig=0") {
            features.pointee.start_index = 0
            features.pointee.end_index = guint(text.string.utf8.count)
            pango_attr_list_insert(attributes, features)
        }
        // A number never parts from its unit or currency: no break inside "1.234,56 €", "47 min", "31.5 %".
        for range in NumberWithUnit.ranges(in: text.string) {
            guard let glue = pango_attr_allow_breaks_new(0) else { continue }
            glue.pointee.start_index = guint(range.lowerBound)
            glue.pointee.end_index = guint(range.upperBound)
            pango_attr_list_insert(attributes, glue)
        }
        if let first = text.runs.first {
            pango_layout_set_font_description(layout, description(for: first.attributes.font))
        }
        pango_layout_set_attributes(layout, attributes)
        let utf8 = Array(text.string.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(layout, chars.baseAddress, Int32(chars.count))
            }
        }
        return utf8
    }

    private func readLines(utf8: [UInt8], text: RichText) -> [TextLine] {
        var lines: [TextLine] = []
        lines.reserveCapacity(Int(pango_layout_get_line_count(layout)))
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            var lineLogical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &lineLogical)
            var runs: [GlyphRun] = []
            var x = logical.x
            var node = line.pointee.runs
            while let current = node {
                if let item = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) {
                    let width = pango_glyph_string_get_width(item.pointee.glyphs)
                    if let run = glyphRun(item.pointee, x: x, width: width, utf8: utf8, text: text) {
                        runs.append(run)
                    }
                    x += width
                }
                node = current.pointee.next
            }
            let scale = Double(PANGO_SCALE)
            lines.append(TextLine(runs: runs, minX: Double(logical.x) / scale, width: Double(logical.width) / scale,
                                  ascent: Double(-lineLogical.y) / scale,
                                  descent: Double(lineLogical.height + lineLogical.y) / scale,
                                  startsParagraph: line.pointee.is_paragraph_start != 0))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }

    /// Our run for one Pango glyph item, or nil when it draws nothing.
    private func glyphRun(_ item: PangoGlyphItem, x: Int32, width: Int32, utf8: [UInt8], text: RichText) -> GlyphRun? {
        guard let pangoItem = item.item, let glyphString = item.glyphs else { return nil }
        let offset = Int(pangoItem.pointee.offset), length = Int(pangoItem.pointee.length)
        return glyphRun(item, glyphs: 0..<Int(glyphString.pointee.num_glyphs), bytes: offset..<(offset + length),
                        x: x, width: width, utf8: utf8, text: text)
    }

    /// Our run for `glyphs` of a Pango glyph item, standing for the text's `bytes`, or nil when it draws nothing.
    /// Glyphs from `zeroWidthFrom` on are spaces at the end of a wrapped line: they take no width.
    func glyphRun(_ item: PangoGlyphItem, glyphs glyphRange: Range<Int>, bytes byteRange: Range<Int>, x: Int32, width: Int32,
                  utf8: [UInt8], text: RichText, zeroWidthFrom: Int = .max) -> GlyphRun? {
        guard let pangoItem = item.item, let glyphString = item.glyphs, let font = pangoItem.pointee.analysis.font,
              glyphRange.lowerBound >= 0, glyphRange.upperBound <= Int(glyphString.pointee.num_glyphs) else {
            return nil
        }
        let scale = Float(PANGO_SCALE)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(glyphRange.count + 1)
        var advance: Int32 = 0
        let infos = glyphString.pointee.glyphs!
        let clusters = glyphString.pointee.log_clusters!
        // Clusters are kept relative to the run's first byte, which may be inside the item.
        let clusterBase = byteRange.lowerBound - Int(pangoItem.pointee.offset)
        for index in glyphRange {
            var info = infos[index]
            if index >= zeroWidthFrom { info.geometry.width = 0 }
            // Pango empties the glyph of a space at a line break (and of a line feed); drawing the font's
            // blank space glyph there keeps the space in the text readers extract. Other empty glyphs (separators) and missing ones
            // (no font has the character) draw nothing but keep their place in the text.
            var id = info.glyph
            if id == PANGO_GLYPH_EMPTY || index >= zeroWidthFrom {
                let byte = Int(pangoItem.pointee.offset) + Int(clusters[index])
                id = byte < utf8.count && (utf8[byte] == 0x20 || utf8[byte] == 0x0A) ? spaceGlyph(of: font) : Glyph.invisible
            } else if id & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                // Pango names the missing character in the glyph it could not find.
                fontReport.missingCharacters.insert(id & ~PANGO_GLYPH_UNKNOWN_FLAG)
                id = Glyph.invisible
            }
            glyphs.append(Glyph(id: id, x: Float(advance + info.geometry.x_offset) / scale,
                                y: Float(info.geometry.y_offset + item.y_offset) / scale,
                                cluster: UInt32(max(0, Int(clusters[index]) - clusterBase))))
            advance += info.geometry.width
        }
        let offset = byteRange.lowerBound, length = byteRange.count
        guard offset >= 0, length >= 0, offset + length <= utf8.count else { return nil }
        let runText = readableText(utf8[offset..<(offset + length)], glyphs: &glyphs, font: font)
        let attributes = attributes(atByte: offset, in: text)
        return GlyphRun(font: fontTable.id(for: font), color: attributes?.color ?? .black,
                        x: Double(x) / Double(PANGO_SCALE), width: Double(width) / Double(PANGO_SCALE),
                        glyphs: glyphs, text: runText, isRightToLeft: pangoItem.pointee.analysis.level % 2 == 1,
                        link: attributes?.link, logicalOffset: offset)
    }

    /// The text a run stands for, as readers should extract it, with its glyphs' clusters moved to match:
    /// a line feed reads as a space; a soft hyphen that broke the line reads as the hyphen drawn there,
    /// and one that did not is dropped (it is invisible, and would otherwise need an ActualText of its own).
    private func readableText(_ bytes: ArraySlice<UInt8>, glyphs: inout [Glyph], font: UnsafeMutablePointer<PangoFont>) -> String {
        let base = bytes.startIndex
        guard bytes.contains(0xAD) || bytes.contains(0x0A) || bytes.contains(0x8B) else { return String(decoding: bytes, as: UTF8.self) }
        var drawnClusters: Set<UInt32> = []
        for glyph in glyphs where glyph.isVisible { drawnClusters.insert(glyph.cluster) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var newOffset: [Int: Int] = [:]  // old cluster offset -> new
        var index = base
        while index < bytes.endIndex {
            let old = index - base
            newOffset[old] = output.count
            if bytes[index] == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xAD {
                if drawnClusters.contains(UInt32(old)) { output += hyphenCharacter(of: font, glyphs: glyphs, cluster: UInt32(old)) }
                index += 2
            } else if bytes[index] == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, bytes[index + 2] == 0x8B {
                // A zero-width space: a place to break (`withBreaksInLongRuns`), nothing to read.
                index += 3
            } else {
                output.append(bytes[index] == 0x0A ? 0x20 : bytes[index])
                index += 1
            }
        }
        newOffset[bytes.count] = output.count
        for position in glyphs.indices {
            glyphs[position].cluster = UInt32(newOffset[Int(glyphs[position].cluster)] ?? output.count)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The character whose glyph Pango drew for a line-breaking soft hyphen: U+2010 when the font has it, else "-".
    private func hyphenCharacter(of font: UnsafeMutablePointer<PangoFont>, glyphs: [Glyph], cluster: UInt32) -> [UInt8] {
        let drawn = glyphs.first { $0.cluster == cluster && $0.isVisible }?.id
        var glyph: hb_codepoint_t = 0
        if let hbFont = pango_font_get_hb_font(font), hb_font_get_nominal_glyph(hbFont, 0x2010, &glyph) != 0, drawn == UInt32(glyph) {
            return Array("\u{2010}".utf8)
        }
        return Array("-".utf8)
    }

    /// Records when fontconfig gives another family than the one asked for (it is not installed).
    private func noteSubstitution(of family: String, for description: OpaquePointer) {
        guard fontReport.substitutedFamilies[family] == nil,
              let font = pango_font_map_load_font(UnsafeMutablePointer(fontMap), context, description) else { return }
        defer { g_object_unref(gpointer(font)) }
        // A face may have several family names ("DejaVu Sans" and "DejaVu Sans Condensed"): any will do.
        var names: [String] = []
        if let pattern = pango_fc_font_get_pattern(UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)) {
            var index: Int32 = 0
            var value: UnsafeMutablePointer<FcChar8>?
            while FcPatternGetString(pattern, FC_FAMILY, index, &value) == FcResultMatch, let value {
                names.append(String(cString: value))
                index += 1
            }
        }
        guard let first = names.first, !names.contains(where: { $0.lowercased() == family.lowercased() }) else { return }
        fontReport.substitutedFamilies[family] = first
    }

    var spaceGlyphs: [UnsafeMutablePointer<PangoFont>: UInt32] = [:]

    /// The glyph `font` draws for U+0020, or `Glyph.invisible` when it has none.
    func spaceGlyph(of font: UnsafeMutablePointer<PangoFont>) -> UInt32 {
        if let cached = spaceGlyphs[font] { return cached }
        var glyph: hb_codepoint_t = 0
        let found = pango_font_get_hb_font(font).map { hb_font_get_nominal_glyph($0, 0x20, &glyph) } ?? 0
        let result = found != 0 ? UInt32(glyph) : Glyph.invisible
        spaceGlyphs[font] = result
        return result
    }

    /// The attributes of the run of `text` that holds byte `offset`.
    private func attributes(atByte offset: Int, in text: RichText) -> TextAttributes? {
        var low = 0, high = text.runs.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = text.runs[middle].utf8Range
            if offset < range.lowerBound { high = middle - 1 } else if offset >= range.upperBound { low = middle + 1 } else {
                return text.runs[middle].attributes
            }
        }
        return nil
    }

    /// A Pango description of `font`, created once and kept for the life of the measurer.
    private func description(for font: FontSpec) -> OpaquePointer {
        if let cached = descriptions[font] { return cached.pointer }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(font.weight.value)))
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        descriptions[font] = FontDescription(adopting: description)
        noteSubstitution(of: font.family, for: description)
        return description
    }
}
