import FolioGraphics
import FolioModel

extension BriefingComposer {
    /// A caption's numbered label: a figure's or a table's.
    enum CaptionKind { case figure, table }

    /// "Figure 3. caption" or "Table 2. caption" (in the language) in the caption font, the label in bold;
    /// empty unless the element is numbered and has a caption.
    func numberedCaption(_ kind: CaptionKind, number: Int?, text: InlineText?) -> RichText {
        var caption = RichText()
        guard let number, let text else { return caption }
        let font = style.fonts.caption
        let written = chartStyle.numbers.integer(number)
        let label = kind == .figure ? labels.figure(written) : labels.table(written)
        caption.append("\(label).", attributes: TextAttributes(font: font.bold, color: style.colors.text))
        caption.append(" ", attributes: TextAttributes(font: font, color: style.colors.text))
        styler.append(text, font: font, color: style.colors.text, to: &caption)
        return caption
    }
}
