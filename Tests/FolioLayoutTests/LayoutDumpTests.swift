import FolioGraphics
import Testing

/// The text dump of a document: one line an item, each line of a page naming the page.
@Suite struct LayoutDumpTests {
    @Test func everyItemIsOneLineThatNamesItsPage() {
        let font = FontFace(file: "/fonts/Sans.ttf", size: 11, postScriptName: "Sans", family: "Sans")
        let run = GlyphRun(font: FontID(7), color: Color(rgb: 0x1F4E79), x: 0, width: 20,
                           glyphs: [Glyph(id: 1, x: 0, cluster: 0)], text: "Hi \"you\"")
        let line = TextLine(runs: [run], width: 20, ascent: 8, descent: 2)
        let items: [DisplayItem] = [
            .structure(.begin(.paragraph)),
            .text(line, origin: Point(x: 10, y: 20.004)),
            .structure(.end),
            .fill(.rect(Rect(x: 1, y: 2, width: 3, height: 4)), .white),
            .stroke(.line(from: Point(x: 0, y: 0), to: Point(x: 5, y: 0)), StrokeStyle(color: .black, width: 0.5, dash: [3, 2])),
            .group(Group(items: [.anchor("here", at: Point(x: 1, y: 1))], transform: .translation(x: 2, y: 3))),
        ]
        let document = PagedDocument(pages: [Page(size: Size(width: 100, height: 200)), Page(size: .a4, items: items, label: "ii")],
                                     metadata: DocumentMetadata(title: "T", creator: "test"), fonts: FontTable([FontID(7): font]))
        let lines = LayoutDump.text(of: document).split(separator: "\n").map(String.init)
        #expect(lines == [
            "document \"T\" language=en pages=2",
            "font Sans 11 (Sans.ttf#0)",
            "page 1 of 2: 100 × 200",
            "page 2 of 2: 595.28 × 841.89, label \"ii\"",
            "p2 begin P",
            "p2   text 10,20 w=20 [Sans 11 #1f4e79 \"Hi \\\"you\\\"\"]",
            "p2 end P",
            "p2 fill rect 1,2 3×4 #ffffff",
            "p2 stroke line 0,0 → 5,0 0.5 #000000 dash=3,2",
            "p2 group transform 1,0,0,1,2,3",
            "p2   anchor \"here\" at 1,1",
            "p2 end group",
        ])
    }

    /// A diff of two dumps says where a spacing change moved things.
    @Test func aMovedItemChangesOnlyItsOwnLine() {
        func document(gap: Double) -> PagedDocument {
            let items: [DisplayItem] = [.fill(.rect(Rect(x: 0, y: 0, width: 10, height: 10)), .black),
                                        .fill(.rect(Rect(x: 0, y: 10 + gap, width: 10, height: 10)), .black)]
            return PagedDocument(pages: [Page(size: .a4, items: items)], metadata: DocumentMetadata(title: "T", creator: "test"))
        }
        let before = LayoutDump.text(of: document(gap: 4)).split(separator: "\n")
        let after = LayoutDump.text(of: document(gap: 6)).split(separator: "\n")
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first.map { String($0.1) } == "p1 fill rect 0,16 10×10 #000000")
    }
}
