import CFolio
import FolioCore
import FolioGraphics
import Foundation

/// Writes a tagged PDF document: pages, structure, links, anchors, the outline and metadata.
///
/// Cairo writes to a temporary file (`CairoOutput`). Every stretch of drawing goes into a marked-content
/// sequence of its own, and the writer records which element — or which kind of artifact — owns it; at the
/// end, `PDFFinisher` builds the structure tree from that record and rewrites Cairo's file compactly, with
/// what Cairo 1.16 cannot write (artifacts, table attributes, alt text, metadata), into the sink as it goes.
public final class PDFWriter: CairoSurfaceWriter, RenderTarget {
    private let metadata: DocumentMetadata
    private let sink: any ByteSink
    private let buffer = CairoOutput()
    private let bridge: CairoWriteBridge
    private var pageIndex = 0
    /// The page drawn but not yet shown.
    private var pendingPage: Int?
    private var tree = PDFStructureTree()
    /// Retags each page's content on another core while the next pages are drawn.
    private let retagger: PageContentRetagger
    private let cores: Cores
    /// The structure open at this point of the document, innermost last.
    private var open: [OpenRole] = []
    /// The marked-content sequence open: whose it is, whether Cairo's link tag opened it (else a speck), and
    /// whether more drawing may join it (a link's sequence is one line of it, with an annotation of its own).
    private var sequence: (owner: PDFStructureTree.Owner, isLink: Bool, joinable: Bool)?
    /// Where each open link element goes, and the pages it has an annotation on when it has an area.
    private var links: [Int: LinkElement] = [:]
    private var outlineParents: [(level: Int, id: Int32)] = []
    /// For each open group, whether its clip leaves nothing to draw.
    private var emptyClips: [Bool] = []

    private enum OpenRole {
        case element(Int, isFigure: Bool)
        /// Everything inside an artifact is part of it.
        case artifact(ArtifactKind)
        /// Elements begun directly inside are in this language.
        case language(String)
    }

    private struct LinkElement {
        var target: LinkTarget
        /// The clickable area given with the element, used instead of the extent of its text.
        var area: Rect?
        var annotatedPages: Set<Int> = []
    }

    /// A writer of one PDF to `sink`, drawing text in the faces of `fonts`; with `usesOtherCores` false, all
    /// of its work (retagging, compressing) is done on the calling thread.
    public init(writingTo sink: any ByteSink, metadata: DocumentMetadata, fonts: FontTable, usesOtherCores: Bool = true) {
        cores = Cores(parallel: usesOtherCores)
        retagger = PageContentRetagger(cores: cores)
        self.metadata = metadata
        self.sink = sink
        bridge = CairoWriteBridge(sink: buffer)
        super.init(fonts: fonts, extractableText: true, keepsJPEG: true)
    }

    // MARK: Pages

    public func beginPage(size: Size, index: Int, label: String?) throws {
        pageIndex = index
        let isFirstPage = surface == nil
        if isFirstPage { try open(size: size) }
        try showPendingPage()
        guard let surface else { return }
        cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
        if let label { cairo_pdf_surface_set_page_label(surface.pointer, label) }
        tree.startPage()
        // Cairo 1.16 fails a tagged page ("invalid tag name, attributes, or nesting", or an assertion at
        // the end) when an image is the first thing drawn on it: the speck that opens every sequence is
        // drawn before anything in it.
    }

