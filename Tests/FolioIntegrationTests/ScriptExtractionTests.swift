import Folio
import Foundation
import Testing

/// Reads the text of the briefing in four scripts back from its PDF as four readers Folio did not write
/// do: poppler's `pdftotext` and `pdfinfo -struct-text` (what a screen reader is given), MuPDF and PDFium
/// (Chrome's viewer). Every word — Latin with Albanian letters, Cyrillic, Greek, and Arabic with its
/// lam-alef ligatures — comes back as written, right-to-left words in reading order.
@Suite struct ScriptExtractionTests {
    /// A reader, and the text it gets from a PDF.
    struct Reader: CustomTestStringConvertible, Sendable {
        var name: String
        var command: @Sendable (String) -> [String]
        /// Whether the reader keeps each paragraph's words in reading order. `pdftotext` lays out a line
        /// that mixes directions by its own bidi rules, so a sentence's full stop can move a stretch of an
        /// Arabic line; its words are still checked one by one.
        var keepsSentenceOrder: Bool
        var testDescription: String { name }
    }

    static let readers: [Reader] = [
        Reader(name: "pdftotext", command: { ["pdftotext", $0, "-"] }, keepsSentenceOrder: false),
        Reader(name: "pdfinfo -struct-text", command: { ["pdfinfo", "-struct-text", $0] }, keepsSentenceOrder: true),
        Reader(name: "MuPDF", command: { ["mutool", "draw", "-F", "txt", "-o", "-", $0] }, keepsSentenceOrder: true),
        Reader(name: "PDFium", command: {
            ["python3", "-c", "import sys, pypdfium2 as p; d = p.PdfDocument(sys.argv[1]); "
                + "print('\\n'.join(d[i].get_textpage().get_text_range() for i in range(len(d))))", $0]
        }, keepsSentenceOrder: true),
    ]

    static let example = examplesFolder.appendingPathComponent("multilingual.yaml")

    /// Lines that mix directions: numbers and a Latin acronym inside Arabic, Hebrew, and Arabic with its
    /// other ligatures (lam-lam-heh, lam-alef-hamza).
    static let mixed = """
        title: Mixed directions
        language: ar
        sections:
          - title: عربي مع أرقام
            blocks:
              - paragraph: "بلغت الميزانية 2025 نحو 450 مليون يورو حسب تقرير NATO السنوي، ولا تزال المفاوضات جارية."
              - paragraph: "שיתוף הפעולה האזורי בתחום הביטחון חיוני ליציבות הבלקן."
              - paragraph: "لله الأمر من قبل ومن بعد، والسلام عليكم."
        """

    @Test(arguments: readers)
    func everyWordOfEveryScriptComesBackInReadingOrder(reader: Reader) throws {
        try check(reader, briefing: Self.example)
    }

    @Test(arguments: readers)
    func aLineMixingDirectionsComesBackInReadingOrder(reader: Reader) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = folder.file("mixed.yaml")
        try Self.mixed.write(to: input, atomically: true, encoding: .utf8)
        try check(reader, briefing: input)
    }

    func check(_ reader: Reader, briefing: URL) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("out.pdf")
        let render = try Tool.run([Tool.folio, "render", briefing.path, "-o", pdf.path, "-q"])
        #expect(render.status == 0, "\(render.error)")
        let result = try Tool.run(reader.command(pdf.path))
        #expect(result.status == 0, "\(reader.name): \(result.error)")
        let extracted = TextWords.of(result.output)

        let texts = try Self.texts(of: Folio.loadBriefing(contentsOf: briefing))
        var expected: [String: Int] = [:]
        for text in texts { for word in TextWords.of(text) { expected[word, default: 0] += 1 } }
        #expect(expected.keys.contains { Self.script(of: $0) == "Arabic" } && expected.count > 20)
        var found: [String: Int] = [:]
        for word in extracted { found[word, default: 0] += 1 }
        for (word, count) in expected.sorted(by: { $0.key < $1.key }) {
            #expect((found[word] ?? 0) >= count, "\(reader.name) reads \(Self.script(of: word)) '\(word)' \(found[word] ?? 0) of \(count) times")
        }
        guard reader.keepsSentenceOrder else { return }
        let all = " " + extracted.joined(separator: " ") + " "
        for text in texts {
            let words = TextWords.of(text)
            guard words.count > 1 else { continue }
            #expect(all.contains(" " + words.joined(separator: " ") + " "), "\(reader.name) does not read in order: \(text)")
        }
    }


    static func script(of word: String) -> String {
        guard let first = word.unicodeScalars.first?.value else { return "none" }
        switch first {
        case 0x0600...0x06FF: return "Arabic"
        case 0x0590...0x05FF: return "Hebrew"
        case 0x0370...0x03FF: return "Greek"
        case 0x0400...0x04FF: return "Cyrillic"
        default: return "Latin"
        }
    }

    /// Every piece of text the briefing shows: its strings, found by walking the loaded model, less what
    /// names rather than says (ids, tones, languages, dates, where it was read from).
    static func texts(of value: Any) -> [String] {
        if let text = value as? String { return [text] }
        var texts: [String] = []
        for child in Mirror(reflecting: value).children {
            if let label = child.label?.lowercased(),
               ["id", "tone", "language", "date", "location", "file", "source", "style", "kind", "url"].contains(where: label.contains) {
                continue
            }
            texts += Self.texts(of: child.value)
        }
        return texts
    }
}
