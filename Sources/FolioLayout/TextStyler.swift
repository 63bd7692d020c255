import FolioGraphics
import FolioModel
import FolioStyle

/// Turns inline text into rich text: emphasis becomes font weight, slant or the code face; links get their colour.
public struct TextStyler: Sendable {
    public var style: Style
    /// Where footnotes are numbered as their references are set; without one, references are left out.
    public var footnotes: FootnoteRegistry?

    public init(style: Style) {
        self.style = style
    }

    /// `text` set in `font` and `color`, with its inline emphasis and links applied.
    public func richText(_ text: InlineText, font: FontSpec, color: Color) -> RichText {
        var rich = RichText()
        append(text, font: font, color: color, to: &rich)
        return rich
    }

    /// Appends `text` styled as `richText(_:font:color:)` would to `rich`.
    public func append(_ text: InlineText, font: FontSpec, color: Color, to rich: inout RichText) {
        for span in text.spans {
            if let note = span.footnote {
                guard let registered = footnotes?.register(note) else { continue }
                // The reference: the note's number raised, linking to the note at the foot of the page.
                var attributes = TextAttributes(font: font, color: style.colors.link)
                attributes.link = .internal(FootnoteRegistry.anchor(of: registered.serial))
                rich.append(FootnoteRegistry.superscript(registered.number), attributes: attributes)
                continue
            }
            var spanFont = font
            if span.emphasis.contains(.bold) { spanFont.weight = .bold }
            if span.emphasis.contains(.italic) { spanFont.italic = true }
            if span.emphasis.contains(.code) {
                spanFont.family = style.fonts.codeFamily
                spanFont.size = font.size * 0.92
            }
            var attributes = TextAttributes(font: spanFont, color: color)
            switch span.link {
            case .url(let url)?:
                attributes.link = .external(url)
                attributes.color = style.colors.link
            case .reference(let id)?:
                attributes.link = .internal(id)
                attributes.color = style.colors.link
            case nil:
                break
            }
            rich.append(span.text, attributes: attributes)
        }
    }
}
