import CFolio
import FolioGraphics

/// Lets Cairo's C write callback reach a Swift `ByteSink`, keeping the first error the sink threw.
///
/// Cairo writes a PDF it does not compress a few bytes at a time (each number of a page's content), so the
/// bytes are gathered here and handed to the sink 64 KiB at a time: call `flush()` before the sink is read
/// and when Cairo is done.
final class CairoWriteBridge {
    let sink: any ByteSink
    private(set) var error: (any Error)?
    private static let capacity = 1 << 16
    private let pending = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
    private var pendingCount = 0

    init(sink: any ByteSink) {
        self.sink = sink
    }

    deinit {
        pending.deallocate()
    }

    /// The pointer to pass to Cairo as the callback's closure; valid while this object lives.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Hands the bytes gathered so far to the sink; an error it throws is kept in `error`.
    func flush() {
        guard pendingCount > 0 else { return }
        defer { pendingCount = 0 }
        guard error == nil else { return }
        forward(UnsafeRawBufferPointer(start: pending, count: pendingCount))
    }

    private func forward(_ bytes: UnsafeRawBufferPointer) {
        do {
            try sink.write(bytes)
        } catch {
            self.error = error
        }
    }

    /// Cairo's write function: gathers the bytes for the sink, and turns an error of the sink into a write error.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        // Cairo calls this for every few bytes: the bridge is borrowed, not retained and released each time
        // (a few per cent of a long document's drawing).
        return Unmanaged<CairoWriteBridge>.fromOpaque(closure)._withUnsafeGuaranteedRef { bridge in
            guard bridge.error == nil else { return CAIRO_STATUS_WRITE_ERROR }
            guard length > 0, let data else { return CAIRO_STATUS_SUCCESS }
            let count = Int(length)
            if count > capacity - bridge.pendingCount { bridge.flush() }
            if count >= capacity {
                bridge.forward(UnsafeRawBufferPointer(start: data, count: count))
            } else {
                (bridge.pending + bridge.pendingCount).copyMemory(from: data, byteCount: count)
                bridge.pendingCount += count
            }
            return bridge.error == nil ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }
    }
}
