import Foundation
import Testing

/// `folio styles`, `--style` and `--set`, through the real command.
@Suite struct StyleCommandTests {
    let briefing = examplesFolder.appendingPathComponent("kosovo-nato.yaml").path

    @Test func stylesListsTheBuiltInStylesAndPrintsOneResolved() throws {
        let list = try Tool.run([Tool.folio, "styles"])
        #expect(list.status == 0)
        for name in ["compact", "default", "print", "slides"] { #expect(list.output.contains("\(name) ")) }
        let print = try Tool.run([Tool.folio, "styles", "print", "--set", "page.size=Letter"])
        #expect(print.status == 0)
        #expect(print.output.contains("family: Noto Serif") && print.output.contains("size: Letter"))
        #expect(print.output.contains("patterns: true") && print.output.contains("code_family: DejaVu Sans Mono"))
        let unknown = try Tool.run([Tool.folio, "styles", "prnt"])
        #expect(unknown.status == 64 && unknown.error.contains("did you mean 'print'?"))
    }

    @Test(arguments: [("print", "595.276 x 841.89"), ("compact", "595.276 x 841.89"), ("slides", "959.976 x 540")])
    func renderTakesABuiltInStyle(style: String, pageSize: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("out.pdf")
        let result = try Tool.run([Tool.folio, "render", briefing, "--style", style, "-o", pdf.path])
        #expect(result.status == 0 && result.error.isEmpty, "\(result.error)")
        #expect(try Tool.run(["pdfinfo", pdf.path]).output.contains("Page size:       \(pageSize)"))
        let fonts = try Tool.run(["pdffonts", pdf.path]).output
        #expect(fonts.contains(style == "print" ? "NotoSerif" : style == "compact" ? "DejaVuSansCondensed" : "DejaVuSans"))
    }

    @Test func setChangesOneSettingAndATypoIsAnErrorThatWritesNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("out.pdf")
        let good = try Tool.run([Tool.folio, "render", briefing, "--set", "page.size=A5", "--set", "colors.accent=#000000", "-o", pdf.path])
        #expect(good.status == 0, "\(good.error)")
        #expect(try Tool.run(["pdfinfo", pdf.path]).output.contains("419.528 x 595.276"))
        let bad = folder.file("bad.pdf")
        let typo = try Tool.run([Tool.folio, "render", briefing, "--set", "page.sise=A5", "-o", bad.path])
        #expect(typo.status == 1)
        #expect(typo.error.contains("--set:1:6: error: page: unknown key 'sise'; did you mean 'size'?"), "\(typo.error)")
        #expect(!FileManager.default.fileExists(atPath: bad.path))
        let chart = try Tool.run([Tool.folio, "chart", briefing, "--id", "kosovo-nato-timeline", "--style", "print",
                                  "--set", "fonts.chart.size=10pt", "-o", folder.file("chart.pdf").path])
        #expect(chart.status == 0, "\(chart.error)")
        #expect(try Tool.run(["pdffonts", folder.file("chart.pdf").path]).output.contains("DejaVuSans"))
    }
}
