import FolioGraphics
import Foundation
import Testing

/// Pages kept out of memory are written as bytes and read back (`PageStore`): every kind of item must come
/// back equal, down to the bits of its numbers, and damaged bytes must be refused, never guessed at.
@Suite struct DisplayListCodingTests {
    static let image = ImageSource(format: .png, data: Data([0x89, 0x50, 0x4E, 0x47]), pixelWidth: 3, pixelHeight: 2)

    static var everyKind: [DisplayItem] {
        var path = Path()
        path.move(to: Point(x: 0.1, y: -2))
        path.line(to: Point(x: 1e-300, y: .greatestFiniteMagnitude))
        path.curve(to: Point(x: 3, y: 4), control1: Point(x: 5, y: 6), control2: Point(x: 7, y: 8))
        path.close()
        let run = GlyphRun(font: FontID(1 << 16 + 3), color: Color(red: 0.1, green: 0.2, blue: 0.3, alpha: 0.4), x: 1.5, width: 20.25,
                           glyphs: [Glyph(id: 42, x: 0.5, y: -0.25, cluster: 0), Glyph(id: Glyph.invisible, x: 3, cluster: 7)],
                           text: "ب̈x€", isRightToLeft: true, link: .internal("folio-footnote-3"), logicalOffset: -1)
        let line = TextLine(runs: [run, GlyphRun(font: FontID(0), color: .black, x: 0, width: 0, glyphs: [], text: "")],
                            minX: -0.75, width: 21, ascent: 9.1, descent: 2.2, startsParagraph: true)
        let roles: [StructureRole] = [
            .heading(level: 3), .paragraph, .list, .listItem, .listLabel, .listBody, .figure(alt: "Chart: ✓"), .caption, .blockQuote,
            .code, .note, .table, .tableHead, .tableBody, .tableRow, .tableHeaderCell(scope: .both, span: TableCellSpan(rows: 2, columns: 3)),
            .tableCell(span: TableCellSpan(rows: 1, columns: 4)), .tableOfContents, .tableOfContentsItem, .span,
            .link(.external("https://example.org/a?b=c"), area: Rect(x: 1, y: 2, width: 3, height: 4)), .link(.internal("x"), area: nil),
            .artifact(.footer), .section(language: "sr-Latn"), .language("ar"),
        ]
        var items: [DisplayItem] = [
            .fill(path, .white),
            .stroke(path, StrokeStyle(color: .black, width: 0.5, dash: [2, 1.5], lineCap: .round)),
            .text(line, origin: Point(x: 72, y: 100.125)),
            .image(image, frame: Rect(x: 0, y: 0, width: 30, height: 20)),
            .image(image, frame: Rect(x: 40, y: 0, width: 30, height: 20)),
            .link(.external("mailto:a@b"), area: Rect(x: 1, y: 1, width: 2, height: 2)),
            .anchor("folio-section-1-2", at: Point(x: -1, y: 0)),
            .structure(.end),
            .group(Group(items: [.text(line, origin: .zero), .group(Group(items: []))],
                         transform: Transform(a: 0, b: 1, c: -1, d: 0, tx: 5, ty: 6), clip: Rect(x: 0, y: 0, width: 9, height: 9))),
        ]
        items += roles.map { .structure(.begin($0)) }
        return items
    }

    @Test func everyKindOfItemComesBackEqual() throws {
        var writer = DisplayListWriter()
        writer.write(Self.everyKind)
        #expect(writer.images.count == 1, "an image met twice is written once")
        var reader = DisplayListReader(writer.bytes, images: writer.images)
        #expect(try reader.items() == Self.everyKind)
    }

    @Test func damagedBytesAreRefused() {
        var writer = DisplayListWriter()
        writer.write(Self.everyKind)
        let bytes = writer.bytes
        // Every cut short, and a run of bytes changed at every tenth place: an error or items, never a crash.
        for length in stride(from: 0, to: bytes.count - 1, by: 7) {
            var reader = DisplayListReader(Array(bytes[..<length]), images: writer.images)
            #expect(throws: DisplayListReader.Damaged.self) { try reader.items() }
        }
        for position in stride(from: 0, to: bytes.count, by: 10) {
            var damaged = bytes
            damaged[position] = 0xFF
            var reader = DisplayListReader(damaged, images: writer.images)
            _ = try? reader.items()
        }
    }
}
