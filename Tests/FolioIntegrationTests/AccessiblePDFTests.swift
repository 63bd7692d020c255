import Folio
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Reads Folio's tagged PDFs back with readers Folio did not write: qpdf for the objects, poppler for the
/// structure as a screen reader gets it, and pdfua for the rules of PDF/UA-1.
@Suite struct AccessiblePDFTests {
    static let cases = examplesFolder.deletingLastPathComponent().appendingPathComponent("Tests/FolioSnapshotTests/Cases")
    static let styles = ["default", "compact", "print", "slides"]
    static let frontMatter = ["--set", "document.title_page=true", "--set", "document.contents=true",
                              "--set", "document.numbered_headings=true"]

    func render(_ input: URL, to pdf: URL, _ options: [String] = []) throws {
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q"] + options,
                                  environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(result.status == 0, "\(result.error)")
    }

    func write(_ yaml: String, to file: URL) throws {
        try yaml.write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func tablesHaveTheirCaptionAHeadABodyAndSaySpansAndScopes() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("tables.pdf")
        try render(Self.cases.appendingPathComponent("tables.yaml"), to: pdf)
        let objects = try PDFObjects(pdf: pdf)
        let elements = objects.structureElements.map(\.dictionary)
        let tables = elements.filter { $0["/S"] as? String == "/Table" }
        #expect(tables.count == 2)
        for table in tables {
            #expect(objects.childTypes(of: table) == ["/Caption", "/THead", "/TBody"])
        }
        // Every header cell says what it heads; the row headers of the first table too.
        let headers = elements.filter { $0["/S"] as? String == "/TH" }
        let scopes = headers.map { objects.dictionary($0["/A"])?["/Scope"] as? String }
        #expect(!headers.isEmpty && scopes.allSatisfy { $0 == "/Column" || $0 == "/Row" }, "\(scopes)")
        #expect(scopes.contains("/Row"))
        let attributes = (headers + elements.filter { $0["/S"] as? String == "/TD" }).compactMap { objects.dictionary($0["/A"]) }
        // "Figures" spans two columns; "Beta and gamma" (a row header) spans two rows.
        #expect(attributes.contains { $0["/ColSpan"] as? Int == 2 && $0["/O"] as? String == "/Table" })
        #expect(attributes.contains { $0["/RowSpan"] as? Int == 2 && $0["/Scope"] as? String == "/Row" })
        // The long table's header rows, drawn again on its later pages, are there once.
        let structure = try Tool.run(["pdfinfo", "-struct-text", pdf.path]).output
        #expect(structure.components(separatedBy: "\"Description\"").count == 2)
        #expect(!structure.contains("(continued)"))
    }

    @Test func linksAreElementsWithDescribedAnnotationsAnnotationALine() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("links.yaml"), pdf = folder.file("links.pdf")
        try write("""
            title: Links
            sections:
              - title: Where the links go
                id: target
                blocks:
                  - paragraph: >-
                      Words before a link that is long enough to run over the end of its line:
                      [the regional infrastructure briefing that the ministry of planning published last spring](https://example.org/briefing)
                      and then [back to the top of this section](#target).
            """, to: input)
        try render(input, to: pdf)
        let objects = try PDFObjects(pdf: pdf)
        let pages = objects.pages
        let annotations = pages.flatMap { page in objects.array(page.dictionary["/Annots"]).map { ($0 as? String ?? "", page) } }
        #expect(annotations.count == 3, "the wrapped link has an annotation a line")
        for (_, page) in annotations { #expect(page.dictionary["/Tabs"] as? String == "/S") }
        // Each annotation is described, and the parent tree leads from it to the link element holding it.
        // A number tree: its keys and values in /Nums, or in the /Nums of its /Kids.
        func numbers(_ node: [String: Any]?) -> [Any] {
            objects.array(node?["/Nums"]) + objects.array(node?["/Kids"]).flatMap { numbers(objects.dictionary($0)) }
        }
        let parentTree = numbers(objects.dictionary(objects.dictionary(objects.catalog["/StructTreeRoot"])?["/ParentTree"]))
        var parents: [Int: Any] = [:]
        for index in stride(from: 0, to: parentTree.count - 1, by: 2) {
            if let key = parentTree[index] as? Int { parents[key] = parentTree[index + 1] }
        }
        var linkElements: Set<String> = []
        for (reference, _) in annotations {
            let annotation = objects.dictionary(reference) ?? [:]
            #expect(!(PDFObjects.text(annotation["/Contents"]) ?? "").isEmpty)
            guard let key = annotation["/StructParent"] as? Int, let element = parents[key] as? String,
                  let link = objects.dictionary(element) else {
                Issue.record("annotation \(reference) has no element")
                continue
            }
            #expect(link["/S"] as? String == "/Link")
            let references = objects.array(link["/K"]).compactMap { ($0 as? [String: Any]).flatMap { $0["/Type"] as? String == "/OBJR" ? $0["/Obj"] as? String : nil } }
            #expect(references.contains(reference))
            linkElements.insert(element)
        }
        #expect(linkElements.count == 2, "one element for the link wrapped over two lines")
        let descriptions = annotations.compactMap { PDFObjects.text(objects.dictionary($0.0)?["/Contents"]) }
        #expect(descriptions.contains("the regional infrastructure briefing that the ministry of planning published last spring"))
    }

