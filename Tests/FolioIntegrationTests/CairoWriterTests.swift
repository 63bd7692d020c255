import FolioCairo
import FolioGraphics
import Foundation
import Testing

/// Checks what the Cairo target draws, by rasterising its PDF with poppler and reading the pixels.
@Suite struct CairoWriterTests {
    /// The RGB pixels of page 1 of `pdf` at 72 ppi (one pixel a point), read from pdftoppm's PPM output.
    func pixels(of pdf: Data) throws -> (width: Int, rows: [[UInt8]]) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try pdf.write(to: folder.file("page.pdf"))
        let result = try Tool.run(["pdftoppm", "-r", "72", "-singlefile", folder.file("page.pdf").path, folder.file("page").path])
        #expect(result.status == 0, "\(result.error)")
        let ppm = try Data(contentsOf: folder.file("page.ppm"))
        // Header: "P6\n<width> <height>\n255\n", then width × height × 3 bytes.
        var fields: [String] = [], index = 0, current = ""
        while fields.count < 4, index < ppm.count {
            let byte = ppm[ppm.startIndex + index]
            if byte == 0x20 || byte == 0x0A { if !current.isEmpty { fields.append(current); current = "" } } else {
                current.append(Character(UnicodeScalar(byte)))
            }
            index += 1
        }
        let width = Int(fields[1]) ?? 0, height = Int(fields[2]) ?? 0
        let body = [UInt8](ppm.suffix(width * height * 3))
        return (width, (0..<height).map { Array(body[($0 * width * 3)..<(($0 + 1) * width * 3)]) })
    }

    func pdf(_ items: [DisplayItem]) throws -> Data {
        let sink = DataSink()
        var target = PDFWriter(writingTo: sink, metadata: DocumentMetadata(title: "t", creator: "test"), fonts: FontTable())
        try PageRenderer.render(PagedDocument(pages: [Page(size: Size(width: 100, height: 100), items: items)],
                                              metadata: DocumentMetadata(title: "t", creator: "test")), into: &target)
        return sink.data
    }

    @Test func aClipHoldsForEverythingInsideItsGroupIncludingAfterNestedGroups() throws {
        let red = Color(rgb: 0xFF0000)
        let everything = Path.rect(Rect(x: 0, y: 0, width: 100, height: 100))
        let document = try pdf([
            .group(Group(items: [
                .group(Group(items: [])),
                .fill(everything, red),
            ], clip: Rect(x: 0, y: 0, width: 50, height: 50))),
        ])
        let image = try pixels(of: document)
        #expect(image.width == 100)
        #expect(Array(image.rows[25][75..<78]) == [255, 0, 0], "inside the clip: red")
        #expect(Array(image.rows[75][225..<228]) == [255, 255, 255], "outside the clip: untouched")
    }

    /// Cairo 1.16 fails a tagged page whose first drawing is an image; the target works around it.
    @Test func aTaggedPageMayStartWithAnImage() throws {
        let pixels = try Data(contentsOf: examplesFolder.appendingPathComponent("images/network.png"))
        let image = ImageSource(format: .png, data: pixels, pixelWidth: 1120, pixelHeight: 400)
        let figure: [DisplayItem] = [.structure(.begin(.figure(alt: "A network"))),
                                     .image(image, frame: Rect(x: 10, y: 10, width: 56, height: 20)), .structure(.end)]
        let metadata = DocumentMetadata(title: "t", creator: "test")
        let pages = [Page(size: Size(width: 100, height: 100), items: figure),
                     Page(size: Size(width: 100, height: 100), items: figure)]
        let sink = DataSink()
        var target = PDFWriter(writingTo: sink, metadata: metadata, fonts: FontTable())
        try PageRenderer.render(PagedDocument(pages: pages, metadata: metadata), into: &target)
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try sink.data.write(to: folder.file("figures.pdf"))
        #expect(try Tool.run(["qpdf", "--check", folder.file("figures.pdf").path]).status == 0)
        #expect(try Tool.run(["pdfinfo", folder.file("figures.pdf").path]).output.contains("Tagged:          yes"))
    }

    @Test func aTransformMovesWhatTheGroupDraws() throws {
        let black = Color.black
        let document = try pdf([
            .group(Group(items: [.fill(.rect(Rect(x: 0, y: 0, width: 10, height: 10)), black)],
                         transform: .translation(x: 60, y: 60))),
        ])
        let image = try pixels(of: document)
        #expect(Array(image.rows[65][(65 * 3)..<(65 * 3 + 3)]) == [0, 0, 0])
        #expect(Array(image.rows[5][(5 * 3)..<(5 * 3 + 3)]) == [255, 255, 255])
    }
}
