import Folio
import Foundation
import Testing

/// Reads rendered PDFs back: outline, links and destinations, tags, metadata (qpdf --json, pdfinfo).
@Suite struct PDFStructureTests {
    /// The example rendered by the folio tool (so its style and images resolve as for users), and its qpdf JSON.
    func render(_ example: String, in folder: ScratchFolder) throws -> (pdf: URL, objects: [String: Any]) {
        let pdf = folder.file(example + ".pdf")
        let result = try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent(example).path, "-o", pdf.path],
                                  environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(result.status == 0, "\(result.error)")
        let json = try Tool.run(["qpdf", "--json", pdf.path])
        let document = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let objects = ((document?["qpdf"] as? [Any])?[1] as? [String: Any]) ?? [:]
        return (pdf, objects.compactMapValues { ($0 as? [String: Any])?["value"] })
    }

    func dictionaries(_ objects: [String: Any], where matches: ([String: Any]) -> Bool) -> [[String: Any]] {
        objects.values.compactMap { $0 as? [String: Any] }.filter(matches)
    }

    @Test func theOutlineHasEverySectionInOrder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (_, objects) = try render("kosovo-nato.yaml", in: folder)
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("kosovo-nato.yaml"))
        let outlines = dictionaries(objects) { $0["/Type"] as? String == "/Outlines" }
        #expect(outlines.count == 1)
        // Walk /First and /Next from the root of the outline.
        var titles: [String] = []
        var next = outlines.first?["/First"] as? String
        while let reference = next, let item = objects["obj:" + reference] as? [String: Any] {
            titles.append(((item["/Title"] as? String) ?? "").replacingOccurrences(of: "u:", with: ""))
            next = item["/Next"] as? String
        }
        let expected = briefing.sections.map(\.title.plainText)
        #expect(titles == expected)
    }

    @Test func internalLinksLeadToNamedDestinationsAndExternalLinksAreURIs() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (pdf, objects) = try render("programme-status.yaml", in: folder)
        let links = dictionaries(objects) { $0["/Subtype"] as? String == "/Link" }
        let destinations = links.compactMap { ($0["/Dest"] as? String)?.replacingOccurrences(of: "u:", with: "") }
        #expect(Set(destinations) == ["milestones", "budget", "budget-section"])
        let named = try Tool.run(["pdfinfo", "-dests", pdf.path]).output
        for destination in destinations {
            #expect(named.contains("\"\(destination)\""), "no destination named \(destination)")
        }
        let (_, kosovo) = try render("incident-review.md", in: folder)
        #expect(!dictionaries(kosovo) { $0["/Subtype"] as? String == "/Link" }.isEmpty)
    }

    @Test func everyExampleIsTaggedAndReadsInOrder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for example in ["kosovo-nato.yaml", "kosovo-nato-markdown.md", "programme-status.yaml", "incident-review.md"] {
            let (pdf, _) = try render(example, in: folder)
            #expect(try Tool.run(["pdfinfo", pdf.path]).output.contains("Tagged:          yes"), "\(example)")
            let structure = try Tool.run(["pdfinfo", "-struct-text", pdf.path]).output
            #expect(structure.hasPrefix("Document\n"), "\(example)")
            let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent(example))
            // Every section title appears as a heading, in document order.
            var position = structure.startIndex
            for section in briefing.sections {
                let title = "\"\(section.title.plainText)\""
                guard let found = structure.range(of: title, range: position..<structure.endIndex) else {
                    Issue.record("\(example): heading \(title) missing or out of order")
                    break
                }
                position = found.upperBound
            }
        }
    }

    @Test func listsAndFiguresHaveTheirStructure() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (pdf, objects) = try render("incident-review.md", in: folder)
        let structure = try Tool.run(["pdfinfo", "-struct-text", pdf.path]).output
        for tag in ["L (block)", "LI (block)", "Lbl (block)", "LBody (block)", "Figure", "Caption", "BlockQuote"] {
            #expect(structure.contains(tag), "no \(tag)")
        }
        let figures = dictionaries(objects) { $0["/S"] as? String == "/Figure" }
        // Two images, a timeline and a bar chart.
        #expect(figures.count == 4)
        let alts = figures.compactMap { ($0["/Alt"] as? String)?.replacingOccurrences(of: "u:", with: "") }
        #expect(alts.contains("Network of the payment service; the link from zone B to the database is cut"))
        // Charts without an alt get one made from their data.
        #expect(alts.contains { $0.hasPrefix("Timeline: From the change to the fixes, 2025. 4 March 2025 – 30 June 2025. Events (8): ") })
        #expect(alts.contains { $0.hasPrefix("Line chart: Payment error rate, 14:00 to 15:00. Categories (6): 14:00 – 14:50. Unit: %. Zone A: 0.2 → 0.2") })
        let catalog = dictionaries(objects) { $0["/Type"] as? String == "/Catalog" }.first
        #expect(catalog?["/Lang"] as? String == "u:en")
    }

    @Test func metadataNamesTheBriefing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (pdf, _) = try render("kosovo-nato.yaml", in: folder)
        let info = try Tool.run(["pdfinfo", pdf.path]).output
        #expect(info.contains("Title:           Military Alliances and Kosovo’s Path to NATO"))
        #expect(info.contains("Subject:         Defence cooperation, regional partnerships and the road to integration"))
        #expect(info.contains("Keywords:        Kosovo, NATO, defence cooperation, Western Balkans"))
        #expect(info.contains("Author:          Regional Security Desk"))
        #expect(info.contains("Creator:         Folio \(FolioVersion.current)"))
    }
}
