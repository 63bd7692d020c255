import Folio
import FolioModel
import Foundation
import Testing

/// Markdown briefings: parsed with cmark-gfm, decoded by the same decoder as YAML, errors on the .md lines.
@Suite struct MarkdownBriefingTests {
    @Test func theMarkdownExampleIsTheSameBriefingAsTheYAMLOne() throws {
        let yaml = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("kosovo-nato.yaml"))
        let markdown = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("kosovo-nato-markdown.md"))
        #expect(markdown.title == yaml.title)
        #expect(markdown.summary == yaml.summary)
        #expect(markdown.sections.count == yaml.sections.count)
        for (fromMarkdown, fromYAML) in zip(markdown.sections, yaml.sections) {
            #expect(fromMarkdown == fromYAML, "section '\(fromYAML.title.plainText)' differs")
        }
        #expect(markdown == yaml)
    }

    /// Loads Markdown `text` as a file named `name`.
    func load(_ text: String, name: String = "brief.md") throws(FolioError) -> Briefing {
        try Folio.loadBriefing(text: text, file: name)
    }

    @Test func mapsEveryMarkdownConstructToItsBlock() throws {
        let briefing = try load("""
            ---
            title: Status
            ---
            Lead paragraph becomes the summary.

            # First {#first}

            Some *emphasis*, **strength** and `code` with a [link](https://example.org) and [a reference](#second).

            1. one
            2. **Two**: with a term
               - nested

            | Item | Cost |
            |:-----|-----:|
            | Fuel | 12.5 |

            Table: Costs

            Source: Ledger

            > Quoted words.
            >
            > — Someone

            ![A map of the region](map.svg "The region")

            ---

            ```callout
            title: Note
            text: Mind the gap.
            tone: warning
            ```

            ## Second {#second}

            ### Third
            """)
        #expect(briefing.summary?.plainText == "Lead paragraph becomes the summary.")
        let first = briefing.sections[0]
        #expect(first.id == "first")
        #expect(first.sections.first?.id == "second")
        #expect(first.sections.first?.sections.first?.title.plainText == "Third")
        let blocks = first.blocks
        #expect(blocks.count == 7)
        guard case .paragraph(let text) = blocks[0], case .list(let list) = blocks[1], case .table(let table) = blocks[2],
              case .quote(let quote) = blocks[3], case .image(let image) = blocks[4], case .pageBreak = blocks[5],
              case .callout(let callout) = blocks[6] else {
            Issue.record("unexpected blocks: \(blocks)")
            return
        }
        #expect(text.spans.map(\.emphasis).contains(.italic) && text.spans.map(\.emphasis).contains(.code))
        #expect(text.references == ["second"])
        #expect(list.ordered && list.items[1].term?.plainText == "Two" && list.items[1].sublist?.items.count == 1)
        #expect(table.columns.map(\.alignment) == [.left, .right])
        #expect(table.rows.first?.cells.last?.isNumber == true)
        #expect(table.caption?.plainText == "Costs" && table.source?.plainText == "Ledger")
        #expect(quote.text.plainText == "Quoted words." && quote.attribution?.plainText == "Someone")
        #expect(image.path == "map.svg" && image.alt == "A map of the region" && image.caption?.plainText == "The region")
        #expect(callout.tone == .warning && callout.title?.plainText == "Note")
    }

    /// GFM footnotes become footnote spans where they are referred to, as `^[…]` in YAML does.
    @Test func gfmFootnotesAreFootnotes() throws {
        let briefing = try load("""
            ---
            title: T
            ---
            # S

            Text with a note.[^1] And another[^note], and the first again.[^1]

            [^1]: The first *note*.
            [^note]: The second, [linked](https://example.org).
            """)
        guard case .paragraph(let text) = briefing.sections[0].blocks.first else { Issue.record("no paragraph"); return }
        #expect(text.footnotes.map(\.plainText) == ["The first note.", "The second, linked.", "The first note."])
        #expect(text.plainText == "Text with a note. And another, and the first again.")
        #expect(briefing.sections[0].blocks.count == 1)
    }

    /// Fenced blocks of any other info string, and indented code, are code blocks as written; a fence that
    /// looks like a mistyped block kind holding its YAML is code too, with a warning that says so.
    @Test func fencedAndIndentedCodeAreCodeBlocks() throws {
        let briefing = try load("""
            ---
            title: T
            ---
            # S

            ```bash
            kubectl rollout undo deployment/payments
              echo "  two spaces kept"
            ```

                14:02:11 ERROR upstream reset

            ```timelin
            events: []
            ```
            """)
        let blocks = briefing.sections[0].blocks
        #expect(blocks == [.code(CodeBlock(text: "kubectl rollout undo deployment/payments\n  echo \"  two spaces kept\"", syntax: "bash")),
                           .code(CodeBlock(text: "14:02:11 ERROR upstream reset")),
                           .code(CodeBlock(text: "events: []", syntax: "timelin"))])
        let warnings = briefing.sourceMap.readingWarnings
        #expect(warnings.count == 1 && warnings[0].message.contains("did you mean 'timeline'") && warnings[0].location?.line == 13,
                "\(warnings)")
    }

    /// "Table:" and "Source:" lines after a pipe table caption it and name its source, with or without a blank
    /// line before them and between them; an escaped pipe stays in its cell.
    @Test(arguments: ["\n", ""], ["\n", ""])
    func tableAndSourceLinesCaptionAPipeTable(before: String, between: String) throws {
        let briefing = try load("""
            ---
            title: T
            ---
            # S

            | Item | Note |
            |------|------|
            | Fuel | a \\| b |
            \(before)Table: Costs of *fuel*
            \(between)Source: Ledger

            After.
            """)
        guard case .table(let table) = briefing.sections[0].blocks.first else { Issue.record("no table"); return }
        #expect(table.caption?.plainText == "Costs of fuel")
        #expect(table.source?.plainText == "Ledger")
        #expect(table.rows.count == 1 && table.rows[0].cells[1].text.plainText == "a | b")
        #expect(briefing.sections[0].blocks.count == 2)
    }

    @Test(arguments: [
        ("---\ntitle: T\ndate: 2024-13\n---\n# S\n", "brief.md:3:7", "\"2024-13\" is not a date"),
        ("---\ntitle: T\n---\n# S\n\n```timeline\nevents:\n  - {date: 2024, lable: x}\n```\n", "brief.md:8:18", "unknown key 'lable'"),
        ("---\ntitle: T\n---\n# S\n\n#### Too deep\n", "brief.md:6:1", "three levels deep"),
        ("---\ntitle: T\n---\n## Starts at two\n", "brief.md:4:1", "needs a level-1 heading above it"),
        ("---\ntitle: T\n---\n# S\n\nSee [x](#nowhere).\n", "brief.md:6:1", "'#nowhere' refers to no section"),
        ("---\ntitle: T\n", "brief.md:1:1", "never closed"),
        ("---\ntitel: T\n---\n", "brief.md:2:1", "did you mean 'title'?"),
        ("---\ntitle: T\n---\n# S\n\n```timeline\nevents: [{date: 2024, label: x\n```\n", "brief.md:8:1", "not valid YAML"),
        ("---\ntitle: T\n---\n# S\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 |\n", "brief.md:9:1", "this row has 1 cell, but the table has 2 columns"),
        ("---\ntitle: T\n---\n# S\n\n| A | B |\n|---|---|\n| 1 | 2 | 3 |\n", "brief.md:8:1", "this row has 3 cells, but the table has 2 columns"),
    ])
    func errorsPointAtTheMarkdownLine(text: String, location: String, message: String) {
        do {
            _ = try load(text)
            Issue.record("accepted: \(text)")
        } catch {
            let match = error.diagnostics.first { $0.message.contains(message) }
            #expect(match != nil, "\(error)")
            #expect(match?.location?.description == location, "\(error)")
        }
    }
}

/// Inputs larger than Folio reads are refused before they are parsed.
@Suite struct InputLimitTests {
    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let big = folder.file("big.yaml")
        var text = "title: Big\nsummary: "
        text += String(repeating: "word ", count: BriefingLoader.maximumFileSize / 5 + 10)
        try text.write(to: big, atomically: false, encoding: .utf8)
        do {
            _ = try Folio.loadBriefing(contentsOf: big)
            Issue.record("a file over the limit must be refused")
        } catch {
            #expect(error.code == .limitExceeded)
            #expect(error.message.contains("at most \(BriefingLoader.maximumFileSize) bytes"))
        }
    }
}
