import FolioGraphics
import FolioModel

extension BriefingComposer {
    /// The footnotes registered from `start` on, measured for the foot of the page: the number (linking back to
    /// its reference) in the footnote font, the text beside it, wrapped with a hanging indent.
    func footnoteBodies(from start: Int) -> [FootnoteBody] {
        let font = style.fonts.footnoteFont
        let metrics = LineMetrics(font: font, lineHeight: 1.25, measurer: measurer)
        let indent = font.size * 1.8
        // A footnote's own text gets no footnotes: its styler numbers none.
        let plain = TextStyler(style: style)
        return footnotes.notes(from: start).map { note in
            var attributes = TextAttributes(font: font, color: style.colors.link)
            attributes.link = .internal(FootnoteRegistry.referenceAnchor(of: note.serial))
            let label = measurer.line(of: RichText("\(note.number)", attributes: attributes))
            let lines = measurer.lines(of: plain.richText(note.text, font: font, color: style.colors.text),
                                       width: max(columnWidth - indent, 20), alignment: .left)
            return FootnoteBody(anchor: FootnoteRegistry.anchor(of: note.serial), referenceAnchor: FootnoteRegistry.referenceAnchor(of: note.serial),
                                label: label, lines: lines.isEmpty ? [label] : lines, metrics: metrics, indent: indent)
        }
    }
}