    @Test func metadataAgreesInXMPAndTheInformationDictionary() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("kosovo.pdf")
        try render(examplesFolder.appendingPathComponent("kosovo-nato.yaml"), to: pdf, ["--creation-date", "2024-06-01T01:30:00+02:00"])
        let objects = try PDFObjects(pdf: pdf)
        let information = objects.information
        #expect(PDFObjects.text(information["/CreationDate"]) == "D:20240531233000Z")
        #expect(PDFObjects.text(information["/ModDate"]) == "D:20240531233000Z")
        #expect(PDFObjects.text(information["/Producer"]) == "Folio \(FolioVersion.current)")
        #expect(objects.catalog["/Lang"] as? String == "u:en")
        #expect(objects.dictionary(objects.catalog["/ViewerPreferences"])?["/DisplayDocTitle"] as? Bool == true)
        #expect(objects.dictionary(objects.catalog["/MarkInfo"])?["/Marked"] as? Bool == true)
        let xmp = String(decoding: objects.streamData(objects.catalog["/Metadata"]) ?? Data(), as: UTF8.self)
        for field in ["<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Military Alliances and Kosovo’s Path to NATO</rdf:li>",
                      "<dc:creator><rdf:Seq><rdf:li>Regional Security Desk</rdf:li></rdf:Seq></dc:creator>",
                      "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">Defence cooperation, regional partnerships and the road to integration</rdf:li>",
                      "<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>",
                      "<pdf:Keywords>Kosovo, NATO, defence cooperation, Western Balkans</pdf:Keywords>",
                      "<xmp:CreateDate>2024-05-31T23:30:00Z</xmp:CreateDate>",
                      "<pdfuaid:part>1</pdfuaid:part>"] {
            #expect(xmp.contains(field), "XMP lacks \(field)")
        }
        // Exiftool-style readers find the packet by its wrapper; XML parsers must accept it.
        #expect(xmp.hasPrefix("<?xpacket begin="))
        #expect(try XMLDocument(xmlString: xmp).rootElement() != nil)
    }

    @Test func runningHeadersFootersAndBannersAreArtifactsOutsideTheText() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("long.yaml"), pdf = folder.file("long.pdf")
        // Words too short to hyphenate, so a paragraph's text is its words whatever its line breaks.
        let words = (0..<140).map { ["tax", "road", "plan", "fund", "work", "rail", "port"][$0 % 7] }.joined(separator: " ")
        var yaml = "title: Furniture test briefing\ndate: 2025-03-14\nclassification: OFFICIAL TEST MARKING\nsections:\n"
        for section in 0..<12 {
            yaml += "  - title: Section \(section + 1)\n    blocks:\n"
            for _ in 0..<4 { yaml += "      - paragraph: \(words)\n" }
        }
        try write(yaml, to: input)
        try render(input, to: pdf)
        let pageCount = try Tool.run(["pdfinfo", pdf.path]).output.split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pageCount > 5)
        let structure = try Tool.run(["pdfinfo", "-struct-text", pdf.path]).output
        #expect(!structure.contains("Page "), "a page number is read as text")
        #expect(!structure.contains("OFFICIAL TEST MARKING"), "the banner is read as text")
        #expect(structure.components(separatedBy: "Furniture test briefing").count == 2, "the running title is read as text")
        // A paragraph split over pages is one element, whose text (a line a page) is the words it was given.
        var paragraphs: [[String]] = []
        var inParagraph = false
        for line in structure.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("\"") {
                if inParagraph { paragraphs[paragraphs.count - 1].append(String(trimmed.dropFirst().dropLast())) }
            } else {
                inParagraph = trimmed == "P (block)"
                if inParagraph { paragraphs.append([]) }
            }
        }
        paragraphs.removeAll { $0 == ["14 March 2025"] }
        #expect(paragraphs.count == 48)
        #expect(paragraphs.contains { $0.count > 1 }, "no paragraph runs over a page")
        let texts = paragraphs.map { $0.joined(separator: " ").split(separator: " ").joined(separator: " ") }
        for text in texts where text != words {
            Issue.record("a paragraph reads \(text.prefix(200))")
        }
    }

    @Test func everyExampleAndBlockCaseInEveryStylePassesThePDFUAChecker() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let inputs = try FileManager.default.contentsOfDirectory(at: examplesFolder, includingPropertiesForKeys: nil)
            .filter { ["yaml", "md"].contains($0.pathExtension) }
            + ["boxes", "charts", "lists", "tables", "text"].map { Self.cases.appendingPathComponent("\($0).yaml") }
        #expect(inputs.count >= 10)
        var files: [String] = []
        for style in Self.styles {
            for (name, options) in [("plain", [String]()), ("front", Self.frontMatter)] {
                let out = folder.file("\(style)-\(name)")
                let result = try Tool.run([Tool.folio, "render"] + inputs.map(\.path)
                                          + ["--out-dir", out.path, "--style", style, "-q", "--allow-path", examplesFolder.path] + options)
                #expect(result.status == 0, "\(result.error)")
                files += try FileManager.default.contentsOfDirectory(atPath: out.path).map { out.appendingPathComponent($0).path }
            }
        }
        #expect(files.count == inputs.count * Self.styles.count * 2)
        let check = try Tool.run(["pdfua", "check", "--quiet"] + files.sorted())
        #expect(check.status == 0 && check.output.isEmpty, "\(check.output.prefix(3000))")
    }
}
