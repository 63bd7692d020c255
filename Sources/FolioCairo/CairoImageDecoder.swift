import CFolio
import FolioCore
import FolioGraphics
import Foundation

/// Decodes PNG (with Cairo) and JPEG (with gdk-pixbuf) images into Cairo image surfaces.
enum CairoImageDecoder {
    static func surface(format: ImageSource.Format, data: Data) throws(ImageProblem) -> CairoSurface {
        switch format {
        case .png: return try png(data)
        case .jpeg: return try jpeg(data)
        case .svg: throw ImageProblem("an SVG image is drawn as vectors, not decoded to pixels")
        }
    }

    private static func png(_ data: Data) throws(ImageProblem) -> CairoSurface {
        let reader = PNGReader(data: data)
        let surface = withExtendedLifetime(reader) {
            CairoSurface(cairo_image_surface_create_from_png_stream(PNGReader.read, Unmanaged.passUnretained(reader).toOpaque()))
        }
        let status = cairo_surface_status(surface.pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ImageProblem(cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)")
        }
        return surface
    }

    private static func jpeg(_ data: Data) throws(ImageProblem) -> CairoSurface {
        let pixbufs = try ImageLibraries.shared.get()
        var error: UnsafeMutablePointer<GError>?
        guard let loader = pixbufs.pixbufLoaderNewWithType("jpeg", &error) else { throw problem(error, "no JPEG decoder") }
        defer { g_object_unref(gpointer(loader)) }
        let wrote = data.withUnsafeBytes { bytes in
            pixbufs.pixbufLoaderWrite(loader, bytes.baseAddress?.assumingMemoryBound(to: guchar.self), gsize(bytes.count), &error)
        }
        // The loader must be closed either way; only report its error when writing succeeded.
        let closed = wrote != 0 ? pixbufs.pixbufLoaderClose(loader, &error) : pixbufs.pixbufLoaderClose(loader, nil)
        guard wrote != 0, closed != 0, let pixbuf = pixbufs.pixbufLoaderGetPixbuf(loader) else {
            throw problem(error, "the data is not a complete JPEG")
        }
        let width = Int(pixbufs.pixbufGetWidth(pixbuf)), height = Int(pixbufs.pixbufGetHeight(pixbuf))
        let channels = Int(pixbufs.pixbufGetNChannels(pixbuf)), rowStride = Int(pixbufs.pixbufGetRowstride(pixbuf))
        guard channels >= 3, let pixels = pixbufs.pixbufReadPixels(pixbuf) else { throw ImageProblem("unsupported JPEG colour layout") }
        let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)))
        guard cairo_surface_status(surface.pointer) == CAIRO_STATUS_SUCCESS,
              let target = cairo_image_surface_get_data(surface.pointer) else { throw ImageProblem("not enough memory for the image") }
        cairo_surface_flush(surface.pointer)
        let targetStride = Int(cairo_image_surface_get_stride(surface.pointer))
        // Cairo's RGB24 is a native-endian 32-bit 0x00RRGGBB a pixel.
        for row in 0..<height {
            let source = pixels + row * rowStride
            let destination = UnsafeMutableRawPointer(target + row * targetStride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width {
                let pixel = source + column * channels
                destination[column] = UInt32(pixel[0]) << 16 | UInt32(pixel[1]) << 8 | UInt32(pixel[2])
            }
        }
        cairo_surface_mark_dirty(surface.pointer)
        return surface
    }

    private static func problem(_ error: UnsafeMutablePointer<GError>?, _ fallback: String) -> ImageProblem {
        defer { if let error { g_error_free(error) } }
        return ImageProblem(error.map { String(cString: $0.pointee.message) } ?? fallback)
    }
}

/// Feeds bytes from memory to Cairo's PNG reader.
private final class PNGReader {
    let data: Data
    var offset = 0

    init(data: Data) {
        self.data = data
    }

    static let read: cairo_read_func_t = { closure, buffer, length in
        guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
        let reader = Unmanaged<PNGReader>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard reader.offset + count <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
        reader.data.copyBytes(to: buffer, from: reader.data.startIndex + reader.offset ..< reader.data.startIndex + reader.offset + count)
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