    private func open(size: Size) throws(FolioError) {
        let surface = CairoSurface(cairo_pdf_surface_create_for_stream(CairoWriteBridge.write, bridge.closure, size.width, size.height))
        try surface.checkStatus("starting the PDF")
        // Cairo 1.16 stamps the current time unless a date is set; an empty one writes none. The finisher
        // writes the document's own metadata.
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, "")
        self.surface = surface
        beginDrawing(into: CairoContext(surface: surface))
    }

    public func endPage() throws {
        guard surface != nil else { return }
        try checkPage(pageIndex + 1)
        // The page is shown when the next begins, or at the end, so that the document's tag closes on
        // the last page.
        pendingPage = pageIndex
    }

    public func finish() throws {
        if surface == nil {
            try open(size: .a4)
            tree.startPage()
        }
        closeSequence()
        try showPendingPage()
        endDrawing()
        guard let surface else { return }
        // The end of the file (fonts, cross-references) is not a page's: it is not kept aside for the retagger.
        buffer.keepsRecent = false
        cairo_surface_finish(surface.pointer)
        bridge.flush()
        // Let go of the surface before checking it: one that failed must not be finished again when released.
        self.surface = nil
        if let error = bridge.error { throw FolioError(.io, "cannot write the PDF: \(error)") }
        try surface.checkStatus("finishing the PDF")
        do {
            try buffer.finishWriting()
        } catch {
            throw FolioError(.io, "cannot write the PDF: \(error)")
        }
        try PDFFinisher.finish(buffer, structure: tree, metadata: metadata, early: retagger, cores: cores, into: sink)
    }

    /// Shows the page drawn last, if it has not been shown yet, and checks that it was written.
    private func showPendingPage() throws(FolioError) {
        guard let index = pendingPage, let context else { return }
        pendingPage = nil
        closeSequence()
        cairo_show_page(context.pointer)
        bridge.flush()
        try context.checkStatus("drawing page \(index + 1)")
        try checkDocument("writing page \(index + 1)")
        // The page just shown is the last the tree started (with --pages, not page `index` of the file).
        retagger.pageWritten(buffer.takeRecent(), openings: PDFFinisher.openings(of: tree.ownersOnLastPage, in: tree))
    }

    /// Throws the sink's own error if writing failed, else Cairo's status.
    private func checkDocument(_ doing: String) throws(FolioError) {
        if let error = bridge.error { throw FolioError(.io, "cannot write the PDF: \(error)") }
        try surface?.checkStatus(doing)
    }

    // MARK: Drawing, each stretch in its marked-content sequence

    public override func fill(_ path: Path, color: Color) {
        guard !isClippedAway else { return }
        mark(owner(ofVectorDrawing: true))
        super.fill(path, color: color)
    }

    public override func stroke(_ path: Path, style: StrokeStyle) {
        guard !isClippedAway else { return }
        mark(owner(ofVectorDrawing: true))
        super.stroke(path, style: style)
    }

    public override func drawImage(_ image: ImageSource, in frame: Rect) {
        guard !isClippedAway else { return }
        mark(owner(ofVectorDrawing: false))
        super.drawImage(image, in: frame)
    }

    public override func drawText(_ line: TextLine, at origin: Point) {
        guard !isClippedAway else { return }
        let owner = owner(ofVectorDrawing: false)
        if case .element(let element) = owner, let link = links[element] {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { tree.updateDetails(of: element) { $0.text += $0.text.isEmpty ? text : " " + text } }
            let extent = Rect(x: origin.x + line.minX, y: origin.y - line.ascent, width: line.width, height: line.ascent + line.descent)
            markLine(of: element, link, area: link.area ?? extent)
        } else {
            mark(owner)
        }
        super.drawText(line, at: origin)
    }

    public override func beginGroup(_ group: Group) {
        // A sequence opened inside a group's saved state must close inside it.
        closeSequence()
        super.beginGroup(group)
        var isEmpty = emptyClips.last ?? false
        if group.clip != nil, !isEmpty, let cr = context?.pointer {
            var (x1, y1, x2, y2) = (0.0, 0.0, 0.0, 0.0)
            cairo_clip_extents(cr, &x1, &y1, &x2, &y2)
            isEmpty = x2 <= x1 || y2 <= y1
        }
        emptyClips.append(isEmpty)
    }

    public override func endGroup() {
        closeSequence()
        emptyClips.removeLast()
        super.endGroup()
    }

    /// Whether drawing here is clipped away entirely. Cairo 1.16 then leaves the tags of the drawing out
    /// of one of its two passes over the page and fails it ("invalid tag name, attributes, or nesting"),
    /// so nothing is drawn or tagged there: nothing would show.
    private var isClippedAway: Bool { emptyClips.last ?? false }

    /// Who owns drawing at this point: the innermost artifact, else the innermost element; vector drawing
    /// outside a figure only decorates, so it is a layout artifact.
    private func owner(ofVectorDrawing isVector: Bool) -> PDFStructureTree.Owner {
        switch open.last(where: { if case .language = $0 { false } else { true } }) {
        case .artifact(let kind): return .artifact(kind)
        case .language: return .element(currentElement)
        case .element(let element, _):
            if isVector, !open.contains(where: { if case .element(_, true) = $0 { true } else { false } }) {
                return .artifact(.layout)
            }
            return .element(element)
        case nil: return isVector ? .artifact(.layout) : .element(PDFStructureTree.document)
        }
    }

    /// The innermost open element, or the document.
    private var currentElement: Int {
        for role in open.reversed() { if case .element(let element, _) = role { return element } }
        return PDFStructureTree.document
    }

    /// Makes sure drawing goes into a sequence of `owner`'s, opening one when the open one is another's.
    private func mark(_ owner: PDFStructureTree.Owner) {
        if let sequence, sequence.owner == owner, sequence.joinable { return }
        openSequence(owner, linkAttributes: nil, joinable: true)
    }

    /// Opens a sequence for one line of a link, with an annotation over `area` — one a page for a link
    /// with an area of its own (a contents entry clickable across its row).
    private func markLine(of element: Int, _ link: LinkElement, area: Rect) {
        if link.area != nil, link.annotatedPages.contains(pageIndex) {
            openSequence(.element(element), linkAttributes: nil, joinable: false)
            return
        }
        openSequence(.element(element), linkAttributes: Self.linkAttributes(link.target, area: area), joinable: false)
        tree.addAnnotation(of: element)
        links[element]?.annotatedPages.insert(pageIndex)
    }

    /// Opens a sequence: with Cairo's link tag for a line of a link with an annotation, else with a speck.
    private func openSequence(_ owner: PDFStructureTree.Owner, linkAttributes: String?, joinable: Bool) {
        flushText()
        guard let cr = context?.pointer else { return }
        if let linkAttributes {
            closeSequence()
            cairo_tag_begin(cr, CAIRO_TAG_LINK, linkAttributes)
        } else if let open = sequence, !open.isLink {
            SequenceSpeck.switching.draw(on: cr)
        } else {
            closeSequence()
            SequenceSpeck.opening.draw(on: cr)
        }
        tree.addSequence(owner)
        sequence = (owner, linkAttributes != nil, joinable)
    }

    private func closeSequence() {
        flushText()
        guard let open = sequence, let cr = context?.pointer else { return }
        if open.isLink {
            cairo_tag_end(cr, CAIRO_TAG_LINK)
        } else {
            SequenceSpeck.closing.draw(on: cr)
        }
        sequence = nil
    }

    // MARK: Structure, links and the outline

    public func beginStructure(_ role: StructureRole) {
        if case .artifact(let kind) = open.last {
            open.append(.artifact(kind))
            return
        }
        if case .artifact(let kind) = role {
            open.append(.artifact(kind))
            return
        }
        if case .language(let language) = role {
            open.append(.language(language))
            return
        }
        let element = tree.addElement(role.structureType, parent: currentElement)
        if case .language(let language) = open.last { tree.updateDetails(of: element) { $0.language = language } }
        var isFigure = false
        switch role {
        case .section(let language):
            tree.updateDetails(of: element) { $0.language = language }
        case .figure(let alt):
            tree.updateDetails(of: element) { $0.alt = alt }
            isFigure = true
        case .tableHeaderCell(let scope, let span):
            tree.updateDetails(of: element) {
                $0.scope = scope
                $0.span = span
            }
        case .tableCell(let span) where span != .single:
            tree.updateDetails(of: element) { $0.span = span }
        case .tableCell:
            break
        case .link(let target, let area):
            links[element] = LinkElement(target: target, area: area)
        default:
            break
        }
        open.append(.element(element, isFigure: isFigure))
    }

    public func endStructure(_ role: StructureRole) {
        guard let closed = open.popLast() else { return }
        if case .element(let element, _) = closed { links[element] = nil }
    }

    /// The attributes of a link to `target`, clickable over `area`.
    static func linkAttributes(_ target: LinkTarget, area: Rect) -> String {
        let attributes = switch target {
        case .external(let uri): CairoTagAttributes().string("uri", CairoTagAttributes.encodedURI(uri))
        case .internal(let name): CairoTagAttributes().string("dest", name)
        }
        return attributes.rect(area).text
    }

    /// A clickable area: another annotation of the link element open here when it goes to `target`,
    /// else a link element of its own.
    public func addLink(to target: LinkTarget, area: Rect) {
        guard !isClippedAway else { return }
        var element = currentElement
        if links[element]?.target != target {
            element = tree.addElement("Link", parent: element)
        }
        let link = LinkElement(target: target, area: nil)
        markLine(of: element, link, area: area)
        closeSequence()
    }

    public func addAnchor(_ name: String, at point: Point) {
        flushText()
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
