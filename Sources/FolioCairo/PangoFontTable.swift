import CFolio
import FolioGraphics

/// The fonts one export has used, numbered in the order they were first met.
///
/// Holds a reference to each `PangoFont` so that the `FontID`s in a display list stay valid
/// until the export's targets have drawn it.
final class PangoFontTable {
    private var ids: [UnsafeMutablePointer<PangoFont>: FontID] = [:]
    private(set) var fonts: [UnsafeMutablePointer<PangoFont>] = []

    deinit {
        for font in fonts { g_object_unref(gpointer(font)) }
    }

    /// The id of `font`, registering it on first sight.
    func id(for font: UnsafeMutablePointer<PangoFont>) -> FontID {
        if let id = ids[font] { return id }
        let id = FontID(Int32(fonts.count))
        g_object_ref(gpointer(font))
        fonts.append(font)
        ids[font] = id
        return id
    }

    /// The Cairo scaled font that draws `id`, or nil for an id this table never issued.
    func scaledFont(for id: FontID) -> OpaquePointer? {
        guard fonts.indices.contains(Int(id.rawValue)) else { return nil }
        return pango_cairo_font_get_scaled_font(OpaquePointer(fonts[Int(id.rawValue)]))
    }

    /// A readable name for `id` ("DejaVu Sans Bold 11"), for diagnostics and text dumps.
    func name(of id: FontID) -> String? {
        guard fonts.indices.contains(Int(id.rawValue)) else { return nil }
        let description = pango_font_describe(fonts[Int(id.rawValue)])
        defer { pango_font_description_free(description) }
        guard let text = pango_font_description_to_string(description) else { return nil }
        defer { g_free(text) }
        return String(cString: text)
    }
}
