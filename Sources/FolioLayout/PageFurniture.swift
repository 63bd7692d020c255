import FolioGraphics
import FolioStyle

/// What every page carries besides its content: the footer with the document title and "Page x of y".
public struct PageFurniture<Measurer: TextMeasuring> {
    public let style: Style
    public let measurer: Measurer
    private let attributes: TextAttributes
    /// The title's first line within two thirds of the column, measured once for every page.
    private let titleLine: TextLine?

    public init(style: Style, measurer: Measurer, title: String) {
        self.style = style
        self.measurer = measurer
        attributes = TextAttributes(font: style.fonts.footer, color: style.colors.muted)
        titleLine = measurer.lines(of: RichText(title, attributes: attributes), width: style.page.textArea.width * 2 / 3,
                                   alignment: .left).first
    }

    /// The footer items of page `pageNumber` (1-based) of `pageCount`.
    public func items(pageNumber: Int, pageCount: Int) -> [DisplayItem] {
        let area = style.page.textArea
        let baseline = area.maxY + style.spacing.footerGap
        let number = measurer.line(of: RichText("Page \(pageNumber) of \(pageCount)", attributes: attributes))
        var items: [DisplayItem] = [
            .stroke(.line(from: Point(x: area.minX, y: baseline - 12), to: Point(x: area.maxX, y: baseline - 12)),
                    StrokeStyle(color: style.colors.rule, width: 0.5)),
            .text(number, origin: Point(x: area.maxX - number.width, y: baseline)),
        ]
        if let titleLine {
            items.append(.text(titleLine, origin: Point(x: area.minX, y: baseline)))
        }
        return [.structure(.begin(.artifact))] + items + [.structure(.end)]
    }
}
