import Foundation

/// A file in the temporary folder that only this object can reach: it is removed from its folder as soon as
/// it is made, so nothing is left behind however the process ends, and it goes when this object does.
///
/// For what a long document need not keep in memory (laid-out pages, measured lines, the PDF Cairo writes):
/// bytes are added at the end and read back from anywhere, by any number of threads at once.
public final class TemporaryFile: @unchecked Sendable {
    private let descriptor: Int32
    // Written by the one thread that appends; read after appending is done.
    private var pending: [UInt8] = []
    /// How many bytes the file holds, those not yet written included.
    public private(set) var count = 0

    /// A new empty file named after `prefix`; nil when the temporary folder cannot take one.
    public init?(prefix: String) {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Adds `bytes` at the end (written out 64 KiB at a time).
    public func append(_ bytes: UnsafeRawBufferPointer) throws {
        pending.append(contentsOf: bytes)
        count += bytes.count
        if pending.count >= 1 << 16 { try flush() }
    }

    /// Adds `bytes` at the end.
    public func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    /// Writes what is pending; after this, every byte added can be read.
    public func flush() throws {
        guard !pending.isEmpty else { return }
        var written = 0
        try pending.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard result > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))]) }
                written += result
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// The bytes at `range` (clamped to what was added and flushed); nil when they cannot be read.
    public func bytes(_ range: Range<Int>) -> [UInt8]? {
        let range = range.clamped(to: 0..<(count - pending.count))
        var result = [UInt8](repeating: 0, count: range.count)
        var done = 0
        let complete = result.withUnsafeMutableBytes { buffer -> Bool in
            while done < buffer.count {
                let read = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(range.lowerBound + done))
                guard read > 0 else { return false }
                done += read
            }
            return true
        }
        return complete ? result : nil
    }
}
