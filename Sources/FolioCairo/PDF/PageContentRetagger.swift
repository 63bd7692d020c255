import Dispatch
import FolioGraphics
import Foundation

/// Retags each page's content stream on another core as soon as Cairo has written it, while Cairo draws
/// the pages after it.
///
/// Inflating, retagging and deflating a 95-page report's content streams took 12 ms after Cairo had
/// finished — a sixth of Folio's time — while the second core sat idle through the drawing. `PDFFinisher`
/// takes a result only when it is for the very stream it finds, retagged with the very openings it would
/// use; anything else (a page whose stream was not found here, a page with right-to-left text or with
/// Cairo's own spans, which the finisher must read with the fonts in hand) it retags itself.
final class PageContentRetagger: @unchecked Sendable {
    /// One page's content, retagged and compressed.
    private struct Retagged {
        var count: Int
        /// The openings it was retagged with, hashed: a long table's pages have thousands of sequences.
        var openings: UInt64
        /// Where the content waits in `file`; the content itself when there is no file.
        var stored: Stored
    }

    private enum Stored {
        case file(Range<Int>)
        case memory([UInt8])
    }

    private let group = DispatchGroup()
    /// Whether the work goes to another core; else it is done here, as each page is written.
    private let cores: Cores

    init(cores: Cores) {
        self.cores = cores
    }
    private let lock = NSLock()
    /// Results by the offset of the stream's data in the file; guarded by `lock`.
    private var results: [Int: Retagged] = [:]
    /// The retagged contents, until the finisher takes them: in memory they grew with the pages (4 MB for
    /// 935). Appended to under `lock`, read once every page is done.
    private let file = TemporaryFile(prefix: "folio-retagged")
    private var flushed = false

    /// Looks at what Cairo wrote since the last page (`written`, from where it starts in the file) and, when
    /// that holds one page content stream, has it
    /// retagged with `openings` (one for each of the page's marked-content sequences, in order).
    func pageWritten(_ written: (offset: Int, bytes: [UInt8]), openings: [[UInt8]]) {
        guard !written.bytes.isEmpty else { return }
        // Finding the stream is work too: on the other core, not the drawing's.
        let work: @Sendable () -> Void = { [self] in
            guard let stream = Self.contentStream(in: written.bytes) else { return }
            let offset = written.offset + stream.offset, data = stream.data, compressed = stream.compressed
            guard let content = compressed ? Deflate.decompress(data[...]) : data, !PDFFinisher.containsActualText(content),
                  let retagged = try? MarkedContentRewriter.rewrite(content, expectedCount: openings.count, opening: { openings[$0] })
            else { return }
            let deflated = Deflate.compress(retagged), hash = Self.hash(openings)
            lock.withLock {
                var stored = Stored.memory(deflated)
                if let file, (try? file.append(deflated)) != nil { stored = .file((file.count - deflated.count)..<file.count) }
                results[offset] = Retagged(count: data.count, openings: hash, stored: stored)
            }
        }
        guard cores.parallel else { return work() }
        group.enter()
        DispatchQueue.global().async {
            defer { self.group.leave() }
            work()
        }
    }

    /// The retagged content of the stream whose `count` bytes of data start at `offset`, if it was
    /// retagged with `openings`; waits for the work still under way.
    func result(at offset: Int, count: Int, openings: [[UInt8]]) -> [UInt8]? {
        group.wait()
        return lock.withLock {
            if !flushed {
                flushed = true
                try? file?.flush()
            }
            guard let result = results.removeValue(forKey: offset), result.count == count, result.openings == Self.hash(openings) else {
                return nil
            }
            switch result.stored {
            case .memory(let data): return data
            // Unreadable, the page is retagged again by the finisher.
            case .file(let range): return file?.bytes(range)
            }
        }
    }

    /// FNV-1a over the openings and their lengths.
    private static func hash(_ openings: [[UInt8]]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for opening in openings {
            for byte in opening { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ UInt64(opening.count)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    // MARK: Finding the stream

    private static let header = Array("<< /Length ".utf8)
    private static let compressedHeaderEnd = Array(" 0 R\n   /Filter /FlateDecode\n>>\nstream\n".utf8)
    /// How Cairo ends the header of a stream it was told not to compress (`CAIRO_DEBUG_PDF`).
    private static let plainHeaderEnd = Array(" 0 R\n>>\nstream\n".utf8)

    /// The data of the one content stream in `bytes` (Cairo writes it as `<< /Length n 0 R /Filter
    /// /FlateDecode >> stream … endstream endobj n 0 obj length endobj`), and where it starts; nil unless
    /// there is exactly one. Without `/Filter` (Cairo told not to compress) its data is the content itself.
    private static func contentStream(in bytes: [UInt8]) -> (offset: Int, data: [UInt8], compressed: Bool)? {
        var found: (offset: Int, data: [UInt8], compressed: Bool)?
        var index = 0
        while let start = PDFSyntax.firstIndex(of: header, in: bytes, from: index) {
            index = start + header.count
            var lengthObject = 0, digits = 0
            while index < bytes.count, (48...57).contains(bytes[index]), digits < 9 {
                lengthObject = lengthObject * 10 + Int(bytes[index] - 48)
                index += 1
                digits += 1
            }
            guard digits > 0 else { continue }
            let compressed: Bool
            if bytes[index...].starts(with: compressedHeaderEnd) {
                compressed = true
            } else if bytes[index...].starts(with: plainHeaderEnd) {
                compressed = false
            } else {
                continue
            }
            let dataStart = index + (compressed ? compressedHeaderEnd : plainHeaderEnd).count
            let trailer = Array("\nendstream\nendobj\n\(lengthObject) 0 obj\n".utf8)
            guard let end = PDFSyntax.firstIndex(of: trailer, in: bytes, from: dataStart) else { continue }
            var position = end + trailer.count
            while position < bytes.count, bytes[position] == 0x20 { position += 1 }
            var length = 0
            digits = 0
            while position < bytes.count, (48...57).contains(bytes[position]), digits < 12 {
                length = length * 10 + Int(bytes[position] - 48)
                position += 1
                digits += 1
            }
            guard digits > 0, dataStart + length == end else { continue }
            if found != nil { return nil }
            found = (dataStart, Array(bytes[dataStart..<end]), compressed)
            index = end
        }
        return found
    }
}
