import CFolio
import FolioCore
import FolioGraphics

/// Writes each page as an SVG file, to the sink the page's index is given.
///
/// Cairo 1.16 numbers the ids in an SVG with counters that live as long as the process; each page's ids are
/// renumbered in order of appearance, so a page's bytes depend on the page alone.
public final class SVGWriter: CairoSurfaceWriter, RenderTarget {
    private let background: Color?
    private let pageSink: (Int) throws -> any ByteSink
    private var buffer: DataSink?
    /// Keeps the page's write bridge alive until its surface is finished.
    private var bridge: CairoWriteBridge?
    private var pageIndex = 0

    /// A writer drawing text in the faces of `fonts`, each page first filled with `background` (transparent when nil).
    public init(background: Color? = .white, fonts: FontTable, pageSink: @escaping (Int) throws -> any ByteSink) {
        self.background = background
        self.pageSink = pageSink
        super.init(fonts: fonts, extractableText: false, keepsJPEG: false)
    }

    public func beginPage(size: Size, index: Int, label: String?) throws {
        pageIndex = index
        let buffer = DataSink()
        let bridge = CairoWriteBridge(sink: buffer)
        let surface = CairoSurface(cairo_svg_surface_create_for_stream(CairoWriteBridge.write, bridge.closure, size.width, size.height))
        try surface.checkStatus("starting an SVG page")
        self.buffer = buffer
        self.bridge = bridge
        self.surface = surface
        beginDrawing(into: CairoContext(surface: surface))
        if let background { fill(.rect(Rect(origin: .zero, size: size)), color: background) }
    }

    public func endPage() throws {
        guard let surface else { return }
        try checkPage(pageIndex + 1)
        endDrawing()
        cairo_surface_finish(surface.pointer)
        try surface.checkStatus("writing page \(pageIndex + 1) as SVG")
        self.surface = nil
        bridge = nil
        let normalized = SVGIdentifierNormalizer.normalize(buffer.map { [UInt8]($0.data) } ?? [])
        buffer = nil
        let sink: any ByteSink
        do {
            sink = try pageSink(pageIndex)
        } catch {
            throw FolioError.cannotOpenOutput(page: pageIndex + 1, error)
        }
        do {
            try normalized.withUnsafeBytes { try sink.write($0) }
        } catch {
            throw FolioError(.io, "cannot write page \(pageIndex + 1): \(error)")
        }
    }
}
