import FolioCore
import FolioGraphics

/// A run of measured lines on a fixed grid: a paragraph, a list item, a heading or a lead box.
///
/// It splits only between lines, never through one, and keeps at least `minimumLinesPerPiece` lines
/// together at the bottom of a page (orphans) and at the top of the next (widows) when it has enough.
public struct LinesBlock: FlowBlock {
    public var lines: [TextLine]
    public var metrics: LineMetrics
    /// Horizontal offset of the lines from the left edge of the column.
    public var indent: Double
    /// Drawn beside the first line only, at its baseline (a bullet or a number), with its x from the column edge.
    public var marker: (line: TextLine, x: Double)?
    /// The lines (by index) that continue the line before them after it wrapped (code): each gets a hooked
    /// arrow in the gutter at its left, drawn rather than written, so that copied text stays as written.
    public var continuations: Set<Int> = []
    /// The colour of the continuation arrows.
    public var continuationColor: Color = .black
    public var spaceBefore: Double
    public var keepsWithNext: Bool
    public var splittable: Bool
    public var minimumLinesPerPiece: Int
    public var box: BoxDecoration?
    public var role: StructureRole?
    /// Set on headings: the outline entry of this block.
    public var heading: HeadingMark?
    /// The name internal links use to lead here (a section's, table's or figure's id).
    public var anchor: String?
    /// A contents entry: the anchor whose page number is written at the right of the column, after a
    /// dotted leader from the end of the last line; and the attributes of that number.
    public var pageReference: (anchor: String, attributes: TextAttributes)?
    /// The width of the column, for what is drawn at its right edge (the page number, the box).
    public var columnWidth: Double = 0
    /// Whether the body of the document starts with this block.
    public var startsBody = false
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    public var dataPath: DataPath?
    /// Whether the block continues one that was split: its marker and opening marks are not drawn again.
    var isContinuation = false

    public init(lines: [TextLine], metrics: LineMetrics, indent: Double = 0, marker: (line: TextLine, x: Double)? = nil,
                spaceBefore: Double = 0, keepsWithNext: Bool = false, splittable: Bool = true,
                minimumLinesPerPiece: Int = 2, box: BoxDecoration? = nil, role: StructureRole? = nil,
                heading: HeadingMark? = nil, anchor: String? = nil) {
        self.lines = lines
        self.metrics = metrics
        self.indent = indent
        self.marker = marker
        self.spaceBefore = spaceBefore
        self.keepsWithNext = keepsWithNext
        self.splittable = splittable
        self.minimumLinesPerPiece = minimumLinesPerPiece
        self.box = box
        self.role = role
        self.heading = heading
        self.anchor = anchor
    }

    private var padding: Double { box?.padding ?? 0 }

    /// The height of `count` lines with the box padding.
    func height(lines count: Int) -> Double {
        Double(count) * metrics.pitch + 2 * padding
    }

    /// The fewest lines the first piece can hold: `minimumLinesPerPiece` when the rest can still keep as many,
    /// else all of them (a three-line paragraph with two-line pieces never splits).
    public var minimumLeadHeight: Double {
        let canSplit = splittable && lines.count >= 2 * minimumLinesPerPiece
        return height(lines: canSplit ? minimumLinesPerPiece : lines.count)
    }

    public func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement {
        let total = lines.count
        if height(lines: total) <= availableHeight + Self.tolerance {
            return .whole(fragment(lines: 0..<total, at: origin))
        }
        let fitting = max(0, Int(((availableHeight - 2 * padding) + Self.tolerance) / metrics.pitch))
        var count = fitting
        if splittable {
            // Leave enough lines for the next page, and put enough on this one.
            count = min(count, total - minimumLinesPerPiece)
            if count < minimumLinesPerPiece { count = 0 }
        } else {
            count = 0
        }
        if count == 0 {
            guard atPageTop else { return .none }
            // A page cannot hold more: take what fits, at least one line, so that pagination moves on.
            count = max(1, min(fitting, total - 1))
            if count >= total { return .whole(fragment(lines: 0..<total, at: origin)) }
        }
        var rest = self
        rest.lines = Array(lines[count...])
        rest.continuations = Set(continuations.compactMap { $0 >= count ? $0 - count : nil })
        rest.isContinuation = true
        rest.spaceBefore = 0
        rest.heading = nil
        rest.anchor = nil
        rest.startsBody = false
        return .partial(fragment(lines: 0..<count, at: origin), rest: rest)
    }

    /// Whether any line holds linked text; then every stretch of text gets an element of its own.
    private var hasLinks: Bool { lines.contains { $0.runs.contains { $0.link != nil } } }

