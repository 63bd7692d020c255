import FolioCore
import FolioGraphics

/// A document laid out: its pages as pagination left them, and what finishes each when it is drawn — the
/// page furniture and the page numbers the contents refer to, which needed the last page first.
///
/// It holds no measurer: every text it adds to a page was measured when the layout ended. Pages are
/// finished one at a time (`page(at:)`), so a writer that draws them in turn holds one finished page at once.
public struct LaidOutDocument: PageSource, Sendable {
    /// The pages' content, in order.
    let store: PageStore
    let size: Size
    public let numbering: PageNumbering
    let furniture: PageFurniture
    /// The footer's page number of every page, measured (nil for a page without a footer).
    let numberLines: [TextLine?]
    /// How many pages were kept in a temporary file rather than in memory until they were drawn.
    public var pagesKeptInFile: Int { store.pagesInFile }
    /// The page numbers the contents show, by the anchor they lead to and the attributes they are set in.
    let references: [PageReferenceKey: TextLine]
    public var outline: [OutlineEntry]
    public var metadata: DocumentMetadata
    /// The face behind every `FontID` the pages use.
    public var fonts: FontTable
    /// What laying the document out could not do as asked, with paths into the briefing.
    public var diagnostics: [Diagnostic]
    /// How each page ended.
    public var pageEnds: [PageEnd]

    public var pageCount: Int { store.count }

    /// The page at `index` as it is drawn: its content, the page numbers it refers to, and its furniture.
    public func page(at index: Int) throws(FolioError) -> Page {
        let content: Paginator.PageContent
        do {
            content = try store.page(at: index)
        } catch {
            throw FolioError(.io, "page \(index + 1) could not be read back from the temporary file it was kept in while the "
                             + "document was laid out")
        }
        var items = content.items
        // From the last slot back, so that each insertion leaves the places of those before it alone.
        for case .pageReference(let slot) in content.notes.reversed() {
            guard let number = references[PageReferenceKey(slot)] else { continue }
            items.insert(.text(number, origin: Point(x: slot.right - number.width, y: slot.baseline)),
                         at: min(slot.itemIndex, items.count))
        }
        items += furniture.items(pageIndex: index, number: numberLines[index])
        return Page(size: size, items: items, label: numbering.pdfLabel(of: index))
    }

    /// Every page finished and held at once: for a caller that wants the whole document as a value. A page
    /// that cannot be read back (its temporary file failed) comes back empty, with a warning that says so.
    public var pagedDocument: PagedDocument {
        var lost: [Diagnostic] = []
        let pages = (0..<pageCount).map { index in
            do throws(FolioError) {
                return try page(at: index)
            } catch {
                lost.append(Diagnostic(.warning, code: .renderFailed, message: error.message))
                return Page(size: size)
            }
        }
        var document = PagedDocument(pages: pages, outline: outline, metadata: metadata, fonts: fonts, diagnostics: diagnostics + lost)
        document.pageEnds = pageEnds
        return document
    }
}

/// A page number the contents show: which anchor's page, in which font and colour.
struct PageReferenceKey: Hashable, Sendable {
    var anchor: String
    var attributes: TextAttributes

    init(_ slot: PageReferenceSlot) {
        anchor = slot.anchor
        attributes = slot.attributes
    }
}
