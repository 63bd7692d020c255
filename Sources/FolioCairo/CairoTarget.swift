import CFolio
import FolioCore
import FolioGraphics
import Foundation

/// Draws laid-out pages with Cairo: a PDF document, or one PNG or SVG file a page.
///
/// Text arrives already shaped (glyphs and clusters, in faces the document's font table names), so every
/// format draws exactly what was measured, with no measurer. Cairo's status is checked after every page and
/// at the end, and a failure is thrown as a `FolioError` naming the cause.
public final class CairoTarget: RenderTarget {
    private let format: OutputFormat
    private let fonts: CairoFontCache
    private let metadata: DocumentMetadata?
    private let background: Color?
    /// Where the finished PDF goes; Cairo writes into `pdfBuffer` first, for the structure finisher.
    private let documentSink: (any ByteSink)?
    private let pdfBuffer = DataSink()
    private let documentBridge: CairoWriteBridge?
    /// The maker of each PNG or SVG page's sink.
    private let pageSink: ((Int) throws -> any ByteSink)?
    /// Structure tags Cairo has open, innermost last; nil for elements that are not tagged (artifacts).
    private var openTags: [String?] = []
    /// What the finisher adds that Cairo cannot write, collected in the order elements open.
    private var structureAdditions: PDFStructureFinisher.Additions

    private var surface: CairoSurface?
    private var context: CairoContext?
    private var pageIndex = 0
    private var svgBuffer: DataSink?
    /// Keeps the SVG page's write bridge alive until the page's surface is finished.
    private var svgBridge: CairoWriteBridge?
    /// For each open group, whether it saved Cairo's state (only transformed or clipped groups do).
    private var groupSaves: [Bool] = []
    /// The PDF page drawn but not yet shown.
    private var pendingPage: Int?
    private var outlineParents: [(level: Int, id: Int32)] = []
    /// The first error met in a call that cannot throw, reported at the end of the page.
    private var deferredError: FolioError?
    /// Filled again for every run drawn, so that drawing text allocates nothing per run.
    private var glyphs: [cairo_glyph_t] = []
    private var clusterMap = GlyphClusters()

    private init(format: OutputFormat, fonts: FontTable, metadata: DocumentMetadata?, background: Color?,
                 documentSink: (any ByteSink)?, pageSink: ((Int) throws -> any ByteSink)?) {
        self.format = format
        self.fonts = CairoFontCache(fonts)
        self.metadata = metadata
        self.background = background
        self.documentSink = documentSink
        self.documentBridge = documentSink == nil ? nil : CairoWriteBridge(sink: pdfBuffer)
        self.pageSink = pageSink
        self.structureAdditions = PDFStructureFinisher.Additions(language: metadata?.language ?? "en")
    }

    deinit {
        // Destroying an unfinished surface makes Cairo flush it through the write bridge: release the
        // context and surface first, while the bridge and its buffer still exist.
        context = nil
        surface = nil
    }

    /// A target writing one PDF document to `sink`, drawing text in the faces of `fonts`.
    public static func pdf(writingTo sink: any ByteSink, metadata: DocumentMetadata, fonts: FontTable) -> CairoTarget {
        CairoTarget(format: .pdf, fonts: fonts, metadata: metadata, background: nil, documentSink: sink, pageSink: nil)
    }

    /// A target writing each page as a PNG at `ppi` to the sink `pageSink` gives for its index.
    public static func png(ppi: Double, background: Color? = .white, fonts: FontTable,
                           pageSink: @escaping (Int) throws -> any ByteSink) -> CairoTarget {
        CairoTarget(format: .png(ppi: ppi), fonts: fonts, metadata: nil, background: background,
                    documentSink: nil, pageSink: pageSink)
    }

    /// A target writing each page as an SVG to the sink `pageSink` gives for its index.
    public static func svg(background: Color? = .white, fonts: FontTable,
                           pageSink: @escaping (Int) throws -> any ByteSink) -> CairoTarget {
        CairoTarget(format: .svg, fonts: fonts, metadata: nil, background: background,
                    documentSink: nil, pageSink: pageSink)
    }

    /// The pixel size of a page of `size` points at `ppi`, or an error beyond what Cairo can make.
    public static func pixelSize(of size: Size, ppi: Double) throws(FolioError) -> (width: Int, height: Int) {
        let width = (size.width * ppi / 72).rounded(.up), height = (size.height * ppi / 72).rounded(.up)
        let limit = Double(OutputFormat.maximumPixelExtent)
        guard width.isFinite, height.isFinite, width >= 1, height >= 1, width <= limit, height <= limit else {
            throw FolioError(.usage, "a page of \(size.width) × \(size.height) pt at \(ppi) ppi would be \(width) × \(height) pixels; "
                             + "PNG pages must be 1 to \(OutputFormat.maximumPixelExtent) pixels wide and high")
        }
        return (Int(width), Int(height))
    }

