import Folio
import Foundation
import Testing

/// Long tables read back from the PDF: the header on every page, "(continued)" after the caption, table tags.
@Suite struct TableRenderingTests {
    @Test func everyContinuationPageRepeatsTheHeader() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let rows = (1...300).map { "            - [\"\($0)\", Item number \($0) of the register, \($0 * 37 % 1000).5]" }.joined(separator: "\n")
        let yaml = """
            title: Register
            sections:
              - title: All items
                blocks:
                  - table:
                      caption: The whole register
                      columns: [Reference, Description, {title: Amount, align: decimal}]
                      rows:
            \(rows)
            """
        try yaml.write(to: folder.file("register.yaml"), atomically: true, encoding: .utf8)
        let pdf = folder.file("register.pdf")
        let result = try Tool.run([Tool.folio, "render", folder.file("register.yaml").path, "-o", pdf.path])
        #expect(result.status == 0, "\(result.error)")
        let pageCount = Int(try Tool.run(["pdfinfo", pdf.path]).output.split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(pageCount >= 8)
        for page in 1...pageCount {
            let text = try Tool.run(["pdftotext", "-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"]).output
            #expect(text.contains("Reference") && text.contains("Description") && text.contains("Amount"), "page \(page) has no header")
            #expect(text.contains("Table 1. The whole register" + (page > 1 ? " (continued)" : "")), "page \(page) caption")
        }
        let all = try Tool.run(["pdftotext", pdf.path, "-"]).output
        for row in [1, 150, 300] { #expect(all.contains("Item number \(row) of the register")) }
        let structure = try Tool.run(["pdfinfo", "-struct-text", pdf.path]).output
        for tag in ["Table (block)\n", "    TR\n", "      TH:\n", "         /Scope /Column\n", "      TD\n", "    Caption\n"] {
            #expect(structure.contains(tag), "no \(tag)")
        }
        // The header is in the structure once: repeated headers are artifacts.
        #expect(structure.components(separatedBy: "\"Reference\"").count - 1 == 1)
    }
}
