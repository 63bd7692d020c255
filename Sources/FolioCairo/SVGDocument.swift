import CFolio
import FolioCore
import Foundation

/// A parsed SVG image (an owned librsvg handle) that draws into Cairo as vectors.
///
/// Loaded from memory with no base location, so it cannot reach other files or the network.
final class SVGDocument {
    private let handle: OpaquePointer
    private let rsvg: ImageLibraries

    private init(handle: OpaquePointer, rsvg: ImageLibraries) {
        self.handle = handle
        self.rsvg = rsvg
    }

    deinit {
        g_object_unref(gpointer(handle))
    }

    static func open(_ data: Data) -> Result<SVGDocument, ImageProblem> {
        let rsvg: ImageLibraries
        switch ImageLibraries.shared {
        case .success(let libraries): rsvg = libraries
        case .failure(let problem): return .failure(problem)
        }
        var error: UnsafeMutablePointer<GError>?
        let handle = data.withUnsafeBytes { bytes in
            rsvg.rsvgHandleNewFromData(bytes.baseAddress?.assumingMemoryBound(to: guint8.self), gsize(bytes.count), &error)
        }
        guard let handle else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            return .failure(ImageProblem("the SVG cannot be read: \(message)"))
        }
        return .success(SVGDocument(handle: handle, rsvg: rsvg))
    }

    /// The image's own size in CSS pixels (1/96 inch): from its width and height, else its viewBox.
    var intrinsicSize: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        if rsvg.rsvgHandleGetIntrinsicSizeInPixels(handle, &width, &height) != 0 {
            return (width, height)
        }
        var hasViewBox: gboolean = 0
        var viewBox = FolioRsvgRectangle()
        rsvg.rsvgHandleGetIntrinsicDimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
        return hasViewBox != 0 ? (viewBox.width, viewBox.height) : (0, 0)
    }

    /// Draws the whole image into `frame` of `cr`'s user space.
    func draw(in cr: OpaquePointer, frame: (x: Double, y: Double, width: Double, height: Double)) throws(ImageProblem) {
        var viewport = FolioRsvgRectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height)
        var error: UnsafeMutablePointer<GError>?
        guard rsvg.rsvgHandleRenderDocument(handle, cr, &viewport, &error) != 0 else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw ImageProblem("the SVG cannot be drawn: \(message)")
        }
    }
}