    /// `line` drawn as consecutive pieces, each linked piece inside a link element and each other piece
    /// inside a span, because a PDF element with children cannot also hold text of its own.
    ///
    /// A link that runs on from the line before continues its element (and so does one running on to
    /// the next line), so a link wrapped over lines — or pages — is one element.
    private func linkedPieces(of index: Int, at baseline: Point, rowArea: Rect) -> [DisplayItem] {
        var items: [DisplayItem] = []
        let pieces = LinkedPieces.pieces(of: lines[index])
        for (position, piece) in pieces.enumerated() {
            // A contents entry is clickable across its row; other links across their text.
            let area = pageReference != nil ? rowArea : nil
            let role: StructureRole = piece.link.map { .link($0, area: area) } ?? .span
            let continued = position == 0 && linkRunsOn(into: index)
            let runsOn = position == pieces.count - 1 && linkRunsOn(into: index + 1)
            if !continued { items.append(.structure(.begin(role))) }
            if continued, let link = piece.link, let area { items.append(.link(link, area: area)) }
            items.append(.text(piece.line, origin: baseline))
            if !runsOn { items.append(.structure(.end)) }
        }
        return items
    }

    /// Whether a link at the end of the line before `index` goes on at the start of line `index`.
    private func linkRunsOn(into index: Int) -> Bool {
        guard index > 0, index < lines.count, !lines[index].startsParagraph,
              let link = lines[index - 1].runs.last?.link else { return false }
        return lines[index].runs.first?.link == link
    }

    /// A hooked arrow ↪ whose head is at `end`: down from above, then right into the line.
    static func continuationArrow(endingAt end: Point, size: Double) -> Path {
        let corner = Point(x: end.x - size * 1.6, y: end.y)
        return Path(elements: [
            .move(to: Point(x: corner.x, y: end.y - size * 1.4)), .line(to: corner), .line(to: end),
            .move(to: Point(x: end.x - size * 0.7, y: end.y - size * 0.6)), .line(to: end),
            .line(to: Point(x: end.x - size * 0.7, y: end.y + size * 0.6)),
        ])
    }

    /// The width kept free at the right of a contents entry for its page number.
    public static let pageNumberColumn = 28.0

    /// Slack for floating-point sums of pitches, far below anything visible.
    static let tolerance = 0.001

    /// The piece of the block holding `range` of its lines, placed at `origin`.
    ///
    /// The block's structure element opens in its first piece and closes in its last, so a paragraph split
    /// over two pages is still one element. Box fills come first, outside the element: they are decoration.
    private func fragment(lines range: Range<Int>, at origin: Point) -> FlowFragment {
        let height = height(lines: range.count)
        let isLast = range.upperBound == lines.count
        var items: [DisplayItem] = []
        items.reserveCapacity(range.count + 8)
        if let box {
            items += box.items(in: Rect(x: origin.x, y: origin.y, width: columnWidth, height: height))
        }
        var notes: [LayoutNote] = []
        if !isContinuation {
            items += openingMarks.map(DisplayItem.structure)
            if startsBody { notes.append(.bodyStart) }
            if var heading {
                heading.y = origin.y
                notes.append(.heading(heading))
            }
            if let anchor { items.append(.anchor(anchor, at: origin)) }
            if let marker {
                let baseline = Point(x: origin.x + marker.x, y: origin.y + padding + metrics.baseline)
                items += [.structure(.begin(.listLabel)), .text(marker.line, origin: baseline), .structure(.end)]
            }
            if let role { items.append(.structure(.begin(role))) }
        }
        let textX = origin.x + indent
        for (row, index) in range.enumerated() {
            let baseline = Point(x: textX, y: origin.y + padding + Double(row) * metrics.pitch + metrics.baseline)
            let line = lines[index]
            // A new paragraph inside the block (after a line feed) is an element of its own.
            if let role, line.startsParagraph, index > 0 {
                items += [.structure(.end), .structure(.begin(role))]
            }
            if continuations.contains(index) {
                items.append(.stroke(Self.continuationArrow(endingAt: Point(x: textX - 2.5, y: baseline.y - metrics.pitch * 0.22),
                                                            size: metrics.pitch * 0.3),
                                     StrokeStyle(color: continuationColor, width: 0.7)))
            }
            if hasLinks {
                items += linkedPieces(of: index, at: baseline, rowArea: Rect(x: origin.x, y: baseline.y - metrics.baseline,
                                                                            width: columnWidth, height: metrics.pitch))
            } else {
                items.append(.text(line, origin: baseline))
            }
        }
        if isLast {
            if let reference = pageReference, let last = lines.last {
                let baseline = origin.y + padding + Double(range.count - 1) * metrics.pitch + metrics.baseline
                let leaderStart = textX + last.minX + last.width + 4
                let leaderEnd = origin.x + columnWidth - Self.pageNumberColumn - 2
                if leaderEnd > leaderStart {
                    items.append(.stroke(.line(from: Point(x: leaderStart, y: baseline - 1), to: Point(x: leaderEnd, y: baseline - 1)),
                                         StrokeStyle(color: reference.attributes.color, width: 0.9, dash: [0, 3.2], lineCap: .round)))
                }
                notes.append(.pageReference(PageReferenceSlot(anchor: reference.anchor, right: origin.x + columnWidth,
                                                              baseline: baseline, attributes: reference.attributes,
                                                              itemIndex: items.count)))
            }
            if role != nil { items.append(.structure(.end)) }
            items += closingMarks.map(DisplayItem.structure)
        }
        return FlowFragment(height: height, items: items, notes: notes)
    }
}
