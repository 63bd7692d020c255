import FolioGraphics

/// A text measurer with no fonts: every character advances half its font size; lines break greedily at
/// spaces, and inside a word only when the word alone is wider than the column (as Pango's WORD_CHAR).
///
/// Layout tests use it to check geometry exactly, on any machine, without Pango.
public final class FixedAdvanceMeasurer: TextMeasuring {
    /// Advance of every character as a fraction of the font size.
    public let advance: Double
    public let ascent: Double
    public let descent: Double
    private var specs: [FontSpec] = []

    public init(advance: Double = 0.5, ascent: Double = 0.8, descent: Double = 0.2) {
        self.advance = advance
        self.ascent = ascent
        self.descent = descent
    }

    /// The font behind `id`.
    public func font(of id: FontID) -> FontSpec? {
        specs.indices.contains(Int(id.rawValue)) ? specs[Int(id.rawValue)] : nil
    }

    /// A made-up face for every font asked for: no file behind it, but a name that says what was asked.
    public var fonts: FontTable {
        var table = FontTable()
        for (index, spec) in specs.enumerated() {
            let style = (spec.weight >= .bold ? "Bold" : "Regular") + (spec.italic ? " Italic" : "")
            table.set(FontFace(file: "", size: spec.size, postScriptName: "Fixed-\(spec.family.filter { $0 != " " })-\(spec.weight.value)"
                               + (spec.italic ? "-Italic" : ""), family: spec.family, style: style), for: FontID(Int32(index)))
        }
        return table
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        FontMetrics(ascent: font.size * ascent, descent: font.size * descent)
    }

    public func line(of text: RichText) -> TextLine {
        makeLine(characters(of: text), alignment: .left, width: .infinity)
    }

    /// Lines of `text`; `hyphenate` is ignored: this measurer knows no syllables.
    public func lines(of text: RichText, width: Double, alignment: TextAlignment, hyphenate: Bool) -> [TextLine] {
        let all = characters(of: text)
        var lines: [TextLine] = []
        var start = 0
        while start < all.count {
            var end = start, lineWidth = 0.0, lastBreak: Int?
            while end < all.count {
                let character = all[end]
                if character.scalar == "\n" { break }
                if character.scalar == " " { lastBreak = end + 1 }
                if lineWidth + character.width > width, character.scalar != " " {
                    break
                }
                lineWidth += character.width
                end += 1
            }
            if end < all.count, all[end].scalar != "\n", let lastBreak, lastBreak > start {
                end = lastBreak
            }
            end = max(end, start + 1)
            var slice = Array(all[start..<end])
            if slice.last?.scalar == "\n" { slice.removeLast() }
            var line = makeLine(slice, alignment: alignment, width: width)
            line.startsParagraph = start == 0 || all[start - 1].scalar == "\n"
            lines.append(line)
            start = end
            if start < all.count, all[start].scalar == "\n" { start += 1 }
        }
        return lines
    }

    private struct Character {
        var scalar: Unicode.Scalar
        var attributes: TextAttributes
        var width: Double
    }

    private func characters(of text: RichText) -> [Character] {
        var result: [Character] = []
        let utf8 = Array(text.string.utf8)
        for run in text.runs {
            let piece = String(decoding: utf8[run.utf8Range], as: UTF8.self)
            for scalar in piece.unicodeScalars {
                result.append(Character(scalar: scalar, attributes: run.attributes, width: run.attributes.font.size * advance))
            }
        }
        return result
    }

    private func fontID(for font: FontSpec) -> FontID {
        if let index = specs.firstIndex(of: font) { return FontID(Int32(index)) }
        specs.append(font)
        return FontID(Int32(specs.count - 1))
    }

    private func makeLine(_ characters: [Character], alignment: TextAlignment, width: Double) -> TextLine {
        // Trailing spaces hang outside the line, as in Pango.
        var visible = characters.count
        while visible > 0, characters[visible - 1].scalar == " " { visible -= 1 }
        let contentWidth = characters[..<visible].reduce(0) { $0 + $1.width }
        var x = 0.0
        if width.isFinite {
            switch alignment {
            case .left, .justified: x = 0
            case .center: x = (width - contentWidth) / 2
            case .right: x = width - contentWidth
            }
        }
        let minX = x
        var runs: [GlyphRun] = []
        var maxAscent = 0.0, maxDescent = 0.0
        for character in characters {
            let attributes = character.attributes
            maxAscent = max(maxAscent, attributes.font.size * ascent)
            maxDescent = max(maxDescent, attributes.font.size * descent)
            let font = fontID(for: attributes.font)
            if var last = runs.last, last.font == font, last.color == attributes.color, last.link == attributes.link {
                let cluster = UInt32(last.text.utf8.count)
                last.glyphs.append(Glyph(id: character.scalar.value, x: Float(x - last.x), cluster: cluster))
                last.text.unicodeScalars.append(character.scalar)
                last.width += character.width
                runs[runs.count - 1] = last
            } else {
                runs.append(GlyphRun(font: font, color: attributes.color, x: x, width: character.width,
                                     glyphs: [Glyph(id: character.scalar.value, x: 0, cluster: 0)],
                                     text: String(character.scalar), link: attributes.link))
            }
            x += character.width
        }
        return TextLine(runs: runs, minX: minX, width: contentWidth, ascent: maxAscent, descent: maxDescent)
    }
}
