import FolioGraphics

/// The footnotes of one page, at the foot of its column above the footer: a short rule, then each note's
/// number and text. A note that does not fit goes on at the foot of the next page.
struct FootnoteArea {
    /// A note on this page: its body and the range of its lines set here.
    struct Piece {
        var body: FootnoteBody
        var lines: Range<Int>
        /// Whether this piece starts the note (and so shows its number).
        var isStart: Bool { lines.lowerBound == 0 }
    }

    /// The space between the text and the rule, and between the rule and the first note.
    static let separation = 6.0
    static let gap = 2.0

    private(set) var pieces: [Piece] = []

    var isEmpty: Bool { pieces.isEmpty }

    /// The height the notes take, with their rule.
    var height: Double { Self.height(of: pieces) }

    static func height(of pieces: [Piece]) -> Double {
        guard !pieces.isEmpty else { return 0 }
        return 2 * separation + pieces.reduce(0) { $0 + $1.body.height(lines: $1.lines.count) } + gap * Double(pieces.count - 1)
    }

    /// The height the area would take with `bodies` added whole.
    func height(adding bodies: [FootnoteBody]) -> Double {
        Self.height(of: pieces + bodies.map { Piece(body: $0, lines: 0..<$0.lines.count) })
    }

    mutating func add(_ bodies: [FootnoteBody]) {
        pieces += bodies.map { Piece(body: $0, lines: 0..<$0.lines.count) }
    }

    /// The area for a new page: what `carried` leaves to it.
    init(carrying carried: [Piece] = []) {
        pieces = carried
    }

    /// The items of the notes set in `height` points at the foot of `column`, and what does not fit there
    /// (whole lines of the last notes), to go on at the foot of the next page.
    func items(in column: Rect, height available: Double) -> (items: [DisplayItem], rest: [Piece]) {
        guard !pieces.isEmpty else { return ([], []) }
        var room = available - 2 * Self.separation
        var placed: [Piece] = [], rest: [Piece] = []
        for piece in pieces {
            guard rest.isEmpty else { rest.append(piece); continue }
            let fitting = min(piece.lines.count, max(0, Int((room + LinesBlock.tolerance) / piece.body.metrics.pitch)))
            if fitting > 0 {
                placed.append(Piece(body: piece.body, lines: piece.lines.lowerBound..<(piece.lines.lowerBound + fitting)))
                room -= piece.body.height(lines: fitting) + Self.gap
            }
            if fitting < piece.lines.count {
                rest.append(Piece(body: piece.body, lines: (piece.lines.lowerBound + fitting)..<piece.lines.upperBound))
            }
        }
        var y = column.maxY - Self.height(of: placed)
        var items: [DisplayItem] = []
        guard !placed.isEmpty else { return ([], rest) }
        // The rule: a third of the column, as book typography has it; decoration, so an artifact.
        items.append(.stroke(.line(from: Point(x: column.minX, y: y + Self.separation / 2),
                                   to: Point(x: column.minX + column.width / 3, y: y + Self.separation / 2)),
                             StrokeStyle(color: Color(rgb: 0x808080), width: 0.5)))
        y += 2 * Self.separation
        for piece in placed {
            let body = piece.body
            // Each piece is a Note: the start with its number (a label linking back to the reference) and
            // the place its reference leads to; a piece carried on from the page before, its lines alone.
            items.append(.structure(.begin(.note)))
            if piece.isStart {
                items.append(.anchor(body.anchor, at: Point(x: column.minX, y: y)))
                let baseline = Point(x: column.minX, y: y + body.metrics.baseline)
                items += [.structure(.begin(.listLabel)), .structure(.begin(.link(.internal(body.referenceAnchor), area: nil))),
                          .text(body.label, origin: baseline), .structure(.end), .structure(.end)]
            }
            items.append(.structure(.begin(.paragraph)))
            for (row, index) in piece.lines.enumerated() {
                items.append(.text(body.lines[index], origin: Point(x: column.minX + body.indent,
                                                                    y: y + Double(row) * body.metrics.pitch + body.metrics.baseline)))
            }
            items += [.structure(.end), .structure(.end)]
            y += body.height(lines: piece.lines.count) + Self.gap
        }
        return (items, rest)
    }
}
