/// The pages of a document as pagination finished them, held until the page count is known and they are drawn.
///
/// Pages are added in order and read back by index, as many times as asked.
public final class PageStore: @unchecked Sendable {
    // Written only while the document is laid out, on one thread; read only after.
    private var pages: [Paginator.PageContent] = []

    public init() {}

    /// The number of pages stored.
    public var count: Int { pages.count }

    /// Keeps `page` as the page after the last.
    func append(_ page: Paginator.PageContent) {
        pages.append(page)
    }

    /// The page at `index`.
    func page(at index: Int) -> Paginator.PageContent {
        pages[index]
    }
}
