import CFolio
import Foundation
import FolioGraphics

/// The font ids of one export, shared by every measurer that works on it: an id stands for a font
/// description ("DejaVu Sans Bold 11"), so lines measured by one measurer (on another thread) are drawn
/// with the same face by another.
public final class FontKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String] = []
    private var ids: [String: FontID] = [:]

    public init() {}

    func id(for key: String) -> FontID {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[key] { return id }
        let id = FontID(Int32(keys.count))
        keys.append(key)
        ids[key] = id
        return id
    }

    func key(of id: FontID) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return keys.indices.contains(Int(id.rawValue)) ? keys[Int(id.rawValue)] : nil
    }
}

/// The fonts one measurer has used or been asked to draw, by their shared id.
///
/// Holds a reference to each `PangoFont` so that the `FontID`s in a display list stay valid until the
/// export's targets have drawn it. An id issued by another measurer of the same export is loaded here from
/// its description on first use.
final class PangoFontTable {
    let keys: FontKeys
    private let load: (String) -> UnsafeMutablePointer<PangoFont>?
    private var ids: [UnsafeMutablePointer<PangoFont>: FontID] = [:]
    private var fonts: [FontID: UnsafeMutablePointer<PangoFont>] = [:]
    /// Every font referenced, released together: a pointer used as a key must not be freed and reused.
    private var held: [UnsafeMutablePointer<PangoFont>] = []

    init(keys: FontKeys, load: @escaping (String) -> UnsafeMutablePointer<PangoFont>?) {
        self.keys = keys
        self.load = load
    }

    deinit {
        for font in held { g_object_unref(gpointer(font)) }
    }

    /// The id of `font`, registering it on first sight.
    func id(for font: UnsafeMutablePointer<PangoFont>) -> FontID {
        if let id = ids[font] { return id }
        let id = keys.id(for: Self.key(of: font))
        g_object_ref(gpointer(font))
        held.append(font)
        ids[font] = id
        if fonts[id] == nil { fonts[id] = font }
        return id
    }

    /// The Cairo scaled font that draws `id`, or nil for an id no measurer of the export issued.
    func scaledFont(for id: FontID) -> OpaquePointer? {
        if fonts[id] == nil, let key = keys.key(of: id), let font = load(key) {
            // pango_font_map_load_font returns a new reference: held, not ref'd again.
            held.append(font)
            fonts[id] = font
            ids[font] = id
        }
        return fonts[id].map { pango_cairo_font_get_scaled_font(OpaquePointer($0)) }
    }

    /// A readable name for `id` ("DejaVu Sans Bold 11"), for diagnostics and text dumps.
    func name(of id: FontID) -> String? { keys.key(of: id) }

    /// The description that loads `font` again: family, style, weight, stretch and size.
    static func key(of font: UnsafeMutablePointer<PangoFont>) -> String {
        let description = pango_font_describe(font)
        defer { pango_font_description_free(description) }
        guard let text = pango_font_description_to_string(description) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }
}
