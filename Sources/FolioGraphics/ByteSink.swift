import Foundation

/// Where a writer's bytes go: a file being written, or memory.
public protocol ByteSink: AnyObject {
    /// Appends `bytes`; throws when they cannot be stored (a full disk, a closed file).
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// A sink that keeps everything in memory.
public final class DataSink: ByteSink {
    public private(set) var data = Data()

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        data.append(contentsOf: bytes)
    }

    /// Empties the sink, releasing its memory.
    public func removeAll() {
        data = Data()
    }
}
