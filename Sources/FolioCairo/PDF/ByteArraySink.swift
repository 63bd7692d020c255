import FolioGraphics

/// Collects what Cairo writes as one byte array, which the finisher takes whole, without a copy.
final class ByteArraySink: ByteSink {
    private(set) var bytes: [UInt8] = []

    func write(_ chunk: UnsafeRawBufferPointer) throws {
        bytes.append(contentsOf: chunk)
    }

    /// Everything written so far, leaving the sink empty.
    func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}
