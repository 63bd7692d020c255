import Folio
import Foundation
import Testing

/// PNG pages are exact: the page size at the resolution rounded to whole pixels, opaque RGB when they have a
/// background, and a `pHYs` chunk that says their resolution.
@Suite struct PNGPageTests {
    /// The chunks of a PNG file, in order: type and data, each CRC checked.
    static func chunks(of data: Data) throws -> [(type: String, data: [UInt8])] {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw CocoaError(.fileReadCorruptFile) }
        var result: [(String, [UInt8])] = []
        var index = 8
        while index + 12 <= bytes.count {
            let length = bytes[index..<(index + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(index + 4)..<(index + 8)], as: UTF8.self)
            result.append((type, Array(bytes[(index + 8)..<(index + 8 + length)])))
            index += 12 + length
        }
        return result
    }

    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 << 8 | Int($1) } }

    @Test(arguments: [50.0, 72, 96, 144, 300])
    func aPageIsItsSizeInWholePixelsOpaqueAndSaysItsResolution(ppi: Double) throws {
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("kosovo-nato.yaml"))
        let report = try Report(briefing: briefing)
        let png = try report.data(.png(ppi: ppi), pageIndex: 0)
        let chunks = try Self.chunks(of: png)
        #expect(chunks.first?.type == "IHDR" && chunks.last?.type == "IEND")
        let header = try #require(chunks.first?.data)
        let page = report.document.pages[0].size
        #expect(Self.bigEndian(header[0..<4]) == Int((page.width * ppi / 72).rounded()))
        #expect(Self.bigEndian(header[4..<8]) == Int((page.height * ppi / 72).rounded()))
        #expect(header[9] == 2, "colour type 2: RGB, no alpha channel")
        // pHYs comes before the image data, and says the resolution in pixels a metre.
        let physical = try #require(chunks.firstIndex { $0.type == "pHYs" })
        #expect(physical < (chunks.firstIndex { $0.type == "IDAT" } ?? 0))
        let phys = chunks[physical].data
        #expect(phys.count == 9 && phys[8] == 1)
        #expect(Self.bigEndian(phys[0..<4]) == Int((ppi / 0.0254).rounded()) && Self.bigEndian(phys[4..<8]) == Self.bigEndian(phys[0..<4]))
    }

    @Test func aTransparentChartKeepsItsAlphaChannel() throws {
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("programme-status.yaml"))
        let chart = try Report(chart: "leakage", of: briefing, transparent: true)
        let header = try #require(try Self.chunks(of: chart.data(.png(ppi: 100))).first?.data)
        #expect(header[9] == 6, "colour type 6: RGB with alpha")
    }
}
