import CFolio
import FolioCore
import FolioGraphics

/// Writes each page as an SVG file, to the sink the page's index is given.
///
/// Every id of a page starts with the writer's prefix and the page's number (`report-p3-glyph0-1`), then
/// Cairo's kind of id and its rank, so a page's bytes depend on the page alone, and pages or charts inlined
/// together in one HTML page never use each other's glyphs. A JPEG image stays a JPEG. A page with a label
/// (a chart exported alone) is an image to assistive technology: `role="img"`, a `<title>` and a `<desc>`.
public final class SVGWriter: CairoSurfaceWriter, RenderTarget {
    /// What an SVG says of itself to assistive technology: its name and its description.
    public struct Label: Sendable {
        public var title: String
        public var description: String

        public init(title: String, description: String) {
            self.title = title
            self.description = description
        }
    }

    private let background: Color?
    private let idPrefix: String
    private let label: Label?
    private let pageSink: (Int) throws -> any ByteSink
    private var buffer: DataSink?
    /// Keeps the page's write bridge alive until its surface is finished.
    private var bridge: CairoWriteBridge?
    private var pageIndex = 0

    /// A writer drawing text in the faces of `fonts`, each page first filled with `background` (transparent when
    /// nil), its ids starting with `idPrefix` (made fit for XML ids) and the page's number.
    public init(background: Color? = .white, fonts: FontTable, idPrefix: String = "folio-", label: Label? = nil,
                pageSink: @escaping (Int) throws -> any ByteSink) {
        self.background = background
        self.idPrefix = SVGIdentifierNormalizer.identifierPrefix(idPrefix)
        self.label = label
        self.pageSink = pageSink
        super.init(fonts: fonts, extractableText: false, keepsJPEG: true)
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
        bridge?.flush()
        try surface.checkStatus("writing page \(pageIndex + 1) as SVG")
        self.surface = nil
        bridge = nil
        var normalized = SVGIdentifierNormalizer.normalize(buffer.map { [UInt8]($0.data) } ?? [], prefix: "\(idPrefix)p\(pageIndex + 1)-")
        if let label { normalized = Self.labelled(normalized, label) }
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

    /// `svg` with `role="img"` on its root element, and `label`'s title and description as its first children.
    static func labelled(_ svg: [UInt8], _ label: Label) -> [UInt8] {
        let opening = Array("<svg".utf8)
        guard let start = svg.indices.first(where: { svg[$0...].starts(with: opening) }),
              let end = svg[start...].firstIndex(of: UInt8(ascii: ">")) else { return svg }
        let children = "<title>\(escaped(label.title))</title><desc>\(escaped(label.description))</desc>\n"
        return Array(svg[..<end]) + Array(" role=\"img\"".utf8) + [UInt8(ascii: ">")] + Array("\n".utf8)
            + Array(children.utf8) + Array(svg[(end + 1)...])
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
