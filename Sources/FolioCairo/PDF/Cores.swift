import Dispatch

/// How many cores the PDF writer may use for work beside Cairo's drawing (retagging pages, compressing
/// streams): all of them, or one, when the export was asked to keep to one (`folio render -j 1`).
struct Cores: Sendable {
    /// Whether more than the calling thread may work.
    let parallel: Bool

    /// Runs `body` for `0..<iterations`, on every core or in turn on this thread.
    func forEach(_ iterations: Int, _ body: @Sendable (Int) -> Void) {
        if parallel {
            DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
        } else {
            for index in 0..<iterations { body(index) }
        }
    }
}
