#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioCairo
import FolioCore
import Foundation

/// A file written beside its destination and moved into place only when complete.
///
/// Until `commit()`, the destination is untouched: a failed or interrupted render leaves either the old file
/// or nothing, never a partial one. `discard()` (or deinit without commit) removes the temporary file.
public final class AtomicFile: ByteSink {
    public let destination: URL
    let temporary: URL
    private var descriptor: Int32
    private var committed = false
    private let tracking: (any TemporaryFileTracking)?

    /// Opens a temporary file in the destination's folder, telling `tracking` of it.
    public init(destination: URL, tracking: (any TemporaryFileTracking)? = nil) throws(FolioError) {
        self.destination = destination
        self.tracking = tracking
        let folder = destination.deletingLastPathComponent()
        var template = Array(folder.appendingPathComponent(".\(destination.lastPathComponent).folio-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw FolioError(.io, "cannot write in \(folder.path): \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        self.temporary = URL(fileURLWithPath: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        tracking?.created(temporary.path)
    }

    deinit {
        if !committed { discard() }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw FolioError(.io, "\(destination.path): the file is already closed") }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FolioError(.io, "cannot write \(destination.path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Flushes the data to disk and moves the file to its destination, replacing what was there.
    public func commit() throws(FolioError) {
        guard descriptor >= 0 else { throw FolioError(.io, "\(destination.path): the file is already closed") }
        // New files are created 0600 by mkstemp; give them the usual permissions.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        let synced = fsync(descriptor) == 0
        let syncError = errno
        close(descriptor)
        descriptor = -1
        guard synced else {
            discard()
            throw FolioError(.io, "cannot write \(destination.path): \(String(cString: strerror(syncError)))")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw FolioError(.io, "cannot replace \(destination.path): \(reason)")
        }
        committed = true
        tracking?.finished(temporary.path)
    }

    /// Closes and removes the temporary file; the destination stays as it was.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporary.path)
        tracking?.finished(temporary.path)
    }
}
