import FolioGraphics
import Foundation
import Testing

/// What a long document does not keep in memory goes to a `TemporaryFile`: nothing of it may be left in the
/// temporary folder, and what is read back must be what was written, wherever it is read from.
@Suite struct TemporaryFileTests {
    @Test func readsBackWhatWasWrittenAndLeavesNothingBehind() throws {
        let folder = NSTemporaryDirectory()
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("folio-test-") })
        let file = try #require(TemporaryFile(prefix: "folio-test"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("folio-test-") }) == before)
        // More than the megabyte it writes at a time, in pieces that do not line up with it.
        var written: [UInt8] = []
        for piece in 0..<300 {
            let bytes = (0..<(7_001 + piece)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ piece) }
            try file.append(bytes)
            written += bytes
        }
        try file.flush()
        #expect(file.count == written.count)
        for range in [0..<10, 1_048_570..<1_048_590, (written.count - 5)..<written.count, 123_456..<654_321] {
            #expect(file.bytes(range) == Array(written[range]))
        }
        #expect(file.bytes((written.count - 3)..<(written.count + 10)) == Array(written.suffix(3)), "clamped to the end")
    }
}
