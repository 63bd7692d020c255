import CFolio
import Foundation
import Testing
@testable import FolioCairo

/// The writer marks sequences with `SequenceSpeck`s, and the rewriter must find exactly those, in
/// content as Cairo writes it: nothing else that looks like them, and never a sequence left open.
@Suite struct MarkedContentRewriterTests {
    static let openings: [[UInt8]] = [Array("/P <</MCID 0>> BDC".utf8), Array("/Artifact BMC".utf8), Array("/Link <</MCID 1>> BDC".utf8)]

    func rewrite(_ content: String, expecting count: Int = 3) throws -> String {
        let rewritten = try MarkedContentRewriter.rewrite(Array(content.utf8), expectedCount: count) { Self.openings[$0] }
        return String(decoding: rewritten, as: UTF8.self)
    }

    @Test func specksBecomeTheirSequencesOperatorsAndLinksKeepCairosClosing() throws {
        let content = """
            q
            0.1 0.1 0.1 rg 297.5 421 0.02 0.012 re f
            BT (text with 0 0 0.02 0.012 re f in it) Tj ET
            0.5 0.5 0.5 rg 297.5 421 0.012 0.02 re f
            297.5 421 0.02 0.012 re
            f*
            10 10 100 50 re f 1 1 0.02 0.012 re S
            297.5 421 0.012 0.02 re f
            /Link << /MCID 0 >> BDC
            BT (link) Tj ET
            EMC
            Q
            """
        #expect(try rewrite(content) == """
            q
            0.1 0.1 0.1 rg /P <</MCID 0>> BDC
            BT (text with 0 0 0.02 0.012 re f in it) Tj ET
            0.5 0.5 0.5 rg EMC
            /Artifact BMC
            10 10 100 50 re f 1 1 0.02 0.012 re S
            EMC
            /Link <</MCID 1>> BDC
            BT (link) Tj ET
            EMC
            Q
            """)
    }

    @Test(arguments: [
        ("1 1 0.02 0.012 re f 1 1 0.02 0.012 re f", "opens inside another"),
        ("1 1 0.012 0.02 re f", "closes where none is open"),
        ("1 1 0.02 0.012 re f", "the last not closed"),
        ("/Link << /MCID 1 >> BDC EMC", "numbered 1"),
    ])
    func unpairedSpecksAndMisnumberedLinksAreRefused(content: String, problem: String) {
        do {
            _ = try MarkedContentRewriter.rewrite(Array(content.utf8), expectedCount: 3) { Self.openings[$0] }
            Issue.record("expected a failure")
        } catch {
            #expect(error.message.contains(problem), "\(error.message)")
        }
    }

    /// What Cairo 1.16 writes for specks drawn in a scaled, clipped, coloured state, and after a stroke.
    @Test func cairoWritesTheSpecksTheRewriterFinds() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specks-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let surface = cairo_pdf_surface_create(url.path, 595, 842)
        let cr = cairo_create(surface)!
        cairo_scale(cr, 1.5, 1.5)
        SequenceSpeck.opening.draw(on: cr)
        cairo_set_source_rgba(cr, 0.2, 0.3, 0.4, 0.5)
        cairo_rectangle(cr, 10, 10, 100, 50)
        cairo_fill(cr)
        SequenceSpeck.closing.draw(on: cr)
        cairo_save(cr)
        cairo_rectangle(cr, 300, 300, 40, 40)
        cairo_clip(cr)
        SequenceSpeck.opening.draw(on: cr)
        cairo_move_to(cr, 0, 0)
        cairo_line_to(cr, 500, 500)
        cairo_stroke(cr)
        SequenceSpeck.closing.draw(on: cr)
        cairo_restore(cr)
        SequenceSpeck.opening.draw(on: cr)
        cairo_move_to(cr, 20, 200)
        cairo_show_text(cr, "Speck")
        SequenceSpeck.closing.draw(on: cr)
        cairo_show_page(cr)
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
        // The page's content is the file's first stream, compressed.
        let file = [UInt8](try Data(contentsOf: url))
        guard let start = file.firstRange(of: Array("stream\n".utf8)), let end = file.firstRange(of: Array("endstream".utf8)),
              let content = Deflate.decompress(file[start.upperBound..<end.lowerBound]) else {
            Issue.record("no content stream")
            return
        }
        let drawn = String(decoding: content, as: UTF8.self)
        #expect(drawn.components(separatedBy: " 0.02 0.012 re f").count == 4, "\(drawn)")
        let rewritten = try rewrite(drawn)
        #expect(!rewritten.contains("0.02 0.012") && !rewritten.contains("0.012 0.02"), "\(rewritten)")
        #expect(rewritten.components(separatedBy: "EMC").count == 4)
        #expect(rewritten.contains("/P <</MCID 0>> BDC") && rewritten.contains("/Link <</MCID 1>> BDC"))
        #expect(rewritten.contains("15 15 150 75 re f"))
    }
}
