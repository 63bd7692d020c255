import FolioCairo
import FolioCore
import FolioDecoding
import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import Foundation

extension Report {
    /// One chart of `briefing` alone, on a page sized tightly around it, to embed in other documents.
    ///
    /// `id` names a timeline or bar chart. `width` and `height` are in points: the width is the report's
    /// column width when nil; a height the chart cannot fit in is outgrown. With `transparent`, PNG and
    /// SVG pages get no background. `includingTitle` and `includingCaption` set the chart's title above it
    /// and its caption under it, as in the report (the caption without its figure number).
    public convenience init(chart id: String, of briefing: Briefing, style: Style = .standard, width: Double? = nil,
                            height: Double? = nil, transparent: Bool = false, includingTitle: Bool = false,
                            includingCaption: Bool = false, creationDate: String? = nil,
                            fonts: FontSession = FontSession(threads: 1)) throws(FolioError) {
        let charts = Self.charts(in: briefing.sections, path: DataPath.root.appending("sections"))
        guard let found = charts.first(where: { $0.id == id }) else {
            var message = charts.isEmpty ? "the briefing has no timeline or chart to export"
                : "no timeline or chart has the id '\(id)'"
            if let close = Suggestion.closest(to: id, among: charts.map(\.id)) {
                message += "; did you mean '\(close)'?"
            } else if !charts.isEmpty {
                message += "; the briefing's are: " + charts.map { "'\($0.id)'" }.joined(separator: ", ")
            }
            throw FolioError(.usage, message)
        }
        for (name, value) in [("width", width), ("height", height)] {
            if let value, !(value.isFinite && value > 0 && value <= 14_400) {
                throw FolioError(.usage, "the \(name) must be between 0 and 14,400 points (200 inches), not \(value)")
            }
        }
        let measurer = fonts.measurers(language: briefing.language)[0]
        var metadata = DocumentLayout<PangoTextMeasurer>.metadata(of: briefing, creationDate: creationDate)
        let (title, caption): (InlineText?, InlineText?) = switch found.subject {
        case .timeline(let timeline): (timeline.title, timeline.caption)
        case .bar(let chart): (chart.title, chart.caption)
        }
        if let title { metadata.title = title.plainText }
        var document = ChartPageLayout(style: style, measurer: measurer, language: briefing.language,
                                       labels: Labels.of(briefing, style: style))
            .layout(found.subject, width: width, height: height, metadata: metadata, path: found.path,
                    title: includingTitle ? title : nil, caption: includingCaption ? caption : nil)
        document.diagnostics = document.diagnostics.map(briefing.sourceMap.locate)
        let alt = document.pages.first.flatMap(Self.figureAlt) ?? metadata.title
        self.init(document: document, fontReport: measurer.fontReport, background: transparent ? nil : .white,
                  svgLabel: SVGWriter.Label(title: metadata.title, description: alt))
    }

    /// The alt text of the first figure on `page`.
    static func figureAlt(_ page: Page) -> String? {
        for case .structure(.begin(.figure(let alt))) in page.items { return alt }
        return nil
    }

    /// A chart of a briefing that has an id: what it is, and its path (`sections[1].blocks[0].timeline`).
    typealias IdentifiedChart = (id: String, subject: ChartPageLayout<PangoTextMeasurer>.Subject, path: DataPath)

    /// The timelines and bar charts of `sections` (at `path`) that have an id, in document order.
    static func charts(in sections: [Section], path: DataPath) -> [IdentifiedChart] {
        sections.enumerated().flatMap { index, section in
            let sectionPath = path.appending(index)
            return section.blocks.enumerated().compactMap { position, block -> IdentifiedChart? in
                let blockPath = sectionPath.appending("blocks").appending(position).appending(block.kind)
                return switch block {
                case .timeline(let timeline): timeline.id.map { ($0, .timeline(timeline), blockPath) }
                case .chart(let chart): chart.id.map { ($0, .bar(chart), blockPath) }
                default: nil
                }
            } + charts(in: section.sections, path: sectionPath.appending("sections"))
        }
    }
}
