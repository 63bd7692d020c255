@testable import Folio
import FolioCairo
import FolioDecoding
import FolioLayout
import Foundation
import Testing

/// A laid-out document carries the faces of its fonts: it draws the same bytes with or without the measurer
/// that made it.
@Suite struct StandaloneDocumentTests {
    /// Every example, laid out and drawn while its measurer lives, then drawn again after it is gone.
    @Test(arguments: ["kosovo-nato.yaml", "multilingual.yaml", "programme-status.yaml", "incident-review.md"])
    func aDocumentDrawsTheSameAfterItsMeasurerIsGone(example: String) throws {
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent(example),
                                              allowedDirectories: [examplesFolder])
        var document: PagedDocument?
        var whileMeasuring: [Data] = []
        do {
            let measurer = PangoTextMeasurer(language: briefing.language)
            let images = try ImageLibrary.images(in: briefing, policy: PathPolicy(base: examplesFolder, allowing: []))
            let laidOut = DocumentLayout(style: .standard, measurer: measurer, images: images)
                .layout(briefing, creationDate: "2025-01-01")
            whileMeasuring = try Self.drawings(of: laidOut)
            document = laidOut
        }
        let kept = try #require(document)
        #expect(!kept.fonts.isEmpty)
        for page in kept.pages {
            for id in Self.fontIDs(in: page.items) { #expect(kept.fonts[id] != nil, "font \(id.rawValue) has no face") }
        }
        #expect(try Self.drawings(of: kept) == whileMeasuring)
        // Saved as JSON and read back, it is the same value and draws the same bytes.
        let saved = try JSONEncoder().encode(kept)
        let restored = try JSONDecoder().decode(PagedDocument.self, from: saved)
        #expect(restored == kept)
        #expect(try Self.drawings(of: restored) == whileMeasuring)
    }

    /// The PDF, then every page as PNG and as SVG.
    static func drawings(of document: PagedDocument) throws -> [Data] {
        var results: [Data] = []
        let pdf = DataSink()
        var pdfTarget = PDFWriter(writingTo: pdf, metadata: document.metadata, fonts: document.fonts)
        try PageRenderer.render(document, into: &pdfTarget)
        results.append(pdf.data)
        for index in document.pages.indices {
            let png = DataSink(), svg = DataSink()
            var pngTarget = PNGWriter(ppi: 50, fonts: document.fonts) { _ in png }
            try PageRenderer.render(document, into: &pngTarget, pageIndexes: [index])
            var svgTarget = SVGWriter(fonts: document.fonts) { _ in svg }
            try PageRenderer.render(document, into: &svgTarget, pageIndexes: [index])
            results += [png.data, svg.data]
        }
        return results
    }

    static func fontIDs(in items: [DisplayItem]) -> Set<FontID> {
        var ids = Set<FontID>()
        for item in items {
            switch item {
            case .text(let line, _): for run in line.runs { ids.insert(run.font) }
            case .group(let group): ids.formUnion(fontIDs(in: group.items))
            default: break
            }
        }
        return ids
    }
}
