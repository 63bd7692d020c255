import CFolio
import FolioCore
import FolioGraphics
import Foundation

/// Writes a tagged PDF document: pages, structure tags, links, anchors, the outline and metadata.
///
/// Cairo writes into memory first; at the end, `PDFStructureFinisher` appends what Cairo 1.16 cannot write
/// (alt text, header scopes, the language), and the whole file goes to the sink.
public final class PDFWriter: CairoSurfaceWriter, RenderTarget {
    private let metadata: DocumentMetadata
    private let sink: any ByteSink
    private let buffer = DataSink()
    private let bridge: CairoWriteBridge
    private var pageIndex = 0
    /// The page drawn but not yet shown.
    private var pendingPage: Int?
    /// Structure tags Cairo has open, innermost last; nil for elements that are not tagged (artifacts).
    private var openTags: [String?] = []
    /// What the finisher adds that Cairo cannot write, collected in the order elements open.
    private var structureAdditions: PDFStructureFinisher.Additions
    private var outlineParents: [(level: Int, id: Int32)] = []

    /// A writer of one PDF to `sink`, drawing text in the faces of `fonts`.
    public init(writingTo sink: any ByteSink, metadata: DocumentMetadata, fonts: FontTable) {
        self.metadata = metadata
        self.sink = sink
        bridge = CairoWriteBridge(sink: buffer)
        structureAdditions = PDFStructureFinisher.Additions(language: metadata.language)
        super.init(fonts: fonts, extractableText: true, keepsJPEG: true)
    }

    // MARK: Pages

    public func beginPage(size: Size, index: Int, label: String?) throws {
        pageIndex = index
        let isFirstPage = surface == nil
        if isFirstPage { try open(size: size) }
        try showPendingPage()
        guard let surface, let cr = context?.pointer else { return }
        cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
        if let label { cairo_pdf_surface_set_page_label(surface.pointer, label) }
        // Every tag opens inside Document, which stays open until the PDF is finished. It must open
        // after the first page is sized: sizing a page starts its recording afresh.
        if isFirstPage { cairo_tag_begin(cr, "Document", "") }
        // Cairo 1.16 fails a tagged page ("invalid tag name, attributes, or nesting", or an assertion at
        // the end) when an image is the first thing drawn on it. A speck of white drawn first avoids that.
        cairo_save(cr)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_rectangle(cr, 0, 0, 0.01, 0.01)
        cairo_fill(cr)
        cairo_restore(cr)
    }

    private func open(size: Size) throws(FolioError) {
        let surface = CairoSurface(cairo_pdf_surface_create_for_stream(CairoWriteBridge.write, bridge.closure, size.width, size.height))
        try surface.checkStatus("starting the PDF")
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_AUTHOR, metadata.authors.joined(separator: ", "))
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_SUBJECT, metadata.subject ?? "")
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", "))
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        // Cairo 1.16 stamps the current time unless a date is set; an empty one writes none.
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate ?? "")
        self.surface = surface
        beginDrawing(into: CairoContext(surface: surface))
    }

    public func endPage() throws {
        guard surface != nil else { return }
        try checkPage(pageIndex + 1)
        // The page is shown when the next begins, or at the end: tags still open on the last page
        // (the document, an element running over it) must close on that page.
        pendingPage = pageIndex
    }

    public func finish() throws {
        if surface == nil { try open(size: .a4) }
        if let cr = context?.pointer {
            while let tag = openTags.popLast() {
                if let tag { cairo_tag_end(cr, tag) }
            }
            cairo_tag_end(cr, "Document")
        }
        try showPendingPage()
        endDrawing()
        guard let surface else { return }
        cairo_surface_finish(surface.pointer)
        try checkDocument("finishing the PDF")
        self.surface = nil
        let written = [UInt8](buffer.data)
        buffer.removeAll()
        let update = try PDFStructureFinisher.update(for: written, with: structureAdditions)
        do {
            try written.withUnsafeBytes { try sink.write($0) }
            try update.withUnsafeBytes { try sink.write($0) }
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.io, "cannot write the PDF: \(error)")
        }
    }

    /// Shows the page drawn last, if it has not been shown yet, and checks that it was written.
    private func showPendingPage() throws(FolioError) {
        guard let index = pendingPage, let context else { return }
        pendingPage = nil
        cairo_show_page(context.pointer)
        try context.checkStatus("drawing page \(index + 1)")
        try checkDocument("writing page \(index + 1)")
    }

    /// Throws the sink's own error if writing failed, else Cairo's status.
    private func checkDocument(_ doing: String) throws(FolioError) {
        if let error = bridge.error { throw FolioError(.io, "cannot write the PDF: \(error)") }
        try surface?.checkStatus(doing)
    }

    // MARK: Structure, links and the outline

    public func beginStructure(_ role: StructureRole) {
        guard let cr = context?.pointer else { return }
        let tag = Self.tagName(of: role)
        openTags.append(tag)
        guard let tag else { return }
        var attributes = ""
        switch role {
        case .figure(let alt): structureAdditions.figureAlternatives.append(alt)
        case .tableHeaderCell(let scope, _): structureAdditions.headerScopes.append(scope)
        case .link(let target, let area): attributes = Self.linkAttributes(target, area: area)
        default: break
        }
        cairo_tag_begin(cr, tag, attributes)
    }

    public func endStructure(_ role: StructureRole) {
        guard let cr = context?.pointer, let tag = openTags.popLast() else { return }
        if let tag { cairo_tag_end(cr, tag) }
    }

    /// The PDF structure type of `role`, from the fixed list Cairo accepts; nil for untagged artifacts.
    static func tagName(of role: StructureRole) -> String? {
        role.isArtifact ? nil : role.structureType
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
        guard let cr = context?.pointer else { return }
        cairo_tag_begin(cr, CAIRO_TAG_LINK, Self.linkAttributes(target, area: area))
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    public func addAnchor(_ name: String, at point: Point) {
        guard let cr = context?.pointer else { return }
        let attributes = CairoTagAttributes().string("name", name).number("x", point.x).number("y", point.y)
        cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes.text)
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    public func addOutlineEntry(_ entry: OutlineEntry) {
        guard let surface else { return }
        while let last = outlineParents.last, last.level >= entry.level { outlineParents.removeLast() }
        let parent = outlineParents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
        let destination = "page=\(entry.pageIndex + 1) pos=[0 \(CairoTagAttributes.number(entry.y))]"
        let id = cairo_pdf_surface_add_outline(surface.pointer, parent, entry.title, destination, cairo_pdf_outline_flags_t(0))
        outlineParents.append((entry.level, id))
    }
}
