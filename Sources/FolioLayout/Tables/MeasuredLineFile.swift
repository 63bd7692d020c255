import FolioGraphics

/// The lines of a long table's cells as measuring the column widths gave them, kept in a temporary file
/// until the rows are laid out, so that they are read back rather than measured again (measuring is most
/// of a long table's time) and not held in memory.
///
/// When the file cannot be made, written or read, rows are not found (`lines(ofRow:)` is nil) and are
/// measured again: nothing is lost but time.
final class MeasuredLineFile: @unchecked Sendable {
    // Written while the widths are measured, on one thread; read after `finishWriting`.
    private var file = TemporaryFile(prefix: "folio-lines")
    /// Where each row's bytes start, and the end of the last.
    private var offsets: [Int] = [0]

    /// Keeps the lines of the next row.
    func append(_ lines: [TextLine]) {
        var row = Chunk()
        row.add(lines)
        append(row)
    }

    /// Keeps the lines of the rows of `chunk`, next.
    func append(_ chunk: Chunk) {
        guard let file else { return }
        do {
            try file.append(chunk.bytes)
            let start = offsets[offsets.count - 1]
            offsets += chunk.rowEnds.map { start + $0 }
        } catch {
            self.file = nil
        }
    }

    /// The lines of a run of rows, encoded as the file keeps them: made on any thread, added in row order.
    struct Chunk: Sendable {
        private(set) var bytes: [UInt8] = []
        /// Where each row's bytes end.
        private(set) var rowEnds: [Int] = []

        /// Adds the lines of the next row.
        mutating func add(_ lines: [TextLine]) {
            var writer = DisplayListWriter()
            writer.write(lines.count)
            for line in lines { writer.write(line) }
            bytes += writer.bytes
            rowEnds.append(bytes.count)
        }
    }

    /// Writes what is pending; after this, rows can be read.
    func finishWriting() {
        do {
            try file?.flush()
        } catch {
            file = nil
        }
    }

    /// The lines of row `row`, in the order they were kept; nil when they cannot be read.
    func lines(ofRow row: Int) -> [TextLine]? {
        guard let file, row + 1 < offsets.count, let bytes = file.bytes(offsets[row]..<offsets[row + 1]) else { return nil }
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
