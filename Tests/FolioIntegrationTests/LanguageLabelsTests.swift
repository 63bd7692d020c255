import Folio
import FolioCharts
import FolioModel
import Foundation
import Testing

/// Folio's own words come in the briefing's language: for every language with built-in words, a briefing
/// with a title page, contents, a table split over two pages with its source, a timeline with an "as of"
/// marker and its data table, a bar chart with its data table, and footers reads, through `pdftotext`,
/// with none of Folio's English words and with its date in the language.
@Suite struct LanguageLabelsTests {
    /// Folio's English words, as they would show; a language whose own word is the same ("Source" in
    /// French) is not held to avoid it.
    static let englishWords = ["Contents", "Figure", "Table", "Source", "continued", "Page", "of", "As of", "Date", "Event",
                               "Lane", "Detail", "October", "Q2"]

    static let languages = ["de", "fr", "es", "it", "pt", "nl", "pl", "cs", "hr", "sr", "sr-Latn", "bs", "mk", "sq", "el", "tr",
                            "ro", "hu", "ru", "uk", "ar"]

    /// A briefing in `language` whose own text holds no word of any language: names and numbers only.
    static func briefing(language: String) -> String {
        let rows = (1...70).map { "            - [Xq\($0), \"\($0 * 7)\"]" }.joined(separator: "\n")
        return """
            title: Zyx Wvu
            date: 2025-10-06
            language: \(language)
            sections:
              - title: Alpha
                blocks:
                  - paragraph: Qwz xyv.
                  - table:
                      caption: Omega
                      source: Xyz 2025
                      columns: [Kx, Ky]
                      rows:
            \(rows)
                  - timeline:
                      caption: Zeta
                      today: 2025-10-06
                      events:
                        - {date: 2025-03-01, label: Xa, lane: Ka, detail: Qq}
                        - {date: 2025-Q2, label: Xb, lane: Kb}
                        - {date: 2025-12, label: Xc, lane: Ka}
                  - chart:
                      caption: Eta
                      categories: [Nx, Sx]
                      series:
                        - {name: Px, values: [10, 20]}
            """
    }

