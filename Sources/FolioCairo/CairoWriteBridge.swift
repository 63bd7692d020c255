import CFolio
import FolioGraphics

/// Lets Cairo's C write callback reach a Swift `ByteSink`, keeping the first error the sink threw.
final class CairoWriteBridge {
    let sink: any ByteSink
    private(set) var error: (any Error)?

    init(sink: any ByteSink) {
        self.sink = sink
    }

    /// The pointer to pass to Cairo as the callback's closure; valid while this object lives.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Cairo's write function: forwards to the sink and turns a thrown error into a write error.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let bridge = Unmanaged<CairoWriteBridge>.fromOpaque(closure).takeUnretainedValue()
        if bridge.error != nil { return CAIRO_STATUS_WRITE_ERROR }
        guard length > 0, let data else { return CAIRO_STATUS_SUCCESS }
        do {
            try bridge.sink.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        } catch {
            bridge.error = error
            return CAIRO_STATUS_WRITE_ERROR
        }
    }
}
