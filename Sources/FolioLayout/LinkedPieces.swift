import FolioGraphics

/// A line with linked text, drawn as consecutive pieces: each linked piece inside a Link element, each other
/// piece inside a Span, because a PDF element with children cannot also hold text of its own.
enum LinkedPieces {
    /// Whether any of `lines` holds linked text: then all of their text goes in pieces.
    static func needed(in lines: [TextLine]) -> Bool {
        lines.contains { $0.runs.contains { $0.link != nil } }
    }

    /// The items that draw `line` at `origin` in pieces, each linked piece clickable over its own text.
    static func items(for line: TextLine, at origin: Point) -> [DisplayItem] {
        pieces(of: line).flatMap { piece -> [DisplayItem] in
            [.structure(.begin(piece.link.map { .link($0, area: nil) } ?? .span)), .text(piece.line, origin: origin), .structure(.end)]
        }
    }

    /// `line` cut where its runs' link changes: each piece with the link all its runs share.
    static func pieces(of line: TextLine) -> [(line: TextLine, link: LinkTarget?)] {
        var pieces: [(line: TextLine, link: LinkTarget?)] = []
        var start = 0
        while start < line.runs.count {
            let link = line.runs[start].link
            var end = start + 1
            while end < line.runs.count, line.runs[end].link == link { end += 1 }
            let runs = Array(line.runs[start..<end])
            let minX = runs.map(\.x).min() ?? 0
            pieces.append((TextLine(runs: runs, minX: minX, width: (runs.map { $0.x + $0.width }.max() ?? minX) - minX,
                                    ascent: line.ascent, descent: line.descent), link))
            start = end
        }
        return pieces
    }
}