    @Test(arguments: languages)
    func folioWritesNoEnglishWordOfItsOwn(language: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("briefing.yaml"), pdf = folder.file("out.pdf")
        try Self.briefing(language: language).write(to: input, atomically: true, encoding: .utf8)
        let render = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q", "--set", "document.title_page=true",
                                   "--set", "document.contents=true", "--set", "charts.data_table=true"])
        #expect(render.status == 0, "\(render.error)")
        let text = try Tool.run(["pdftotext", pdf.path, "-"]).output
        let words = Set(TextWords.of(text))
        // The language's own words, and its quarter names as ICU gives them ("Q2" is German and Czech too).
        let own = Set(Labels.Key.allCases.flatMap { TextWords.of(Labels(language: language)[$0]) }
            + (1...4).flatMap { TextWords.of(LocalizedDates(language: language).tick(BriefingDate(year: 2025, month: $0 * 3 - 2, precision: .quarter($0)), brief: true)) })
        for english in Self.englishWords {
            let parts = TextWords.of(english)
            guard !parts.allSatisfy(own.contains) else { continue }
            let phrase = " " + parts.joined(separator: " ") + " "
            #expect(!(" " + TextWords.of(text).joined(separator: " ") + " ").contains(phrase),
                    "\(language): Folio wrote the English '\(english)'")
            if parts.count == 1 { #expect(!words.contains(parts[0]), "\(language): Folio wrote the English '\(english)'") }
        }
        // The date in the language, as ICU writes it; and the table continued on a second page says so.
        let date = LocalizedDates(language: language).text(BriefingDate(year: 2025, month: 10, day: 6, precision: .day))
        #expect(TextWords.of(text).joined(separator: " ").contains(TextWords.of(date).joined(separator: " ")),
                "\(language): the date \(date) is missing")
        #expect(TextWords.of(text).joined(separator: " ").contains(TextWords.of(Labels(language: language).continued).joined(separator: " ")))

        // The charts' descriptions, which a screen reader reads in the document's language.
        let objects = try PDFObjects(pdf: pdf)
        let alts = objects.structureElements.compactMap { PDFObjects.text($0.dictionary["/Alt"]) }
        #expect(alts.count == 2)
        let labels = Labels(language: language)
        #expect(alts.contains { $0.hasPrefix(labels[.timeline] + ".") && $0.contains(labels[.events] + " (3)") }, "\(alts)")
        #expect(alts.contains { $0.hasPrefix(labels[.barChart] + ".") && $0.contains(labels[.categories] + " (2)") }, "\(alts)")
        let described = Set(alts.flatMap { TextWords.of($0) })
        for english in Self.descriptionWords where !TextWords.of(english).allSatisfy(own.contains) {
            #expect(!described.contains(english), "\(language): a chart's description says the English '\(english)'")
        }
    }

    /// The English words of charts' descriptions.
    static let descriptionWords = ["Timeline", "Events", "Bar", "chart", "Categories", "Series", "Highest", "Lowest"]

    @Test func labelsAreReplacedByTheStyleTheBriefingAndTheCommandLine() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let style = folder.file("house.yaml"), input = folder.file("b.yaml"), pdf = folder.file("out.pdf")
        try "extends: default\nlabels:\n  contents: Inhaltsübersicht\n  page: \"S. {page}/{pages}\"\n"
            .write(to: style, atomically: true, encoding: .utf8)
        try "title: T\nlanguage: de\nlabels:\n  page: \"Blatt {page} von {pages}\"\nsections:\n  - title: A\n    blocks:\n      - paragraph: x\n"
            .write(to: input, atomically: true, encoding: .utf8)
        func text(_ options: [String]) throws -> String {
            let result = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q", "--style", style.path,
                                       "--set", "document.contents=true"] + options)
            #expect(result.status == 0, "\(result.error)")
            return try Tool.run(["pdftotext", pdf.path, "-"]).output
        }
        let styled = try text([])
        #expect(styled.contains("Inhaltsübersicht"))  // the style's
        #expect(styled.contains("Blatt 1 von 1"))  // the briefing's, over the style's
        #expect(try text(["--set", "labels.contents=Übersicht"]).contains("Übersicht"))
    }

    /// Latin digits unless the style asks for the language's own: then page numbers, dates, caption numbers
    /// and chart figures are written in them (Arabic-Indic in Arabic).
    @Test func theLanguagesOwnDigitsOnlyWhenTheStyleAsks() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("ar.yaml"), pdf = folder.file("out.pdf")
        try Self.briefing(language: "ar").write(to: input, atomically: true, encoding: .utf8)
        func text(_ options: [String]) throws -> String {
            let render = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q"] + options)
            #expect(render.status == 0, "\(render.error)")
            return try Tool.run(["pdftotext", pdf.path, "-"]).output
        }
        let latin = try text([])
        #expect(latin.contains("2025") && !latin.contains("٢٠٢٥"))
        let native = try text(["--set", "text.native_digits=true"])
        #expect(native.contains("٢٠٢٥"), "the date")  // the date, in the title block and the footer
        #expect(native.contains("١") && native.contains("من"), "the page numbers")
        // The table's caption number (pdftotext may set it apart from its word, as it orders the line).
        let captionLine = native.split(separator: "\n").first { $0.contains("الجدول") && $0.contains("Omega") } ?? ""
        #expect(captionLine.contains("١") && !captionLine.contains("1"), "\(captionLine)")
        // What the author typed stays as typed.
        #expect(native.contains("Xq70") && native.contains("490"))
    }

    /// A chart exported alone says its words as the report around it would.
    @Test func anExportedChartTakesTheBriefingsLabels() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("b.yaml"), pdf = folder.file("chart.pdf")
        try """
            title: T
            language: fr
            labels: {as_of: "Situation au {date}"}
            sections:
              - title: A
                blocks:
                  - timeline:
                      id: t
                      today: 2025-10-06
                      events:
                        - {date: 2025-03-01, label: Xa}
                        - {date: 2025-12, label: Xc}
            """.write(to: input, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "chart", input.path, "--id", "t", "-o", pdf.path])
        #expect(result.status == 0, "\(result.error)")
        let text = try Tool.run(["pdftotext", pdf.path, "-"]).output
        #expect(text.contains("Situation au 6 octobre 2025"), "\(text)")
    }

    @Test func anUnknownLabelOrPlaceholderIsLocated() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("b.yaml")
        try "title: T\nlabels:\n  contnts: Sommaire\n  page: \"Page {pag}\"\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("out.pdf").path])
        #expect(result.status != 0)
        #expect(result.error.contains("b.yaml:3:3: error: labels: unknown key 'contnts'; did you mean 'contents'?"), "\(result.error)")
        #expect(result.error.contains("b.yaml:4:9: error: labels.page: label 'page' has no placeholder {pag}"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out.pdf").path))
        try "title: T\n".write(to: input, atomically: true, encoding: .utf8)
        let set = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("out.pdf").path, "--set", "labels.contnts=X"])
        #expect(set.error.contains("--set:1:8: error: labels: unknown key 'contnts'; did you mean 'contents'?"), "\(set.error)")
    }
}
