import FolioCharts
import FolioCore
import FolioGraphics
import FolioModel
import FolioStyle

/// What every page carries besides its content: the running header, the footer, and the classification banner.
///
/// All of it is an artifact, of the header or of the footer: not part of the document's structure, skipped by
/// screen readers. The texts that are the same on every page are measured once, when it is made; the page
/// number, which needs the page count, is measured by whoever knows the count (`numberText`).
public struct PageFurniture: Sendable {
    public let style: Style
    private let titleLine: TextLine?
    private let dateLine: TextLine?
    private let bannerLine: TextLine?
    /// How the page number is written: the footer's font and colour.
    public let numberAttributes: TextAttributes
    /// What the furniture could not show as written: a title too long for the running header.
    public let diagnostics: [Diagnostic]

    /// The words of the footer, in the document's language.
    private let labels: Labels
    /// Page numbers in the language's digits when the style asks for them.
    private let numbers: LocalizedNumbers

    public init<Measurer: TextMeasuring>(style: Style, measurer: Measurer, briefing: Briefing, labels: Labels, dates: LocalizedDates,
                                         numbers: LocalizedNumbers) {
        self.style = style
        self.labels = labels
        self.numbers = numbers
        let attributes = TextAttributes(font: style.fonts.footer, color: style.colors.muted)
        self.numberAttributes = attributes
        // Measured once for every page; a title too long for the header shows its first line.
        let titleLines = measurer.lines(of: RichText(briefing.title.plainText, attributes: attributes),
                                        width: style.page.textArea.width * 0.75, alignment: .left)
        titleLine = titleLines.first
        diagnostics = titleLines.count > 1 ? [Diagnostic(.warning, code: .textShortened,
                                                         message: "the title is too long for the running header of the pages after the first: "
                                                             + "it shows \"\(titleLines[0].text.trimmingCharacters(in: .whitespaces))\"",
                                                         path: DataPath.root.appending("title"))] : []
        dateLine = briefing.date.map { measurer.line(of: RichText(dates.text($0), attributes: attributes)) }
        let bannerAttributes = TextAttributes(font: style.fonts.footer.bold.with { $0.size += 0.5 }, color: style.colors.banner)
        bannerLine = briefing.classification.map { measurer.line(of: RichText($0, attributes: bannerAttributes)) }
    }

    /// The footer's page number of the page at `index` ("Page 3 of 12"); nil on a title page, which has no footer.
    public func numberText(pageIndex index: Int, numbering: PageNumbering) -> String? {
        guard !(index == 0 && style.document.titlePage) else { return nil }
        let digits = numbering.label(of: index, in: numbers)
        return numbering.isFrontMatter(index) ? labels.page(digits) : labels.page(digits, of: numbers.integer(numbering.bodyPageCount))
    }

    /// The furniture of the page at `index`, with `number` (its `numberText`, measured) in the footer: no header
    /// on the first page, no footer on a title page.
    public func items(pageIndex index: Int, number: TextLine?) -> [DisplayItem] {
        let area = style.page.textArea
        var header: [DisplayItem] = []
        var footer: [DisplayItem] = []
        if index > 0, let titleLine {
            let baseline = area.minY - 20
            header.append(.text(titleLine, origin: Point(x: area.minX, y: baseline)))
            header.append(.stroke(.line(from: Point(x: area.minX, y: baseline + 6), to: Point(x: area.maxX, y: baseline + 6)),
                                 StrokeStyle(color: style.colors.rule, width: 0.5)))
        }
        if let number {
            let baseline = area.maxY + style.spacing.footerGap
            footer.append(.stroke(.line(from: Point(x: area.minX, y: baseline - 12), to: Point(x: area.maxX, y: baseline - 12)),
                                 StrokeStyle(color: style.colors.rule, width: 0.5)))
            footer.append(.text(number, origin: Point(x: area.maxX - number.width, y: baseline)))
            if let dateLine { footer.append(.text(dateLine, origin: Point(x: area.minX, y: baseline))) }
        }
        if let bannerLine {
            let x = (style.page.size.width - bannerLine.width) / 2
            // Above the running header, even when the top margin is narrow.
            var top = min(24, area.minY / 2) + bannerLine.ascent / 2
            if index > 0, let titleLine {
                top = min(top, area.minY - 20 - titleLine.ascent - 3 - bannerLine.descent)
            }
            header.append(.text(bannerLine, origin: Point(x: x, y: max(top, bannerLine.ascent + 1))))
            footer.append(.text(bannerLine, origin: Point(x: x, y: style.page.size.height - min(16, (style.page.size.height - area.maxY) / 3))))
        }
        return Self.artifact(.header, header) + Self.artifact(.footer, footer)
    }

    private static func artifact(_ kind: ArtifactKind, _ items: [DisplayItem]) -> [DisplayItem] {
        items.isEmpty ? [] : [.structure(.begin(.artifact(kind)))] + items + [.structure(.end)]
    }
}
