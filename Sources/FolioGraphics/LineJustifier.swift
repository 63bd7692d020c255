/// Stretches a line to a width by widening the spaces between its words.
public enum LineJustifier {
    /// `line` widened to `width`: the extra width is shared equally by the spaces between its first and last
    /// visible characters (spaces at either end, such as the one at a line break, stay as they are).
    /// A line without inner spaces is returned as it is: letters are never spread apart.
    public static func justify(_ line: TextLine, to width: Double) -> TextLine {
        let extra = width - (line.minX + line.width)
        guard extra > 0.01 else { return line }
        // Each glyph in visual order: whether it is a space, and whether it is drawn.
        var spaces: [[Bool]] = []
        var firstInk: (run: Int, glyph: Int)?, lastInk: (run: Int, glyph: Int)?
        for (runIndex, run) in line.runs.enumerated() {
            let bytes = Array(run.text.utf8)
            var flags: [Bool] = []
            for (glyphIndex, glyph) in run.glyphs.enumerated() {
                let cluster = Int(glyph.cluster)
                let isSpace = cluster < bytes.count && bytes[cluster] == 0x20
                flags.append(isSpace)
                if glyph.isVisible && !isSpace {
                    if firstInk == nil { firstInk = (runIndex, glyphIndex) }
                    lastInk = (runIndex, glyphIndex)
                }
            }
            spaces.append(flags)
        }
        guard let first = firstInk, let last = lastInk else { return line }
        func isInner(_ run: Int, _ glyph: Int) -> Bool {
            (run, glyph) > (first.run, first.glyph) && (run, glyph) < (last.run, last.glyph)
        }
        var count = 0
        for (runIndex, flags) in spaces.enumerated() {
            for (glyphIndex, isSpace) in flags.enumerated() where isSpace && isInner(runIndex, glyphIndex) { count += 1 }
        }
        guard count > 0 else { return line }
        let share = extra / Double(count)
        var justified = line
        var shift = 0.0
        for runIndex in justified.runs.indices {
            let runShift = shift
            justified.runs[runIndex].x += runShift
            for glyphIndex in justified.runs[runIndex].glyphs.indices {
                justified.runs[runIndex].glyphs[glyphIndex].x += Float(shift - runShift)
                // Glyphs after an inner space move right by one more share.
                if spaces[runIndex][glyphIndex] && isInner(runIndex, glyphIndex) { shift += share }
            }
            justified.runs[runIndex].width += shift - runShift
        }
        justified.width += extra
        return justified
    }
}
