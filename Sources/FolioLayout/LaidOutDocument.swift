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
    public func page(at index: Int) -> Page {
        let content = store.page(at: index)
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

    /// Every page finished and held at once: for a caller that wants the whole document as a value.
    public var pagedDocument: PagedDocument {
        var document = PagedDocument(pages: (0..<pageCount).map(page(at:)), outline: outline, metadata: metadata, fonts: fonts,
                                     diagnostics: diagnostics)
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
