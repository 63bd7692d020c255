import Folio
import Foundation
import Testing

/// For every page of every example: no word lies outside the text area (page furniture aside), and no two
/// words overlap — read from the PDF with `pdftotext -bbox`.
@Suite struct WordGeometryTests {
    /// A word as pdftotext places it, in points from the top left.
    struct Word {
        var text: String
        var box: Rect
    }

    static let examples: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }.sorted()

    /// The words of each page of `pdf`.
    static func words(of pdf: URL) throws -> [[Word]] {
        let html = try Tool.run(["pdftotext", "-bbox", pdf.path, "-"]).output
        var pages: [[Word]] = []
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { pages.append([]); continue }
            guard line.contains("<word "), !pages.isEmpty else { continue }
            func value(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let xMin = value("xMin"), let yMin = value("yMin"), let xMax = value("xMax"), let yMax = value("yMax") else { continue }
            let text = line.split(separator: ">").dropFirst().first?.split(separator: "<").first.map(String.init) ?? ""
            pages[pages.count - 1].append(Word(text: text, box: Rect(x: xMin, y: yMin, width: xMax - xMin, height: yMax - yMin)))
        }
        return pages
    }

    @Test(arguments: examples)
    func wordsStayInTheTextAreaAndNeverOverlap(example: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("out.pdf")
        let result = try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent(example).path, "-o", pdf.path])
        #expect(result.status == 0, "\(result.error)")
        let area = try StyleLoader.builtin("default").page.textArea
        let pages = try Self.words(of: pdf)
        #expect(!pages.isEmpty)
        let tolerance = 0.6
        for (index, words) in pages.enumerated() {
            for word in words {
                // Horizontally every word, furniture included, keeps within the column.
                #expect(word.box.minX >= area.minX - tolerance && word.box.maxX <= area.maxX + tolerance,
                        "\(example) page \(index + 1): '\(word.text)' at x \(word.box.minX)–\(word.box.maxX) leaves the column")
                // Vertically only the running header, footer and banner may sit in the margins.
                let inArea = word.box.minY >= area.minY - tolerance && word.box.maxY <= area.maxY + tolerance
                let inMargin = word.box.maxY <= area.minY || word.box.minY >= area.maxY
                #expect(inArea || inMargin, "\(example) page \(index + 1): '\(word.text)' straddles the edge of the text area")
                #expect(word.box.minY >= 0 && word.box.maxY <= 842, "\(example) page \(index + 1): '\(word.text)' is off the page")
            }
            for first in words.indices {
                for second in words.indices where second > first {
                    let a = words[first].box.insetBy(dx: 0.3, dy: 0.3), b = words[second].box.insetBy(dx: 0.3, dy: 0.3)
                    #expect(!a.intersects(b), "\(example) page \(index + 1): '\(words[first].text)' overlaps '\(words[second].text)'")
                }
            }
        }
    }
}
