import CFolio
import FolioCore
import FolioGraphics

/// Writes each page as a PNG image at a resolution, to the sink the page's index is given.
///
/// A page is the page size at the resolution rounded to whole pixels, its background over every pixel (no
/// half-covered last row or column); with an opaque background it is written without an alpha channel, and
/// every page says its resolution (`pHYs`).
public final class PNGWriter: CairoSurfaceWriter, RenderTarget {
    private let ppi: Double
    private let background: Color?
    private let pageSink: (Int) throws -> any ByteSink
    private var pageIndex = 0

    /// A writer drawing text in the faces of `fonts`, at `ppi` pixels per inch, each page first filled with
    /// `background` (transparent when nil).
    public init(ppi: Double, background: Color? = .white, fonts: FontTable, pageSink: @escaping (Int) throws -> any ByteSink) {
        self.ppi = ppi
        self.background = background
        self.pageSink = pageSink
        super.init(fonts: fonts, extractableText: false, keepsJPEG: false)
    }

    /// The largest width or height, in pixels, of an image Cairo can make.
    public static let maximumPixelExtent = 32_767

    /// The pixel size of a page of `size` points at `ppi` (rounded to whole pixels), or an error beyond what
    /// Cairo can make.
    public static func pixelSize(of size: Size, ppi: Double) throws(FolioError) -> (width: Int, height: Int) {
        let width = max((size.width * ppi / 72).rounded(), 1), height = max((size.height * ppi / 72).rounded(), 1)
        let limit = Double(maximumPixelExtent)
        guard width.isFinite, height.isFinite, width >= 1, height >= 1, width <= limit, height <= limit else {
            throw FolioError(.usage, "a page of \(size.width) × \(size.height) pt at \(ppi) ppi would be \(width) × \(height) pixels; "
                             + "PNG pages must be 1 to \(maximumPixelExtent) pixels wide and high")
        }
        return (Int(width), Int(height))
    }

    public func beginPage(size: Size, index: Int, label: String?) throws {
        pageIndex = index
        let pixels = try Self.pixelSize(of: size, ppi: ppi)
        let opaque = (background?.alpha ?? 0) >= 1
        let surface = CairoSurface(cairo_image_surface_create(opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32,
                                                              Int32(pixels.width), Int32(pixels.height)))
        try surface.checkStatus("creating a \(pixels.width) × \(pixels.height) pixel image")
        self.surface = surface
        let context = CairoContext(surface: surface)
        if let background {
            // Every pixel, the part of a pixel past the page's rounded edge included.
            cairo_set_source_rgba(context.pointer, background.red, background.green, background.blue, background.alpha)
            cairo_paint(context.pointer)
        }
        cairo_scale(context.pointer, ppi / 72, ppi / 72)
        beginDrawing(into: context)
    }

    public func endPage() throws {
        guard let surface else { return }
        try checkPage(pageIndex + 1)
        cairo_surface_flush(surface.pointer)
        let sink: any ByteSink
        do {
            sink = try pageSink(pageIndex)
        } catch {
            throw FolioError.cannotOpenOutput(page: pageIndex + 1, error)
        }
        let encoded = DataSink()
        let bridge = CairoWriteBridge(sink: encoded)
        let status = cairo_surface_write_to_png_stream(surface.pointer, CairoWriteBridge.write, bridge.closure)
        bridge.flush()
        try CairoStatus.check(status, "encoding page \(pageIndex + 1) as PNG")
        let png = PNGChunks.addingResolution([UInt8](encoded.data), ppi: ppi)
        do {
            try png.withUnsafeBytes { try sink.write($0) }
        } catch {
            throw FolioError(.io, "cannot write page \(pageIndex + 1): \(error)")
        }
        endDrawing()
        self.surface = nil
    }
}
