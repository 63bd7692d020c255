import Dispatch
import FolioGraphics

/// A document's pages, each finished on another core while the writer draws the one before it.
///
/// Finishing a page — reading it back from the temporary file it waited in, decoding its display list,
/// adding its furniture — is work of this process's own that Cairo's drawing need not wait for: a long
/// table's 3,795 pages spent a quarter of a second on it. Only the next page is finished ahead, so one more
/// page at most is in memory.
final class PagesFinishedAhead: PageSource, @unchecked Sendable {
    private let source: any PageSource
    // Used by the one thread that draws; the page under way is written by its worker before `done` is left.
    private var ahead: (index: Int, done: DispatchGroup, result: ResultBox)?

    /// Where a page finished on another thread waits to be taken.
    private final class ResultBox: @unchecked Sendable {
        var result: Result<Page, any Error>?
    }

    init(_ source: any PageSource) {
        self.source = source
    }

    var pageCount: Int { source.pageCount }
    var outline: [OutlineEntry] { source.outline }
    var metadata: DocumentMetadata { source.metadata }
    var fonts: FontTable { source.fonts }
    var diagnostics: [Diagnostic] { source.diagnostics }
    var pageEnds: [PageEnd] { source.pageEnds }
    var pagedDocument: PagedDocument { source.pagedDocument }

    func page(at index: Int) throws -> Page {
        let page: Page
        if let ahead, ahead.index == index {
            ahead.done.wait()
            page = try ahead.result.result?.get() ?? source.page(at: index)
        } else {
            ahead?.done.wait()
            page = try source.page(at: index)
        }
        ahead = nil
        if index + 1 < pageCount {
            let box = ResultBox(), done = DispatchGroup(), source = source, next = index + 1
            done.enter()
            DispatchQueue.global().async {
                box.result = Result { try source.page(at: next) }
                done.leave()
            }
            ahead = (next, done, box)
        }
        return page
    }
}
