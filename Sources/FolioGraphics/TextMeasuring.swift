/// Shapes text and breaks it into lines: the one service layout needs from a font system.
///
/// What a measurer returns is exactly what a target draws: its lines name faces by `FontID`, and `fonts`
/// says which face each id is, so the document can be drawn without the measurer. Conformers need not be
/// thread-safe: each thread of an export owns its own.
public protocol TextMeasuring {
    /// Breaks `text` into lines no wider than `width` points, shaped and positioned.
    ///
    /// A word wider than the column is broken between characters rather than allowed to overflow. With
    /// `hyphenate`, words may also break at syllables, when the measurer has patterns for the language.
    func lines(of text: RichText, width: Double, alignment: TextAlignment, hyphenate: Bool) -> [TextLine]

    /// Shapes `text` on a single line, however long.
    func line(of text: RichText) -> TextLine

    /// Ascent and descent of `font`.
    func metrics(of font: FontSpec) -> FontMetrics

    /// The face behind every font id this measurer has put into lines so far.
    var fonts: FontTable { get }

    /// The characters (Unicode scalar values) no font had, of all the text measured so far: they are left out.
    var charactersWithoutFont: Set<UInt32> { get }
}

extension TextMeasuring {
    /// None, for a measurer whose fonts have every character.
    public var charactersWithoutFont: Set<UInt32> { [] }

    /// Breaks `text` into lines no wider than `width` points, without hyphenation.
    public func lines(of text: RichText, width: Double, alignment: TextAlignment) -> [TextLine] {
        lines(of: text, width: width, alignment: alignment, hyphenate: false)
    }
}