    // MARK: Pages

    public func beginPage(size: Size, index: Int, label: String?) throws {
        pageIndex = index
        switch format {
        case .pdf:
            let isFirstPage = surface == nil
            if isFirstPage { try openPDF(size: size) }
            try showPendingPage()
            guard let surface, let context else { return }
            cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
            if let label { cairo_pdf_surface_set_page_label(surface.pointer, label) }
            // Every tag opens inside Document, which stays open until the PDF is finished. It must open
            // after the first page is sized: sizing a page starts its recording afresh.
            if isFirstPage { cairo_tag_begin(context.pointer, "Document", "") }
            // Cairo 1.16 fails a tagged page ("invalid tag name, attributes, or nesting", or an assertion at
            // the end) when an image is the first thing drawn on it. A speck of white drawn first avoids that.
            cairo_save(context.pointer)
            cairo_set_source_rgb(context.pointer, 1, 1, 1)
            cairo_rectangle(context.pointer, 0, 0, 0.01, 0.01)
            cairo_fill(context.pointer)
            cairo_restore(context.pointer)
        case .png(let ppi):
            let pixels = try Self.pixelSize(of: size, ppi: ppi)
            let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixels.width), Int32(pixels.height)))
            try surface.checkStatus("creating a \(pixels.width) × \(pixels.height) pixel image")
            self.surface = surface
            context = CairoContext(surface: surface)
            if let context { cairo_scale(context.pointer, ppi / 72, ppi / 72) }
        case .svg:
            let buffer = DataSink()
            let bridge = CairoWriteBridge(sink: buffer)
            svgBuffer = buffer
            let surface = CairoSurface(cairo_svg_surface_create_for_stream(CairoWriteBridge.write, bridge.closure,
                                                                           size.width, size.height))
            try surface.checkStatus("starting an SVG page")
            self.surface = surface
            context = CairoContext(surface: surface)
            svgBridge = bridge
        }
        if let context {
            let options = cairo_font_options_create()
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_set_font_options(context.pointer, options)
            cairo_font_options_destroy(options)
            if let background, format != .pdf {
                fill(.rect(Rect(origin: .zero, size: size)), color: background)
            }
        }
    }

    private func openPDF(size: Size) throws(FolioError) {
        guard let documentBridge else { return }
        let surface = CairoSurface(cairo_pdf_surface_create_for_stream(CairoWriteBridge.write, documentBridge.closure,
                                                                       size.width, size.height))
        try surface.checkStatus("starting the PDF")
        if let metadata {
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, metadata.title)
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_AUTHOR, metadata.authors.joined(separator: ", "))
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_SUBJECT, metadata.subject ?? "")
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", "))
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
            // Cairo 1.16 stamps the current time unless a date is set; an empty one writes none.
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate ?? "")
        }
        self.surface = surface
        context = CairoContext(surface: surface)
    }

    public func endPage() throws {
        guard let surface, let context else { return }
        if let deferredError {
            self.deferredError = nil
            throw deferredError
        }
        try context.checkStatus("drawing page \(pageIndex + 1)")
        switch format {
        case .pdf:
            // The page is shown when the next begins, or at the end: tags still open on the last page
            // (the document, an element running over it) must close on that page.
            pendingPage = pageIndex
        case .png:
            cairo_surface_flush(surface.pointer)
            let bridge = try CairoWriteBridge(sink: sink(forPage: pageIndex))
            let status = cairo_surface_write_to_png_stream(surface.pointer, CairoWriteBridge.write, bridge.closure)
            if let error = bridge.error { throw FolioError(.io, "cannot write page \(pageIndex + 1): \(error)") }
            try CairoStatus.check(status, "encoding page \(pageIndex + 1) as PNG")
            self.context = nil
            self.surface = nil
        case .svg:
            self.context = nil
            cairo_surface_finish(surface.pointer)
            try surface.checkStatus("writing page \(pageIndex + 1) as SVG")
            self.surface = nil
            svgBridge = nil
            let normalized = SVGIdentifierNormalizer.normalize(svgBuffer.map { [UInt8]($0.data) } ?? [])
            let target = try sink(forPage: pageIndex)
            do {
                try normalized.withUnsafeBytes { try target.write($0) }
            } catch {
                throw FolioError(.io, "cannot write page \(pageIndex + 1): \(error)")
            }
            svgBuffer = nil
        }
    }

    private func sink(forPage index: Int) throws(FolioError) -> any ByteSink {
        guard let pageSink else { throw FolioError(.usage, "no output was given for page \(index + 1)") }
        do {
            return try pageSink(index)
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.io, "cannot open the output for page \(index + 1): \(error)")
        }
    }

    public func finish() throws {
        guard format == .pdf else { return }
        if surface == nil { try openPDF(size: .a4) }
        if let cr = context?.pointer {
            while let tag = openTags.popLast() {
                if let tag { cairo_tag_end(cr, tag) }
            }
            cairo_tag_end(cr, "Document")
        }
        try showPendingPage()
        context = nil
        guard let surface, let documentSink else { return }
        cairo_surface_finish(surface.pointer)
        try checkDocument("finishing the PDF")
        self.surface = nil
        let written = [UInt8](pdfBuffer.data)
        pdfBuffer.removeAll()
        let update = try PDFStructureFinisher.update(for: written, with: structureAdditions)
        do {
            try written.withUnsafeBytes { try documentSink.write($0) }
            try update.withUnsafeBytes { try documentSink.write($0) }
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.io, "cannot write the PDF: \(error)")
        }
    }

    /// Shows the PDF page drawn last, if it has not been shown yet, and checks that it was written.
    private func showPendingPage() throws(FolioError) {
        guard let index = pendingPage, let context else { return }
        pendingPage = nil
        cairo_show_page(context.pointer)
        try context.checkStatus("drawing page \(index + 1)")
        try checkDocument("writing page \(index + 1)")
    }

    /// Throws the sink's own error if writing failed, else Cairo's status.
    private func checkDocument(_ doing: String) throws(FolioError) {
        if let error = documentBridge?.error { throw FolioError(.io, "cannot write the PDF: \(error)") }
        try surface?.checkStatus(doing)
    }

    // MARK: Drawing

    public func fill(_ path: Path, color: Color) {
        guard let cr = context?.pointer else { return }
        setSource(color, on: cr)
        append(path, to: cr)
        cairo_fill(cr)
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        guard let cr = context?.pointer else { return }
        setSource(style.color, on: cr)
        cairo_set_line_width(cr, style.width)
        switch style.lineCap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        append(path, to: cr)
        cairo_stroke(cr)
    }

    public func drawText(_ line: TextLine, at origin: Point) {
        guard let cr = context?.pointer else { return }
        for run in line.runs where !run.glyphs.isEmpty {
            guard let font = fonts.scaledFont(for: run.font) else {
                deferredError = deferredError ?? FolioError(.renderFailed, "a line uses font \(run.font.rawValue), which the document's "
                                                            + "font table does not name or which cannot be loaded")
                continue
            }
            cairo_set_scaled_font(cr, font)
            setSource(run.color, on: cr)
            let x = origin.x + run.x
            glyphs.removeAll(keepingCapacity: true)
            for glyph in run.glyphs where glyph.isVisible {
                glyphs.append(cairo_glyph_t(index: UInt(glyph.id), x: x + Double(glyph.x), y: origin.y + Double(glyph.y)))
            }
            guard !glyphs.isEmpty else { continue }
            // Clusters let PDF readers copy and search the text; other formats draw glyphs only.
            if format == .pdf, let bytes = clusterMap.map(run) {
                let flags = run.isRightToLeft ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
                var text = run.text
                text.withUTF8 { utf8 in
                    utf8.withMemoryRebound(to: CChar.self) { chars in
                        cairo_show_text_glyphs(cr, chars.baseAddress.map { $0 + bytes.lowerBound }, Int32(bytes.count),
                                               glyphs, Int32(glyphs.count), clusterMap.clusters, Int32(clusterMap.clusters.count), flags)
                    }
                }
            } else {
                cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
            }
        }
    }

    public func drawImage(_ image: ImageSource, in frame: Rect) {
        guard let cr = context?.pointer, frame.width > 0, frame.height > 0 else { return }
        do {
            switch image.format {
            case .svg:
                // Vectors stay vectors: librsvg draws the SVG straight into the page.
                let svg = try SVGDocument.open(image.data).get()
                cairo_save(cr)
                try svg.draw(in: cr, frame: (frame.minX, frame.minY, frame.width, frame.height))
                cairo_restore(cr)
            case .png, .jpeg:
                let surface = try CairoImageDecoder.surface(format: image.format == .png ? .png : .jpeg, data: image.data)
                if format == .pdf, image.format == .jpeg { Self.attachJPEG(image.data, to: surface) }
                let width = Double(cairo_image_surface_get_width(surface.pointer))
                let height = Double(cairo_image_surface_get_height(surface.pointer))
                guard width > 0, height > 0 else { return }
                cairo_save(cr)
                cairo_translate(cr, frame.minX, frame.minY)
                cairo_scale(cr, frame.width / width, frame.height / height)
                cairo_set_source_surface(cr, surface.pointer, 0, 0)
                cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
                cairo_paint(cr)
                cairo_restore(cr)
            }
        } catch {
            deferredError = deferredError ?? FolioError(.renderFailed, "an image cannot be drawn: \(error.message)")
        }
    }

    /// Lets the PDF embed the JPEG file as it is, rather than its decoded pixels.
    private static func attachJPEG(_ data: Data, to surface: CairoSurface) {
        guard let copy = malloc(data.count) else { return }
        data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: data.count)
        cairo_surface_set_mime_data(surface.pointer, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                    UInt(data.count), { free($0) }, copy)
    }

    // MARK: Optional parts

    public func beginGroup(_ group: Group) {
        // Every group pushes, so that endGroup restores exactly the groups that saved.
        guard let cr = context?.pointer, group.transform != nil || group.clip != nil else {
            groupSaves.append(false)
            return
        }
        cairo_save(cr)
        if let t = group.transform {
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx, y0: t.ty)
            cairo_transform(cr, &matrix)
        }
        if let clip = group.clip {
            cairo_rectangle(cr, clip.minX, clip.minY, clip.width, clip.height)
            cairo_clip(cr)
        }
        groupSaves.append(true)
    }

    public func endGroup() {
        guard let saved = groupSaves.popLast(), saved, let cr = context?.pointer else { return }
        cairo_restore(cr)
    }

    public func beginStructure(_ role: StructureRole) {
        guard format == .pdf, let cr = context?.pointer else { return }
        let tag = Self.tagName(of: role)
        openTags.append(tag)
        guard let tag else { return }
        var attributes = ""
        switch role {
        case .figure(let alt): structureAdditions.figureAlternatives.append(alt)
        case .tableHeaderCell(let scope): structureAdditions.headerScopes.append(scope)
        case .link(let target, let area): attributes = Self.linkAttributes(target, area: area)
        default: break
        }
        cairo_tag_begin(cr, tag, attributes)
    }

    public func endStructure(_ role: StructureRole) {
        guard format == .pdf, let cr = context?.pointer, let tag = openTags.popLast() else { return }
        if let tag { cairo_tag_end(cr, tag) }
    }

    /// The PDF structure type of `role`, from the fixed list Cairo accepts; nil for untagged artifacts.
    static func tagName(of role: StructureRole) -> String? {
        switch role {
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .listLabel: "Lbl"
        case .listBody: "LBody"
        case .figure: "Figure"
        case .caption: "Caption"
        case .blockQuote: "BlockQuote"
        case .table: "Table"
        case .tableRow: "TR"
        case .tableHeaderCell: "TH"
        case .tableCell: "TD"
        case .tableOfContents: "TOC"
        case .tableOfContentsItem: "TOCI"
        case .span: "Span"
        case .link: CAIRO_TAG_LINK
        case .artifact: nil
        }
    }

    /// The attributes of a link to `target`, clickable over `area`, or over its content when nil.
    static func linkAttributes(_ target: LinkTarget, area: Rect?) -> String {
        var attributes = switch target {
        case .external(let uri): CairoTagAttributes().string("uri", CairoTagAttributes.encodedURI(uri))
        case .internal(let name): CairoTagAttributes().string("dest", name)
        }
        if let area { attributes = attributes.rect(area) }
        return attributes.text
    }

    public func addLink(to target: LinkTarget, area: Rect) {
        guard format == .pdf, let cr = context?.pointer else { return }
        cairo_tag_begin(cr, CAIRO_TAG_LINK, Self.linkAttributes(target, area: area))
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    public func addAnchor(_ name: String, at point: Point) {
        guard format == .pdf, let cr = context?.pointer else { return }
        let attributes = CairoTagAttributes().string("name", name).number("x", point.x).number("y", point.y)
        cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes.text)
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    public func addOutlineEntry(_ entry: OutlineEntry) {
        guard format == .pdf, let surface else { return }
        while let last = outlineParents.last, last.level >= entry.level { outlineParents.removeLast() }
        let parent = outlineParents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
        let destination = "page=\(entry.pageIndex + 1) pos=[0 \(Self.number(entry.y))]"
        let id = cairo_pdf_surface_add_outline(surface.pointer, parent, entry.title, destination, cairo_pdf_outline_flags_t(0))
        outlineParents.append((entry.level, id))
    }

    // MARK: Helpers

    /// A number as Cairo's attribute parser reads it: plain decimal, never exponent notation.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
    }

    private func setSource(_ color: Color, on cr: OpaquePointer) {
        if color.alpha >= 1 {
            cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        } else {
            cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        }
    }

    private func append(_ path: Path, to cr: OpaquePointer) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let p, let c1, let c2): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }
}
