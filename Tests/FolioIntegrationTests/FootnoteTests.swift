import Foundation
import Testing

/// Footnotes read back with poppler: references in the text as raised numbers, the notes at the foot of the
/// page that refers to them, below the text and above the footer, each number once in the text and once in
/// the notes, in a table and a callout too, a long one going on at the next page's foot; linked both ways.
@Suite struct FootnoteTests {
    static let superscripts: [Character: Character] = ["⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6",
                                                       "⁷": "7", "⁸": "8", "⁹": "9"]

    /// The numbers written as superscripts in `word`.
    static func references(in word: String) -> [Int] {
        var numbers: [Int] = [], digits = ""
        for character in word + " " {
            if let digit = superscripts[character] { digits.append(digit); continue }
            if let number = Int(digits) { numbers.append(number) }
            digits = ""
        }
        return numbers
    }

    func render(_ yaml: String) throws -> (status: Int32, error: String, pages: [[WordGeometryTests.Word]], dests: String, struct: String) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("notes.yaml"), pdf = folder.file("notes.pdf")
        try yaml.write(to: input, atomically: true, encoding: .utf8)
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q"])
        guard result.status == 0 else { return (result.status, result.error, [], "", "") }
        return (result.status, result.error, try WordGeometryTests.words(of: pdf), try Tool.run(["pdfinfo", "-dests", pdf.path]).output,
                try Tool.run(["pdfinfo", "-struct-text", pdf.path]).output)
    }

    @Test func notesStandAtTheFootOfThePagesThatReferToThem() throws {
        let sentence = "Regional cooperation builds trust between neighbours and partners"
        var yaml = "title: Notes\nsections:\n  - title: Twelve notes on a page\n    blocks:\n"
        for paragraph in 0..<4 {
            let text = (0..<3).map { "\(sentence)^[Source \(paragraph * 3 + $0 + 1): ministry report.]" }.joined(separator: ". ")
            yaml += "      - paragraph: \"\(text).\"\n"
        }
        yaml += """
                  - table:
                      columns: [Item, Value]
                      rows: [["In a cell^[A note from a table cell.]", 2], [plain, 3]]
                  - callout: {title: Note, text: "In a callout^[A note from a callout.]"}
                  - paragraph: "A long note follows.^[\(Array(repeating: "This note goes on and on about the data it explains.", count: 60).joined(separator: " ")) Last words of the long note.]"
            \n
            """
        for index in 0..<6 { yaml += "      - paragraph: \"\(sentence) \(index), with more text to fill the page after the notes.\"\n" }
        let result = try render(yaml)
        #expect(result.status == 0, "\(result.error)")
        let pages = result.pages
        #expect(pages.count >= 2)
        var inText: [Int] = [], inNotes: [Int] = []
        for (index, words) in pages.enumerated() {
            // The footer's words are the last line; the notes start under their rule, at the column's left edge.
            let footerTop = words.filter { $0.text == "Page" }.map(\.box.minY).max() ?? .infinity
            let labels = words.filter { Int($0.text) != nil && abs($0.box.minX - 70.87) < 1 && $0.box.maxY < footerTop }
            let references = words.filter { !Self.references(in: $0.text).isEmpty }
            for label in labels { inNotes.append(Int(label.text) ?? 0) }
            for reference in references { inText += Self.references(in: reference.text) }
            // Every reference above every note, every note above the footer.
            if let lowestReference = references.map(\.box.maxY).max(), let firstNote = labels.map(\.box.minY).min() {
                #expect(lowestReference < firstNote, "page \(index + 1): a reference below the notes")
            }
            for label in labels { #expect(label.box.maxY < footerTop, "page \(index + 1): note \(label.text) in the footer") }
            // A note starts on the page of its reference.
            for number in Set(references.flatMap { Self.references(in: $0.text) }) {
                #expect(labels.contains { $0.text == "\(number)" }, "page \(index + 1): note \(number) is not on the page of its reference")
            }
        }
        #expect(inText.sorted() == Array(1...15), "\(inText.sorted())")
        #expect(inNotes.sorted() == Array(1...15), "\(inNotes.sorted())")
        // The long note (15) goes on at the foot of the next page.
        let firstPageOfLast = pages.firstIndex { $0.contains { $0.text == "15" && abs($0.box.minX - 70.87) < 1 } }
        let lastWords = pages.firstIndex { $0.contains { $0.text == "Last" } }
        #expect(firstPageOfLast != nil && lastWords != nil && lastWords! > firstPageOfLast!)
        // Linked both ways, and tagged as notes with their numbers as labels.
        for serial in 1...15 {
            #expect(result.dests.contains("\"folio-footnote-\(serial)\"") && result.dests.contains("\"folio-footnote-reference-\(serial)\""),
                    "footnote \(serial) is not linked both ways")
        }
        #expect(result.struct.components(separatedBy: "Note (").count - 1 >= 15)
        #expect(result.struct.contains("Lbl"))
        // The reference in the table cell (13) is a link too, inside its cell.
        let lines = result.struct.components(separatedBy: "\n")
        let cellReference = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "\"¹³\"" }
        #expect(cellReference.map { lines[$0 - 1].contains("Link") } == true, "\(cellReference.map { lines[max(0, $0 - 3)...$0] } ?? [])")
    }

    @Test func notesAreNumberedPerSectionWhenTheStyleSays() throws {
        let yaml = """
            title: Notes
            sections:
              - title: One
                blocks: [{paragraph: "First^[a] second^[b]."}]
              - title: Two
                blocks: [{paragraph: "Third^[c]."}]
            """
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("notes.yaml"), pdf = folder.file("notes.pdf")
        try yaml.write(to: input, atomically: true, encoding: .utf8)
        #expect(try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "--set", "layout.footnote_numbering=section"]).status == 0)
        let text = try Tool.run(["pdftotext", pdf.path, "-"]).output
        #expect(text.contains("First¹ second²") && text.contains("Third¹"), "\(text)")
    }
}
