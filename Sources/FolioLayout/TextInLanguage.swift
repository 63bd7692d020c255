import FolioGraphics

/// A measurer that measures text as written in a language, when the composer is inside a section or block
/// in another language than the document: each run without a language of its own gets that one.
///
/// One wrapper, at the composer's single way to the measurer, rather than a language at every place text
/// is built: everything a block measures — its text, its captions, its chart's labels — is in its language.
struct TextInLanguage<Base: TextMeasuring>: TextMeasuring {
    let base: Base
    /// The language text is in; nil for the document's, when text goes to the measurer as it is.
    let language: String?

    func lines(of text: RichText, width: Double, alignment: TextAlignment, hyphenate: Bool) -> [TextLine] {
        base.lines(of: inLanguage(text), width: width, alignment: alignment, hyphenate: hyphenate)
    }

    func line(of text: RichText) -> TextLine {
        base.line(of: inLanguage(text))
    }

    func metrics(of font: FontSpec) -> FontMetrics { base.metrics(of: font) }

    var fonts: FontTable { base.fonts }

    var charactersWithoutFont: Set<UInt32> { base.charactersWithoutFont }

    private func inLanguage(_ text: RichText) -> RichText {
        guard let language else { return text }
        return text.inLanguage(language)
    }
}
