import FolioCore
import FolioGraphics
import FolioModel
import FolioStyle

/// Lays out a whole briefing: composes its blocks, paginates them, and adds the page furniture.
public struct DocumentLayout<Measurer: TextMeasuring> {
    public let style: Style
    public let measurer: Measurer

    public init(style: Style, measurer: Measurer) {
        self.style = style
        self.measurer = measurer
    }

    /// The pages of `briefing`, its outline, and its metadata (with `creationDate`, ISO 8601, if given).
    public func layout(_ briefing: Briefing, creationDate: String? = nil) -> PagedDocument {
        let blocks = BriefingComposer(style: style, measurer: measurer).blocks(for: briefing)
        let contents = Paginator(column: style.page.textArea).paginate(blocks)
        let furniture = PageFurniture(style: style, measurer: measurer, title: briefing.title.plainText)
        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        pages.reserveCapacity(contents.count)
        for (index, content) in contents.enumerated() {
            var items = content.items
            items.append(contentsOf: furniture.items(pageNumber: index + 1, pageCount: contents.count))
            pages.append(Page(size: style.page.size, items: items))
            outline += content.headings.map { OutlineEntry(title: $0.title, level: $0.level, pageIndex: index, y: $0.y) }
        }
        let metadata = DocumentMetadata(
            title: briefing.title.plainText,
            authors: briefing.authors,
            subject: briefing.subtitle?.plainText,
            keywords: briefing.keywords,
            creator: "Folio \(FolioVersion.current)",
            creationDate: creationDate,
            language: briefing.language
        )
        return PagedDocument(pages: pages, outline: outline, metadata: metadata)
    }
}
