import CFolio
import CRsvg
import FolioDecoding
import Foundation

/// A parsed SVG image (an owned librsvg handle) that draws into Cairo as vectors.
///
/// Loaded from memory with no base location, so it cannot reach other files or the network.
final class SVGDocument {
    private let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        g_object_unref(gpointer(handle))
    }

    static func open(_ data: Data) -> Result<SVGDocument, ImageProblem> {
        var error: UnsafeMutablePointer<GError>?
        let handle = data.withUnsafeBytes { bytes in
            rsvg_handle_new_from_data(bytes.baseAddress?.assumingMemoryBound(to: guint8.self), gsize(bytes.count), &error)
        }
        guard let handle else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            return .failure(ImageProblem("the SVG cannot be read: \(message)"))
        }
        return .success(SVGDocument(handle: OpaquePointer(handle)))
    }

    /// The image's own size in CSS pixels (1/96 inch): from its width and height, else its viewBox.
    var intrinsicSize: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(UnsafeMutablePointer(handle), &width, &height) != 0 {
            return (width, height)
        }
        var hasWidth: gboolean = 0, hasHeight: gboolean = 0, hasViewBox: gboolean = 0
        var widthLength = RsvgLength(), heightLength = RsvgLength(), viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(UnsafeMutablePointer(handle), &hasWidth, &widthLength, &hasHeight, &heightLength,
                                             &hasViewBox, &viewBox)
        return hasViewBox != 0 ? (viewBox.width, viewBox.height) : (0, 0)
    }

    /// Draws the whole image into `frame` of `cr`'s user space.
    func draw(in cr: OpaquePointer, frame: (x: Double, y: Double, width: Double, height: Double)) throws(ImageProblem) {
        var viewport = RsvgRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height)
        var error: UnsafeMutablePointer<GError>?
        guard rsvg_handle_render_document(UnsafeMutablePointer(handle), cr, &viewport, &error) != 0 else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw ImageProblem("the SVG cannot be drawn: \(message)")
        }
    }
}
