import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

@Suite struct PaginationTests {
    let style = Style.standard

    /// Text lines of each page's content, without the footer (which is an artifact group).
    /// The content lines of each page with the innermost structure role around them; structure may span pages.
    func contentLines(_ target: RecordingTarget) -> [[(text: String, bounds: Rect, role: StructureRole?)]] {
        var roles: [StructureRole] = []
        var pages: [[(text: String, bounds: Rect, role: StructureRole?)]] = []
        for command in target.commands {
            switch command {
            case .beginPage: pages.append([])
            case .beginStructure(let role): roles.append(role)
            case .endStructure: _ = roles.popLast()
            case .text(let text, let bounds) where !roles.contains(where: \.isArtifact) && !pages.isEmpty:
                pages[pages.count - 1].append((text, bounds, roles.last))
            default: break
            }
        }
        return pages
    }

    @Test func everyLineLiesInsideTheTextArea() throws {
        let (_, target) = try LayoutFixtures.record(LayoutFixtures.briefing(sections: 25))
        let area = style.page.textArea
        #expect(target.pages.count > 5)
        for (page, lines) in contentLines(target).enumerated() {
            for line in lines {
                #expect(area.contains(line.bounds, tolerance: 0.01), "page \(page + 1): '\(line.text)' at \(line.bounds)")
            }
        }
    }

    @Test func noLineIsLostOrDrawnTwice() throws {
        let briefing = LayoutFixtures.briefing(sections: 25)
        let (_, target) = try LayoutFixtures.record(briefing)
        let drawnWords = contentLines(target).flatMap { $0 }.flatMap { $0.text.split(separator: " ") }
        let drawn = " " + drawnWords.joined(separator: " ") + " "
        for (index, section) in briefing.sections.enumerated() {
            for case .paragraph(let text) in section.blocks {
                let words = " " + text.plainText.split(separator: " ").joined(separator: " ") + " "
                let found = drawn.components(separatedBy: words).count - 1
                #expect(found == 1, "a paragraph of section \(index + 1) is drawn \(found) times")
            }
        }
    }

    @Test func footerSaysPageXOfY() throws {
        let (document, target) = try LayoutFixtures.record(LayoutFixtures.briefing(sections: 12))
        let count = document.pages.count
        for (index, texts) in target.pageTexts.enumerated() {
            #expect(texts.contains("Page \(index + 1) of \(count)"))
        }
    }

    @Test func headingsTravelWithTwoLinesOfWhatFollows() throws {
        let (_, target) = try LayoutFixtures.record(LayoutFixtures.briefing(sections: 40))
        var checked = 0
        for (page, lines) in contentLines(target).enumerated() {
            for (index, line) in lines.enumerated() {
                guard case .heading = line.role else { continue }
                let following = lines.dropFirst(index + 1).prefix(2)
                #expect(following.count == 2, "page \(page + 1): heading '\(line.text)' is not followed by two lines")
                #expect(following.allSatisfy { if case .heading = $0.role { false } else { true } })
                checked += 1
            }
        }
        #expect(checked >= 40)
    }

    @Test func paragraphsLeaveNoSingleLineAtTheFootOrHeadOfAPage() throws {
        let (_, target) = try LayoutFixtures.record(LayoutFixtures.briefing(sections: 40))
        let pages = contentLines(target)
        for index in pages.indices.dropLast() {
            // A paragraph split over the break shows as the same role on both sides with no heading between.
            guard let last = pages[index].last, let first = pages[index + 1].first,
                  last.role == .paragraph, first.role == .paragraph else { continue }
            let tail = pages[index].reversed().prefix { $0.role == .paragraph && $0.bounds.minX == last.bounds.minX }
            let head = pages[index + 1].prefix { $0.role == .paragraph && $0.bounds.minX == first.bounds.minX }
            #expect(tail.count >= 2 && head.count >= 2, "page \(index + 1)/\(index + 2): \(tail.count) + \(head.count) lines")
        }
    }

    @Test func aFiveThousandCharacterWordWrapsInsideTheColumn() throws {
        let word = String(repeating: "x", count: 5000)
        let briefing = Briefing(title: "Long word", sections: [Section(title: "S", blocks: [.paragraph(InlineText(plain: word))])])
        let (_, target) = try LayoutFixtures.record(briefing)
        let lines = contentLines(target).flatMap { $0 }.filter { $0.text.hasPrefix("xx") }
        #expect(lines.map(\.text).joined().count == 5000)
        for line in lines {
            #expect(line.bounds.maxX <= style.page.textArea.maxX + 0.01)
        }
    }

    @Test func outlineListsEveryHeadingOnItsPage() throws {
        let (document, _) = try LayoutFixtures.record(LayoutFixtures.briefing(sections: 10))
        #expect(document.outline.map(\.title) == (1...10).map { "Section \($0)" })
        #expect(document.outline.allSatisfy { document.pages.indices.contains($0.pageIndex) })
    }

    @Test func theSameInputGivesTheSameDisplayList() throws {
        let briefing = LayoutFixtures.briefing(sections: 8)
        let (first, _) = try LayoutFixtures.record(briefing)
        let (second, _) = try LayoutFixtures.record(briefing)
        #expect(first == second)
    }
}
