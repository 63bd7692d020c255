/// A font face at a size, described well enough to load it again anywhere: the file, the face in it, the
/// size and whatever the font system synthesised.
///
/// The layout records one for every `FontID` its lines use (`FontTable`), so a laid-out document can be drawn
/// by any target, saved or compared without the measurer that shaped it. Glyph ids in the display list are
/// indexes into this face.
public struct FontFace: Hashable, Sendable, Codable {
    /// The font file.
    public var file: String
    /// The face's index in the file (a collection holds several; for a variable font, the named instance is
    /// in the upper 16 bits, as FreeType numbers them).
    public var index: Int
    /// The size in points.
    public var size: Double
    /// Whether strokes are thickened because the family has no bold face of its own.
    public var syntheticBold: Bool
    /// The horizontal shear of a synthesised oblique (0.2 slants glyphs by about 11°); 0 when upright as designed.
    public var syntheticSlant: Double
    /// OpenType variation settings ("wght=600,wdth=87.5"), empty for a static font.
    public var variations: String
    /// The face's PostScript name ("DejaVuSans-Bold"): what a PDF calls the embedded font.
    public var postScriptName: String
    /// The family and style, as the font names them ("DejaVu Sans", "Bold").
    public var family: String
    public var style: String

    public init(file: String, index: Int = 0, size: Double, syntheticBold: Bool = false, syntheticSlant: Double = 0,
                variations: String = "", postScriptName: String, family: String, style: String = "Regular") {
        self.file = file
        self.index = index
        self.size = size
        self.syntheticBold = syntheticBold
        self.syntheticSlant = syntheticSlant
        self.variations = variations
        self.postScriptName = postScriptName
        self.family = family
        self.style = style
    }

    /// "DejaVuSans-Bold 11", with what was synthesised: how the face reads in diagnostics and layout dumps.
    public var name: String {
        var name = "\(postScriptName.isEmpty ? "\(family) \(style)" : postScriptName) \(NumberText.compact(size))"
        if syntheticBold { name += " +bold" }
        if syntheticSlant != 0 { name += " +slant \(NumberText.compact(syntheticSlant))" }
        if !variations.isEmpty { name += " [\(variations)]" }
        return name
    }
}
