import FolioGraphics
import Foundation

/// The lines of a long table's cells as measuring the column widths gave them, kept in a temporary file
/// until the rows are laid out, so that they are read back rather than measured again (measuring is most
/// of a long table's time) and not held in memory.
///
/// The file is removed from its folder as soon as it is opened. When it cannot be made or read, rows are
/// not found (`lines(ofRow:)` is nil) and are measured again: nothing is lost but time.
final class MeasuredLineFile: @unchecked Sendable {
    private var file: FileHandle?
    private var length: UInt64 = 0
    /// Where each row's bytes start, and the end of the last.
    private var offsets: [UInt64] = [0]
    private var writer = DisplayListWriter()
    private var pending: [UInt8] = []
    private let lock = NSLock()

    init() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-lines-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forUpdating: url) else { return }
        try? FileManager.default.removeItem(at: url)
        file = handle
    }

    deinit {
        try? file?.close()
    }

    /// Keeps the lines of the next row.
    func append(_ lines: [TextLine]) {
        guard file != nil else { return }
        writer.removeAllBytes()
        writer.write(lines.count)
        for line in lines { writer.write(line) }
        pending += writer.bytes
        length += UInt64(writer.bytes.count)
        offsets.append(length)
        if pending.count >= 1 << 20 { flush() }
    }

    /// Writes what is pending; after this, rows can be read.
    func finishWriting() {
        flush()
    }

    private func flush() {
        guard let file, !pending.isEmpty else { return }
        do {
            try file.write(contentsOf: pending)
        } catch {
            self.file = nil
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// The lines of row `row`, in the order they were kept; nil when they cannot be read.
    func lines(ofRow row: Int) -> [TextLine]? {
        guard row + 1 < offsets.count else { return nil }
        let start = offsets[row], count = Int(offsets[row + 1] - start)
        let bytes: [UInt8]? = lock.withLock {
            guard let file, (try? file.seek(toOffset: start)) != nil, let data = try? file.read(upToCount: count),
                  data.count == count else { return nil }
            return [UInt8](data)
        }
        guard let bytes else { return nil }
        var reader = DisplayListReader(bytes, images: [])
        guard let lineCount = try? reader.int(), lineCount >= 0, lineCount <= bytes.count else { return nil }
        var lines: [TextLine] = []
        for _ in 0..<lineCount {
            guard let line = try? reader.textLine() else { return nil }
            lines.append(line)
        }
        return lines
    }
}
