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
    public var spaceBefore: Double
    public var keepsWithNext: Bool
    public var splittable: Bool
    public var minimumLinesPerPiece: Int
    public var box: BoxDecoration?
    public var role: StructureRole?
    /// Set on headings: the outline entry and the anchor name of this block.
    public var heading: (mark: HeadingMark, anchor: String?)?
    /// The width of the box, when there is one; its lines are indented by the composer to sit inside it.
    public var boxWidth: Double = 0
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    /// Whether the block continues one that was split: its marker and opening marks are not drawn again.
    var isContinuation = false

    public init(lines: [TextLine], metrics: LineMetrics, indent: Double = 0, marker: (line: TextLine, x: Double)? = nil,
                spaceBefore: Double = 0, keepsWithNext: Bool = false, splittable: Bool = true,
                minimumLinesPerPiece: Int = 2, box: BoxDecoration? = nil, role: StructureRole? = nil,
                heading: (mark: HeadingMark, anchor: String?)? = nil) {
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
        rest.isContinuation = true
        rest.spaceBefore = 0
        rest.heading = nil
        return .partial(fragment(lines: 0..<count, at: origin), rest: rest)
    }

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
            items += box.items(in: Rect(x: origin.x, y: origin.y, width: boxWidth, height: height))
        }
        var headings: [HeadingMark] = []
        if !isContinuation {
            items += openingMarks.map(DisplayItem.structure)
            if let heading {
                var mark = heading.mark
                mark.y = origin.y
                headings.append(mark)
                if let anchor = heading.anchor { items.append(.anchor(anchor, at: origin)) }
            }
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
            items.append(.text(line, origin: baseline))
            for run in line.runs {
                if let link = run.link {
                    let area = Rect(x: baseline.x + run.x, y: baseline.y - line.ascent, width: run.width,
                                    height: line.ascent + line.descent)
                    items.append(.link(link, area: area))
                }
            }
        }
        if isLast {
            if role != nil { items.append(.structure(.end)) }
            items += closingMarks.map(DisplayItem.structure)
        }
        return FlowFragment(height: height, items: items, headings: headings)
    }
}
