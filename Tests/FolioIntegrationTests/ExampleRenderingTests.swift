import Folio
import Foundation
import Testing

/// Renders the example briefing and reads the files back with real clients.
@Suite struct ExampleRenderingTests {
    let briefing: Briefing

    init() throws {
        briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("kosovo-nato.yaml"))
    }

    @Test func pdfReadsBackWithPopplerAndQPDF() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let report = try Report(briefing: briefing, creationDate: "2023-10-01")
        let pdf = folder.file("kosovo.pdf")
        try report.write(.pdf, to: pdf)

        let info = try Tool.run(["pdfinfo", pdf.path])
        #expect(info.status == 0)
        #expect(info.output.contains("Pages:           \(report.pageCount)\n"))
        #expect(report.pageCount >= 3)
        #expect(info.output.contains("Page size:       595.276 x 841.89 pts (A4)"))
        #expect(info.output.contains("Title:           Military Alliances and Kosovo’s Path to NATO"))
        #expect(info.output.contains("Creator:         Folio \(FolioVersion.current)"))

        let text = try Tool.run(["pdftotext", "-enc", "UTF-8", pdf.path, "-"])
        let words = text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for section in briefing.sections {
            #expect(words.contains(section.title.plainText), "pdftotext does not find '\(section.title.plainText)'")
        }
        #expect(words.contains("Page 1 of \(report.pageCount)"))

        let check = try Tool.run(["qpdf", "--check", pdf.path])
        #expect(check.status == 0, "\(check.output)\(check.error)")

        let fonts = try Tool.run(["pdffonts", pdf.path])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // Columns: name, type, encoding, emb, sub, uni, object id.
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }
    }

    @Test(arguments: [(144.0, 1191, 1684), (72.0, 595, 842), (50.0, 413, 585)])
    func pngPagesHaveThePixelSizeOfTheirPPI(ppi: Double, width: Int, height: Int) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let report = try Report(briefing: briefing)
        let written = try report.write(.png(ppi: ppi), to: folder.file("page.png"))
        #expect(written.map(\.lastPathComponent) == (1...report.pageCount).map { "page-\($0).png" })
        for file in written {
            let size = try pngSize(of: file)
            #expect(size.width == width && size.height == height)
        }
    }

    @Test func pageNumbersGoWhereTheNameSays() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let report = try Report(briefing: briefing)
        let written = try report.write(.svg, to: folder.file("p{p}-of-report.svg"))
        #expect(written.map(\.lastPathComponent) == (1...report.pageCount).map { "p\($0)-of-report.svg" })
        #expect(folder.contents == written.map(\.lastPathComponent).sorted())
        let svg = try String(contentsOf: written[0], encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg") && svg.hasSuffix("</svg>\n"))
    }

    @Test func everyFormatIsByteIdenticalAcrossReports() throws {
        let first = try Report(briefing: briefing, creationDate: "2023-10-01")
        let second = try Report(briefing: briefing, creationDate: "2023-10-01")
        #expect(try first.data(.pdf) == second.data(.pdf))
        for page in 0..<first.pageCount {
            #expect(try first.data(.png(ppi: 60), pageIndex: page) == second.data(.png(ppi: 60), pageIndex: page))
            #expect(try first.data(.svg, pageIndex: page) == second.data(.svg, pageIndex: page))
        }
    }

    @Test func aFiveThousandCharacterWordStaysInsideTheColumn() throws {
        let word = String(repeating: "ab", count: 2500)
        let long = Briefing(title: "Long word", sections: [Section(title: "S", blocks: [.paragraph(InlineText(plain: word))])])
        let report = try Report(briefing: long)
        let area = Style.standard.page.textArea
        var characters = 0
        for page in report.document.pages {
            for case .text(let line, let origin) in page.items where !line.text.isEmpty && line.text.allSatisfy({ $0 == "a" || $0 == "b" }) {
                let bounds = line.bounds(at: origin)
                #expect(bounds.minX >= area.minX - 0.01 && bounds.maxX <= area.maxX + 0.01, "\(bounds)")
                characters += line.text.count
            }
        }
        #expect(characters == 5000)
    }

    @Test func aPNGTooLargeForCairoIsRefusedAndWritesNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let report = try Report(briefing: briefing)
        #expect(throws: FolioError.self) { try report.write(.png(ppi: 5000), to: folder.file("huge.png")) }
        #expect(folder.contents.isEmpty)
    }
}
