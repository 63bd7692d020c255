extension TextLine {
    /// The widest stretch of the line between spaces: the narrowest the text can be broken to without
    /// breaking a word (CSS's minimum content width).
    public var widestWord: Double {
        var widest = 0.0
        var start: Double?
        var end = 0.0
        for run in runs {
            let bytes = Array(run.text.utf8)
            for (index, glyph) in run.glyphs.enumerated() {
                let cluster = Int(glyph.cluster)
                let isSpace = cluster < bytes.count && bytes[cluster] == 0x20
                let x = run.x + Double(glyph.x)
                let next = index + 1 < run.glyphs.count ? run.x + Double(run.glyphs[index + 1].x) : run.x + run.width
                if isSpace {
                    if let wordStart = start { widest = max(widest, end - wordStart) }
                    start = nil
                } else {
                    if start == nil { start = x }
                    end = next
                }
            }
        }
        if let wordStart = start { widest = max(widest, end - wordStart) }
        return widest
    }

    /// The horizontal position, from the line's origin, where the byte `offset` of the line's text begins
    /// (the line's end when the offset is past it); for lining numbers up on their decimal separator.
    public func position(ofByte offset: Int) -> Double {
        var consumed = 0
        for run in runs {
            let count = run.text.utf8.count
            if offset < consumed + count {
                let local = UInt32(offset - consumed)
                let glyph = run.glyphs.first { $0.cluster >= local } ?? run.glyphs.last
                return run.x + Double(glyph?.x ?? Float(run.width))
            }
            consumed += count
        }
        return minX + width
    }
}
