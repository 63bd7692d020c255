import CFolio
import FolioCore

/// Owns a `cairo_surface_t` and destroys it when released.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// The width and height of an image surface, in pixels (0 for other surfaces).
    var width: Int { Int(cairo_image_surface_get_width(pointer)) }
    var height: Int { Int(cairo_image_surface_get_height(pointer)) }

    /// Throws when the surface is in an error state.
    func checkStatus(_ doing: String) throws(FolioError) {
        try CairoStatus.check(cairo_surface_status(pointer), doing)
    }
}

/// Owns a `cairo_t` and destroys it when released.
final class CairoContext {
    let pointer: OpaquePointer

    init(surface: CairoSurface) {
        pointer = cairo_create(surface.pointer)
    }

    deinit {
        cairo_destroy(pointer)
    }

    func checkStatus(_ doing: String) throws(FolioError) {
        try CairoStatus.check(cairo_status(pointer), doing)
    }
}

/// Turns Cairo status codes into Folio errors.
enum CairoStatus {
    static func check(_ status: cairo_status_t, _ doing: String) throws(FolioError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
        throw FolioError(.renderFailed, "Cairo failed while \(doing): \(reason)")
    }
}
