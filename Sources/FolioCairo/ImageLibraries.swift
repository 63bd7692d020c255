import CFolio
import FolioCore
import Foundation

/// librsvg (SVG images, drawn as vectors) and gdk-pixbuf (JPEG decoding), opened the first time an image
/// needs them rather than linked: with their own dependencies (libxml2, ICU, …) they cost every run about
/// 3 ms of start-up, and most briefings have no SVG or JPEG image.
struct ImageLibraries: @unchecked Sendable {
    typealias GErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?

    let rsvgHandleNewFromData: @convention(c) (UnsafePointer<guint8>?, gsize, GErrorOut) -> OpaquePointer?
    let rsvgHandleGetIntrinsicSizeInPixels: @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?,
                                                            UnsafeMutablePointer<Double>?) -> gboolean
    /// Only the view box is asked for; the lengths (RsvgLength) are passed as nil, which librsvg allows.
    let rsvgHandleGetIntrinsicDimensions: @convention(c) (OpaquePointer?, UnsafeMutablePointer<gboolean>?, UnsafeMutableRawPointer?,
                                                          UnsafeMutablePointer<gboolean>?, UnsafeMutableRawPointer?,
                                                          UnsafeMutablePointer<gboolean>?, UnsafeMutablePointer<FolioRsvgRectangle>?) -> Void
    let rsvgHandleRenderDocument: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<FolioRsvgRectangle>?, GErrorOut) -> gboolean

    let pixbufLoaderNewWithType: @convention(c) (UnsafePointer<CChar>?, GErrorOut) -> OpaquePointer?
    let pixbufLoaderWrite: @convention(c) (OpaquePointer?, UnsafePointer<guchar>?, gsize, GErrorOut) -> gboolean
    let pixbufLoaderClose: @convention(c) (OpaquePointer?, GErrorOut) -> gboolean
    let pixbufLoaderGetPixbuf: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let pixbufGetWidth: @convention(c) (OpaquePointer?) -> Int32
    let pixbufGetHeight: @convention(c) (OpaquePointer?) -> Int32
    let pixbufGetNChannels: @convention(c) (OpaquePointer?) -> Int32
    let pixbufGetRowstride: @convention(c) (OpaquePointer?) -> Int32
    let pixbufReadPixels: @convention(c) (OpaquePointer?) -> UnsafePointer<guint8>?

    /// The libraries, opened once; an error says which is missing.
    static let shared: Result<ImageLibraries, ImageProblem> = open()

    private static func open() -> Result<ImageLibraries, ImageProblem> {
        // RTLD_NODELETE: the functions stay valid for the life of the process.
        guard let rsvg = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_NODELETE) else {
            return .failure(ImageProblem("SVG and JPEG images need librsvg (Debian: librsvg2-2), which is not installed"))
        }
        guard let pixbuf = dlopen("libgdk_pixbuf-2.0.so.0", RTLD_NOW | RTLD_NODELETE) else {
            return .failure(ImageProblem("JPEG images need gdk-pixbuf (Debian: libgdk-pixbuf-2.0-0), which is not installed"))
        }
        // Each function's type is the property's it is stored in.
        func symbol<F>(_ library: UnsafeMutableRawPointer, _ name: String) throws(ImageProblem) -> F {
            guard let address = dlsym(library, name) else { throw ImageProblem("the installed librsvg or gdk-pixbuf lacks \(name)") }
            return unsafeBitCast(address, to: F.self)
        }
        do throws(ImageProblem) {
            return .success(ImageLibraries(
                rsvgHandleNewFromData: try symbol(rsvg, "rsvg_handle_new_from_data"),
                rsvgHandleGetIntrinsicSizeInPixels: try symbol(rsvg, "rsvg_handle_get_intrinsic_size_in_pixels"),
                rsvgHandleGetIntrinsicDimensions: try symbol(rsvg, "rsvg_handle_get_intrinsic_dimensions"),
                rsvgHandleRenderDocument: try symbol(rsvg, "rsvg_handle_render_document"),
                pixbufLoaderNewWithType: try symbol(pixbuf, "gdk_pixbuf_loader_new_with_type"),
                pixbufLoaderWrite: try symbol(pixbuf, "gdk_pixbuf_loader_write"),
                pixbufLoaderClose: try symbol(pixbuf, "gdk_pixbuf_loader_close"),
                pixbufLoaderGetPixbuf: try symbol(pixbuf, "gdk_pixbuf_loader_get_pixbuf"),
                pixbufGetWidth: try symbol(pixbuf, "gdk_pixbuf_get_width"),
                pixbufGetHeight: try symbol(pixbuf, "gdk_pixbuf_get_height"),
                pixbufGetNChannels: try symbol(pixbuf, "gdk_pixbuf_get_n_channels"),
                pixbufGetRowstride: try symbol(pixbuf, "gdk_pixbuf_get_rowstride"),
                pixbufReadPixels: try symbol(pixbuf, "gdk_pixbuf_read_pixels")))
        } catch {
            return .failure(error)
        }
    }
}
