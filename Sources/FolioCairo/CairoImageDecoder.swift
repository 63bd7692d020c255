import CFolio
import FolioCore
import FolioGraphics
import Foundation

/// Decodes image data into Cairo image surfaces.
enum CairoImageDecoder {
    /// A surface holding the pixels of `image`; PNG for now (JPEG and SVG come with the image block).
    static func surface(for image: ImageSource) throws(FolioError) -> CairoSurface {
        guard image.format == .png else {
            throw FolioError(.renderFailed, "\(image.format.rawValue.uppercased()) images cannot be drawn yet")
        }
        let reader = PNGReader(data: image.data)
        let surface = withExtendedLifetime(reader) {
            CairoSurface(cairo_image_surface_create_from_png_stream(PNGReader.read, Unmanaged.passUnretained(reader).toOpaque()))
        }
        try surface.checkStatus("decoding a PNG image")
        return surface
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
