// A briefing built in Swift, rendered with the Folio library: a PDF of the whole report and an SVG of its
// timeline alone. Run it with `swift run folio-library-example OUTPUT-FOLDER`.
import Folio
import Foundation

let folder = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? ".")

let briefing = Briefing(
    title: "Quarterly Network Review",
    subtitle: "Built in Swift with the Folio library",
    date: .month(10, of: 2025),
    authors: ["Platform Team"],
    sections: [
        Section(title: "Summary", blocks: [
            // Inline markup (bold, italic, code, links) as briefings write it.
            .paragraph(InlineText(markup: "Availability held at **99.97%**; two incidents were closed within their targets.")),
            .list(ListBlock(items: [
                ListItem(term: "Latency", text: "median response time fell from 182 ms to 141 ms."),
                ListItem(term: "Capacity", text: "the second data centre carries 40% of traffic."),
            ])),
        ]),
        Section(title: "Milestones", blocks: [
            .timeline(Timeline(id: "milestones", caption: "Milestones of the year.", events: [
                TimelineEvent(when: .milestone(.day(10, 2, 2025)), label: "Second data centre live"),
                TimelineEvent(when: .span(start: .month(4, of: 2025), end: .month(7, of: 2025)), label: "Network upgrade"),
                TimelineEvent(when: .milestone(.quarter(4, of: 2025)), label: "Failover drill"),
            ])),
        ]),
    ]
)

// Checked by the rules a briefing file is checked by; Report refuses a briefing with problems anyway.
for problem in briefing.problems() { FileHandle.standardError.write(Data("folio-library-example: \(problem)\n".utf8)) }

do {
    let report = try Report(briefing: briefing, style: try StyleLoader.builtin("default"))
    try report.write(.pdf, to: folder.appendingPathComponent("network-review.pdf"))
    let chart = try Report(chart: "milestones", of: briefing, width: 400)
    try chart.write(.svg, to: folder.appendingPathComponent("milestones.svg"))
    print("wrote network-review.pdf (pages: \(report.pageCount)) and milestones.svg to \(folder.path)")
} catch {
    FileHandle.standardError.write(Data("folio-library-example: \(error)\n".utf8))
    exit(1)
}
