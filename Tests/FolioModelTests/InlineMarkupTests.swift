import Testing
@testable import FolioModel

@Suite struct InlineMarkupTests {
    @Test func plainTextStaysOneSpan() {
        let text = InlineMarkupParser.parse("No markup here.")
        #expect(text.spans == [.init("No markup here.")])
    }

    @Test func parsesEmphasisCodeAndLinks() {
        let text = InlineMarkupParser.parse("A **bold** and *italic* `code` [site](https://example.org) [see](#sec-2).")
        #expect(text.spans == [
            .init("A "), .init("bold", emphasis: .bold), .init(" and "), .init("italic", emphasis: .italic),
            .init(" "), .init("code", emphasis: .code), .init(" "), .init("site", link: .url("https://example.org")),
            .init(" "), .init("see", link: .reference("sec-2")), .init("."),
        ])
        #expect(text.references == ["sec-2"])
    }

    @Test func nestsItalicInsideBoldAndBoldInsideItalic() {
        #expect(InlineMarkupParser.parse("**a *b* c**").spans == [
            .init("a ", emphasis: .bold), .init("b", emphasis: [.bold, .italic]), .init(" c", emphasis: .bold),
        ])
        #expect(InlineMarkupParser.parse("*a **b** c*").spans == [
            .init("a ", emphasis: .italic), .init("b", emphasis: [.bold, .italic]), .init(" c", emphasis: .italic),
        ])
    }

    @Test func keepsUnmatchedMarkersAndEscapesAsText() {
        #expect(InlineMarkupParser.parse("2 * 3 = 6 and **open").plainText == "2 * 3 = 6 and **open")
        #expect(InlineMarkupParser.parse(#"\*not italic\* and a \[bracket\]"#).plainText == "*not italic* and a [bracket]")
        #expect(InlineMarkupParser.parse("`unclosed and [half](").plainText == "`unclosed and [half](")
        #expect(InlineMarkupParser.parse("**").plainText == "**")
        #expect(InlineMarkupParser.parse("trailing \\").plainText == "trailing \\")
    }

    @Test func underscoresEmphasiseOnlyAtWordEdges() {
        #expect(InlineMarkupParser.parse("an _italic_ word").spans == [.init("an "), .init("italic", emphasis: .italic), .init(" word")])
        #expect(InlineMarkupParser.parse("**_both_**").spans == [.init("both", emphasis: [.bold, .italic])])
        #expect(InlineMarkupParser.parse("snake_case_name and file_").plainText == "snake_case_name and file_")
    }

    @Test func codeSpansAreLiteral() {
        #expect(InlineMarkupParser.parse("`a **b**`").spans == [.init("a **b**", emphasis: .code)])
    }

    @Test func footnotesParseAndWriteBack() {
        let text = InlineText(markup: "Costs rose^[By **12 %**, see [the table](#costs).] in 2024. 2^3 and ^[ stays [literal")
        #expect(text.footnotes.count == 1)
        #expect(text.footnotes.first?.spans.contains { $0.emphasis == .bold && $0.text == "12 %" } == true)
        #expect(text.references == ["costs"])
        #expect(text.plainText == "Costs rose in 2024. 2^3 and ^[ stays [literal")
        #expect(InlineText(markup: text.markup) == text)
        // A footnote inside a footnote is text.
        #expect(InlineText(markup: "a^[b^[c]]").footnotes.first?.plainText == "b^[c]")
    }
}
