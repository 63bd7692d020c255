import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

/// Code blocks: every line as written in the code family, none past the column, wrapped lines marked in the
/// gutter with a drawn arrow (no text added), all of it one Code element, split over pages like a paragraph.
@Suite struct CodeBlockLayoutTests {
    let style = Style.standard

    func record(_ code: CodeBlock) throws -> RecordingTarget {
        let briefing = Briefing(title: "Code", sections: [Section(title: "S", blocks: [.paragraph("Before."), .code(code)])])
        return try LayoutFixtures.record(briefing).1
    }

    @Test func longLinesWrapInsideTheColumnWithAContinuationArrow() throws {
        let long = (0..<40).map { "segment\($0)" }.joined(separator: "/") + " --flag=" + String(repeating: "x", count: 300)
        let code = CodeBlock(text: "short line\n\n" + long + "\n\tindented", syntax: "bash")
        let target = try record(code)
        var roles: [StructureRole] = []
        var codeTexts: [(String, Rect)] = []
        var arrows = 0
        for command in target.commands {
            switch command {
            case .beginStructure(let role): roles.append(role)
            case .endStructure: _ = roles.popLast()
            case .text(let text, let bounds) where roles.contains(.code): codeTexts.append((text, bounds))
            case .stroke where roles.contains(.code): arrows += 1
            default: break
            }
        }
        let column = style.page.textArea
        #expect(!codeTexts.isEmpty)
        for (text, bounds) in codeTexts {
            #expect(bounds.maxX <= column.maxX + 0.01, "'\(text.prefix(20))…' runs past the column")
        }
        // The text is the code as written (tabs as four spaces), line by line; wrapped pieces join up again.
        let written = codeTexts.map(\.0)
        #expect(written.first == "short line")
        #expect(written.joined().replacingOccurrences(of: " ", with: "").contains(long.replacingOccurrences(of: " ", with: "")))
        #expect(written.last == "    indented")
        // Each piece after the first of the long line has an arrow, and nothing else does.
        let longPieces = written.count - 3
        #expect(longPieces >= 3 && arrows == longPieces - 1, "\(longPieces) pieces, \(arrows) arrows")
    }
}
