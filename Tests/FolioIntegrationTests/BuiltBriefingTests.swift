import Folio
import Foundation
import Testing

/// A briefing built in Swift is checked by the rules a briefing file is checked by, before it is drawn; the
/// model is Codable as the JSON `folio` reads.
@Suite struct BuiltBriefingTests {
    /// Three mistakes a program can make that a file would be refused for.
    static var flawed: Briefing {
        let chart = Chart(caption: InlineText(plain: "Spend"), categories: ["North", "South", "East"],
                          series: [Chart.Series(name: "2025", values: [12])])
        let table = Table(columns: [TableColumn(title: InlineText(plain: "Item")), TableColumn(title: InlineText(plain: "Cost"))],
                          rows: [TableRow(cells: [TableCell(text: InlineText(plain: "Fuel"))])])
        let link = InlineText(markup: "See [the annex](#nowhere).")
        return Briefing(title: InlineText(plain: "Built"), sections: [
            Section(title: InlineText(plain: "One"), blocks: [.chart(chart), .table(table), .paragraph(link)]),
        ])
    }

    @Test func everyProblemOfABuiltBriefingIsFoundWithItsPath() {
        let problems = Self.flawed.problems()
        let described = problems.map(\.description)
        #expect(problems.allSatisfy { $0.location == nil && $0.path != nil })
        #expect(described.contains { $0.contains("sections[0].blocks[0].chart.series[0].values: this series has 1 value but the chart has 3 categories") },
                "\(described)")
        #expect(described.contains { $0.contains("sections[0].blocks[1].table.rows[0]") }, "\(described)")
        #expect(described.contains { $0.contains("nowhere") }, "\(described)")
    }

    @Test func aFlawedBuiltBriefingIsNotDrawn() throws {
        do {
            _ = try Report(briefing: Self.flawed)
            Issue.record("a briefing with three problems was drawn")
        } catch {
            #expect(error.diagnostics.filter { $0.severity == .error }.count == 3, "\(error.diagnostics)")
        }
        // Mended, it is.
        var mended = Self.flawed
        mended.sections[0].blocks = [.paragraph(InlineText(markup: "Fine **now**."))]
        #expect(try Report(briefing: mended).pageCount == 1)
    }

    @Test func datesAndTextNeedNoLiteralsOrUnwrapping() {
        let timeline = Timeline(events: [
            TimelineEvent(when: .milestone(.day(30, 2, 2025)), label: InlineText(plain: "No such day")),
            TimelineEvent(when: .span(start: .quarter(1, of: 2025), end: .month(6, of: 2025)), label: InlineText(markup: "*Spring*")),
        ])
        let briefing = Briefing(title: InlineText(plain: "Dates"), sections: [Section(title: InlineText(plain: "S"), blocks: [.timeline(timeline)])])
        let problems = briefing.problems().map(\.description)
        #expect(problems.count == 1 && problems[0].contains("sections[0].blocks[0].timeline.events[0].date") && problems[0].contains("2025-02-30"),
                "\(problems)")
    }

    @Test(arguments: ["kosovo-nato.yaml", "programme-status.yaml", "multilingual.yaml", "data-briefing.yaml", "incident-review.md",
                      "trends.yaml"])
    func theModelRoundTripsThroughCodableAsBriefingJSON(example: String) throws {
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent(example))
        let data = try JSONEncoder().encode(briefing)
        let decoded = try JSONDecoder().decode(Briefing.self, from: data)
        #expect(decoded.sections == briefing.sections && decoded.title == briefing.title && decoded.date == briefing.date)
        // And folio reads what a program wrote: the same pages.
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images"), to: folder.file("images"))
        try data.write(to: folder.file("written.json"))
        let result = try Tool.run([Tool.folio, "render", folder.file("written.json").path, "-o", folder.file("w.pdf").path, "-q"])
        #expect(result.status == 0, "\(result.error)")
        let original = try Report(briefing: briefing, baseDirectory: examplesFolder)
        let pages = try Tool.run(["pdfinfo", folder.file("w.pdf").path]).output
        #expect(pages.contains("Pages:") && pages.contains("\(original.pageCount)\n"), "\(pages)")
    }

    @Test func aBlockBuiltFromADataFile() throws {
        let chart = try Block.decoding(["chart": ["data": "data/iowa-electricity.csv", "x": "year", "y": "net_generation",
                                                  "series": "source", "stacked": true]], relativeTo: examplesFolder)
        guard case .chart(let read) = chart else { Issue.record("not a chart"); return }
        #expect(read.categories.count == 17 && read.series.map(\.name) == ["Fossil Fuels", "Nuclear Energy", "Renewables"])
        #expect(throws: FolioError.self) {
            try Block.decoding(["chart": ["data": "data/iowa-electricity.csv", "x": "year", "y": "net_generaton"]], relativeTo: examplesFolder)
        }
    }

    /// The code of the DocC article "Building a briefing in Swift", as it stands there.
    @Test func theArticlesBriefingRenders() throws {
        let folder = examplesFolder
        let table = Table(caption: InlineText(plain: "Budget, EUR thousands"),
                          columns: [TableColumn(title: InlineText(plain: "Workstream")),
                                    TableColumn(title: InlineText(plain: "Budget"), alignment: .decimal,
                                                format: NumberPattern("#,##0"))],
                          rows: [TableRow(cells: [TableCell(text: InlineText(plain: "Pipelines")),
                                                  TableCell(text: InlineText(plain: "18400"), isNumber: true)])])
        let chart = try Block.decoding(["chart": ["data": "data/iowa-electricity.csv", "x": "year",
                                                  "y": "net_generation", "series": "source", "stacked": true]],
                                       relativeTo: folder)
        let timeline = Timeline(events: [
            TimelineEvent(when: .milestone(.day(14, 3, 2025)), label: InlineText(plain: "Contract signed")),
            TimelineEvent(when: .span(start: .quarter(2, of: 2025), end: .month(12, of: 2025)),
                          label: InlineText(markup: "Works, *phase one*")),
        ])
        let briefing = Briefing(title: InlineText(plain: "Status"), date: .month(10, of: 2025), sections: [
            Section(title: InlineText(plain: "Money and milestones"), blocks: [.table(table), chart, .timeline(timeline)]),
        ])
        #expect(briefing.problems().isEmpty)
        let report = try Report(briefing: briefing, baseDirectory: folder)
        let pdf = try report.data(.pdf)
        let folderOut = try ScratchFolder()
        defer { folderOut.remove() }
        try pdf.write(to: folderOut.file("status.pdf"))
        let text = try Tool.run(["pdftotext", "-layout", folderOut.file("status.pdf").path, "-"]).output
        #expect(text.contains("18,400") && text.contains("Contract signed") && text.contains("Renewables"))
    }
}
