import FolioCore
import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

/// The paginator and the composer say what they could not do, with the path of what it concerns.
@Suite struct PaginationDiagnosticsTests {
    /// A block that never places anything, breaking the contract of `FlowBlock`.
    struct Unplaceable: FlowBlock {
        var spaceBefore: Double { 0 }
        var keepsWithNext: Bool { false }
        var minimumLeadHeight: Double { 10 }
        var openingMarks: [StructureMark] = []
        var closingMarks: [StructureMark] = []
        var dataPath: DataPath? = DataPath.root.appending("sections").appending(0).appending("blocks").appending(1)
        func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement { .none }
    }

    let column = Rect(x: 0, y: 0, width: 100, height: 100)

    @Test func aBlockThatPlacesNothingIsLeftOutWithAWarningNotALoop() {
        let after = FixedBlock(height: 10, items: [.fill(.rect(Rect(x: 0, y: 0, width: 5, height: 5)), .black)])
        let pagination = Paginator(column: column).paginate([Unplaceable(), after])
        #expect(pagination.pages.count == 1)
        #expect(pagination.pages[0].items.count == 1, "what follows is still placed")
        #expect(pagination.diagnostics.map(\.code) == [.blockNotPlaced])
        #expect(pagination.diagnostics.first?.path?.description == "sections[0].blocks[1]")
    }

    @Test func aBlockTallerThanThePageIsPlacedAndSaysItRunsPastTheFoot() {
        var tall = FixedBlock(height: 130, items: [])
        tall.dataPath = DataPath.root.appending("title")
        let pagination = Paginator(column: column).paginate([FixedBlock(height: 20, items: []), tall, FixedBlock(height: 10, items: [])])
        #expect(pagination.pages.count == 3)
        #expect(pagination.diagnostics.count == 1)
        let warning = pagination.diagnostics.first
        #expect(warning?.code == .pageOverflow && warning?.path?.description == "title")
        #expect(warning?.message.contains("on page 2 (by up to 30 pt)") == true, "\(warning?.message ?? "")")
    }

    @Test func contentThatFitsGivesNoWarning() throws {
        let (document, _) = try LayoutFixtures.record(LayoutFixtures.briefing(sections: 12))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
    }

    @Test func anImageThatWasNotLoadedStandsAsABoxAndSaysSo() throws {
        let briefing = Briefing(title: "Images", sections: [
            Section(title: "Figures", blocks: [.image(ImageBlock(path: "missing.png", caption: "A picture"))]),
        ])
        let (document, target) = try LayoutFixtures.record(briefing)
        #expect(target.pageTexts.joined().contains { $0.contains("missing.png could not be loaded") })
        #expect(document.diagnostics.map(\.code) == [.imageNotLoaded])
        #expect(document.diagnostics.first?.path?.description == "sections[0].blocks[0].image.path")
    }

    /// A briefing read from a file carries where each part was written, and warnings are placed there.
    @Test func warningsTakeTheirPlaceFromTheSourceMap() throws {
        var briefing = Briefing(title: "Images", sections: [
            Section(title: "Figures", blocks: [.image(ImageBlock(path: "missing.png"))]),
        ])
        briefing.sourceMap.record(SourceLocation(file: "b.yaml", line: 7, column: 9), for: DataPath.root.appending("sections")
            .appending(0).appending("blocks").appending(0))
        let (document, _) = try LayoutFixtures.record(briefing)
        #expect(document.diagnostics.first?.location == SourceLocation(file: "b.yaml", line: 7, column: 9))
    }
}
