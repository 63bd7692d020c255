import FolioCore
import FolioGraphics
import Foundation

/// What Cairo writes of a PDF, kept in a temporary file until the finisher has rewritten it: Cairo's file is
/// as long as the finished one, and holding it in memory made memory grow with the pages.
///
/// The file is removed from its folder as soon as it is opened, so nothing is left behind however the
/// process ends; when it cannot be made, the bytes stay in memory. The bytes of the page shown last are
/// also kept aside (`takeRecent`), for the retagger to read while Cairo draws the next.
final class CairoOutput: ByteSink, @unchecked Sendable {
    // Written by one thread while Cairo writes; read (possibly by several threads) only after `finishWriting`.
    private var descriptor: Int32 = -1
    private var memory: [UInt8] = []
    private var pending: [UInt8] = []
    private var recent: [UInt8] = []
    private var recentStart = 0
    /// Whether the bytes written are kept aside for `takeRecent` (not the end of the file, written at once).
    var keepsRecent = true
    /// How many bytes have been written.
    private(set) var count = 0

    init() {
        var template = Array((NSTemporaryDirectory() + "/folio-cairo-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func write(_ chunk: UnsafeRawBufferPointer) throws {
        if keepsRecent { recent.append(contentsOf: chunk) }
        count += chunk.count
        guard descriptor >= 0 else {
            memory.append(contentsOf: chunk)
            return
        }
        pending.append(contentsOf: chunk)
        if pending.count >= 1 << 16 { try flush() }
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
        try flush()
    }

    private func flush() throws {
        guard descriptor >= 0, !pending.isEmpty else { return }
        var written = 0
        try pending.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard result > 0 else { throw FolioError(.io, "cannot write the PDF's temporary file: \(String(cString: strerror(errno)))") }
                written += result
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// The bytes at `range` (clamped to what was written); nil when the file cannot be read.
    func bytes(_ range: Range<Int>) -> [UInt8]? {
        let range = range.clamped(to: 0..<count)
        guard descriptor >= 0 else { return Array(memory[range]) }
        var result = [UInt8](repeating: 0, count: range.count)
        var done = 0
        let ok = result.withUnsafeMutableBytes { buffer -> Bool in
            while done < buffer.count {
                let read = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(range.lowerBound + done))
                guard read > 0 else { return false }
                done += read
            }
            return true
        }
        return ok ? result : nil
    }
}
