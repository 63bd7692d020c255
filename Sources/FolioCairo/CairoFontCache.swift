import CFolio
import FolioGraphics

/// Cairo fonts for the faces of a document's `FontTable`, loaded the first time a run uses them and released
/// with the writer: a writer needs the document alone, not the measurer that laid it out.
///
/// Each face is loaded through fontconfig's pattern of it — file, face index, size, and what was synthesised —
/// with the rendering options Folio measures with (no hinting, grey antialiasing, unhinted metrics): the options
/// Pango gave the fonts it measured with, so what is drawn is what was measured.
final class CairoFontCache {
    private let table: FontTable
    private var loaded: [FontID: OpaquePointer] = [:]

    init(_ table: FontTable) {
        self.table = table
    }

    deinit {
        for font in loaded.values { cairo_scaled_font_destroy(font) }
    }

    /// The Cairo scaled font that draws `id`, or nil when the table has no usable face for it.
    func scaledFont(for id: FontID) -> OpaquePointer? {
        if let font = loaded[id] { return font }
        guard let face = table[id], let font = Self.load(face) else { return nil }
        loaded[id] = font
        return font
    }

    /// The options every Folio font is measured and drawn with.
    static func applyRenderingOptions(to options: OpaquePointer) {
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    }

    private static func load(_ face: FontFace) -> OpaquePointer? {
        guard !face.file.isEmpty, face.size.isFinite, face.size > 0, let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        addString(face.file, FC_FILE, to: pattern)
        FcPatternAddInteger(pattern, FC_INDEX, Int32(clamping: face.index))
        FcPatternAddDouble(pattern, FC_PIXEL_SIZE, face.size)
        // What Pango's patterns say of rendering, from the options its context was given.
        FcPatternAddBool(pattern, FC_ANTIALIAS, 1)
        FcPatternAddBool(pattern, FC_HINTING, 0)
        FcPatternAddInteger(pattern, FC_HINT_STYLE, FC_HINT_NONE)
        FcPatternAddInteger(pattern, FC_RGBA, FC_RGBA_NONE)
        FcPatternAddBool(pattern, FC_AUTOHINT, 0)
        FcPatternAddBool(pattern, FC_VERTICAL_LAYOUT, 0)
        FcPatternAddBool(pattern, FC_EMBEDDED_BITMAP, 1)
        if face.syntheticBold { FcPatternAddBool(pattern, FC_EMBOLDEN, 1) }
        if face.syntheticSlant != 0 {
            var matrix = FcMatrix(xx: 1, xy: face.syntheticSlant, yx: 0, yy: 1)
            FcPatternAddMatrix(pattern, FC_MATRIX, &matrix)
        }
        if !face.variations.isEmpty { addString(face.variations, FC_FONT_VARIATIONS, to: pattern) }
        guard let fontFace = cairo_ft_font_face_create_for_pattern(pattern) else { return nil }
        defer { cairo_font_face_destroy(fontFace) }
        var fontMatrix = cairo_matrix_t(), identity = cairo_matrix_t()
        cairo_matrix_init_scale(&fontMatrix, face.size, face.size)
        cairo_matrix_init_identity(&identity)
        guard let options = cairo_font_options_create() else { return nil }
        defer { cairo_font_options_destroy(options) }
        applyRenderingOptions(to: options)
        guard let font = cairo_scaled_font_create(fontFace, &fontMatrix, &identity, options) else { return nil }
        guard cairo_scaled_font_status(font) == CAIRO_STATUS_SUCCESS else {
            cairo_scaled_font_destroy(font)
            return nil
        }
        return font
    }

    private static func addString(_ value: String, _ object: String, to pattern: OpaquePointer) {
        value.withCString { characters in
            characters.withMemoryRebound(to: FcChar8.self, capacity: value.utf8.count + 1) { _ = FcPatternAddString(pattern, object, $0) }
        }
    }
}
