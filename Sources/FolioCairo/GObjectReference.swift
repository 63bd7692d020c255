import CFolio

/// Owns one reference to a GLib object (a Pango font map, context or layout) and drops it when released.
final class GObjectReference {
    let pointer: OpaquePointer

    /// Takes over a reference the caller already holds (as returned by a `_new` function).
    init(adopting pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        g_object_unref(gpointer(pointer))
    }
}

/// Owns a `PangoFontDescription` and frees it when released.
final class FontDescription {
    let pointer: OpaquePointer

    init(adopting pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        pango_font_description_free(pointer)
    }
}
