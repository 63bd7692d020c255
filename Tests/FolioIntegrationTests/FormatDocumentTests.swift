import Foundation
import Testing

/// Every YAML and Markdown snippet of docs/briefing-format.md renders: a whole briefing as it is, a list of
/// blocks inside a section, document keys under a title, each beside Examples' data files and images.
@Suite struct FormatDocumentTests {
    static let document = examplesFolder.deletingLastPathComponent().appendingPathComponent("docs/briefing-format.md")

    /// The fenced snippets of `text` whose info string is yaml or markdown: their kind and text.
    static func snippets(of text: String) -> [(kind: String, text: String, line: Int)] {
        var found: [(String, String, Int)] = []
        var open: (fence: String, kind: String, line: Int, lines: [String])?
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            if var current = open {
                if line == current.fence {
                    found.append((current.kind, current.lines.joined(separator: "\n"), current.line))
                    open = nil
                } else {
                    current.lines.append(line)
                    open = current
                }
                continue
            }
            guard line.hasPrefix("```") else { continue }
            let fence = String(line.prefix { $0 == "`" })
            let kind = String(line.dropFirst(fence.count)).trimmingCharacters(in: .whitespaces)
            open = (fence, kind, number + 1, [])
        }
        return found.filter { $0.0 == "yaml" || $0.0 == "markdown" }
    }

    /// A briefing holding `snippet`: as it is when it has a title, under one when it has document keys, in a
    /// section when it is a list of blocks.
    static func briefing(_ snippet: String) -> String {
        if snippet.hasPrefix("- ") {
            let blocks = snippet.components(separatedBy: "\n").map { "      " + $0 }.joined(separator: "\n")
            return "title: Snippet\nsections:\n  - title: S\n    blocks:\n" + blocks + "\n"
        }
        var text = snippet.contains("\ntitle:") || snippet.hasPrefix("title:") ? snippet : "title: Snippet\n" + snippet
        if !text.contains("\nsections:") { text += "\nsections:\n  - title: S\n    blocks:\n      - paragraph: Text.\n" }
        return text
    }

    @Test func everySnippetRenders() throws {
        let snippets = Self.snippets(of: try String(contentsOf: Self.document, encoding: .utf8))
        #expect(snippets.count >= 6, "\(snippets.count) snippets")
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for name in ["data", "images"] {
            try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent(name), to: folder.file(name))
        }
        for snippet in snippets {
            let input = folder.file("snippet-\(snippet.line).\(snippet.kind == "markdown" ? "md" : "yaml")")
            try (snippet.kind == "markdown" ? snippet.text : Self.briefing(snippet.text)).write(to: input, atomically: true, encoding: .utf8)
            let result = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("snippet-\(snippet.line).pdf").path, "-q"])
            #expect(result.status == 0, "the snippet at docs/briefing-format.md:\(snippet.line) does not render:\n\(result.error)")
            #expect(!result.error.contains("error:"), "docs/briefing-format.md:\(snippet.line): \(result.error)")
        }
    }
}
