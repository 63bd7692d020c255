import FolioCore
import FolioGraphics
import Foundation

/// What Cairo writes of a PDF, kept in a temporary file until the finisher has rewritten it: Cairo's file is
/// as long as the finished one, and holding it in memory made memory grow with the pages.
///
/// When no `TemporaryFile` can be made, the bytes stay in memory. The bytes of the page shown last are
/// also kept aside (`takeRecent`), for the retagger to read while Cairo draws the next.
final class CairoOutput: ByteSink, @unchecked Sendable {
    // Written by one thread while Cairo writes; read (possibly by several threads) only after `finishWriting`.
    private let file = TemporaryFile(prefix: "folio-cairo")
    private var memory: [UInt8] = []
    private var recent: [UInt8] = []
    private var recentStart = 0
    /// Whether the bytes written are kept aside for `takeRecent` (not the end of the file, written at once).
    var keepsRecent = true
    /// How many bytes have been written.
    private(set) var count = 0

    func write(_ chunk: UnsafeRawBufferPointer) throws {
        if keepsRecent { recent.append(contentsOf: chunk) }
        count += chunk.count
        guard let file else {
            memory.append(contentsOf: chunk)
            return
        }
        do {
            try file.append(chunk)
        } catch {
            throw FolioError(.io, "cannot write the PDF's temporary file: \(error.localizedDescription)")
        }
    }

    /// The bytes written since the last call, and where in the file they start.
    func takeRecent() -> (offset: Int, bytes: [UInt8]) {
        defer {
            recent = []
            recentStart = count
        }
        return (recentStart, recent)
    }

    /// Writes what is pending to the file; after this the bytes can be read.
    func finishWriting() throws {
        recent = []
        do {
            try file?.flush()
        } catch {
            throw FolioError(.io, "cannot write the PDF's temporary file: \(error.localizedDescription)")
        }
    }

    /// The bytes at `range` (clamped to what was written); nil when the file cannot be read.
    func bytes(_ range: Range<Int>) -> [UInt8]? {
        guard let file else { return Array(memory[range.clamped(to: 0..<memory.count)]) }
        return file.bytes(range)
    }
}
