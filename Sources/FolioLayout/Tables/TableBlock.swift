import FolioCore
import FolioGraphics

/// A table ready for pagination: caption, header rows repeated on every page, body rows, and a source line.
///
/// Rows move to the next page whole; rows tied by row spans move together. Only a group of rows taller
/// than a page is split, between lines of its cells, with cells spanning rows carried on. The continuation
/// shares the body rows (it keeps an index, and the few rows a split made), so a table of 100,000 rows is
/// paginated in linear time.
public struct TableBlock: FlowBlock {
    public let geometry: TableGeometry
    public let header: [TableRowBox]
    /// The body rows, measured as they are placed.
    let body: TableBodyRows
    public let caption: [TextLine]
    public let continuedCaption: [TextLine]
    public let source: [TextLine]
    public let captionMetrics: LineMetrics
    /// The height of the column the table flows in: what a continuation has on an empty page.
    public let pageHeight: Double
    public var anchor: String?
    public var spaceBefore: Double
    public var keepsWithNext: Bool { false }
    public var openingMarks: [StructureMark] = []
    public var closingMarks: [StructureMark] = []
    public var dataPath: DataPath?
    public var floating: FlowFloat = .auto
    /// The fewest body rows a piece of the table holds when it splits between pages (style `table.min_rows_split`).
    public var minimumRowsPerPiece = 3

    /// The next body row to place, and rows left over from a split, placed before it.
    private var next = 0
    private var carried: [TableRowBox] = []
    private var isContinuation = false

    static let captionGap = 4.0
    static let sourceGap = 3.0

    init(geometry: TableGeometry, header: [TableRowBox], body: TableBodyRows, caption: [TextLine],
                continuedCaption: [TextLine], source: [TextLine], captionMetrics: LineMetrics, pageHeight: Double,
                anchor: String?, spaceBefore: Double, minimumRowsPerPiece: Int = 3) {
        self.minimumRowsPerPiece = minimumRowsPerPiece
        self.geometry = geometry
        self.header = header
        self.body = body
        self.caption = caption
        self.continuedCaption = continuedCaption
        self.source = source
        self.captionMetrics = captionMetrics
        self.pageHeight = pageHeight
        self.anchor = anchor
        self.spaceBefore = spaceBefore
    }

    // MARK: Heights

    private func captionHeight(continued: Bool) -> Double {
        let lines = continued ? continuedCaption : caption
        return lines.isEmpty ? 0 : Double(lines.count) * captionMetrics.pitch + Self.captionGap
    }

    private var headerHeight: Double { header.reduce(0) { $0 + $1.height } }
    private var sourceHeight: Double { source.isEmpty ? 0 : Self.sourceGap + Double(source.count) * captionMetrics.pitch }

    /// Rows not yet placed, in order: the carried ones, then the body from `next`.
    private var remainingCount: Int { carried.count + body.count - next }
    private func row(_ index: Int) -> TableRowBox { index < carried.count ? carried[index] : body.row(at: next + index - carried.count) }

    /// The number of rows, from `start`, that row spans tie together.
    private func unitLength(from start: Int) -> Int {
        var end = start, index = start
        while index <= end, index < remainingCount {
            end = max(end, index + row(index).reach)
            index += 1
        }
        return min(end, remainingCount - 1) - start + 1
    }

    /// Why the table cannot be laid out as it should, when its caption and header rows are taller than a page:
    /// they are repeated on every page, so each page runs past its foot.
    public var headerProblem: String? {
        let top = captionHeight(continued: true) + headerHeight
        guard top + LinesBlock.tolerance > pageHeight else { return nil }
        return "the table's caption and header rows are \(NumberText.compact(top, places: 1)) pt tall, taller than the "
            + "\(NumberText.compact(pageHeight, places: 1)) pt of a page: every page of it runs past its foot"
    }

    /// A heading before a table keeps with its caption, header and first group of rows.
    public var minimumLeadHeight: Double {
        let first = remainingCount > 0 ? (0..<unitLength(from: 0)).reduce(0) { $0 + row($1).height } : 0
        return captionHeight(continued: isContinuation) + headerHeight + min(first, pageHeight / 2)
    }

    /// The whole table's height, when it has not started yet and fits on an empty page.
    public var wholeHeight: Double? {
        guard !isContinuation else { return nil }
        var height = captionHeight(continued: false) + headerHeight + sourceHeight
        // Rows are measured only until they are more than a page.
        for index in 0..<body.count {
            height += body.row(at: index).height
            if height > pageHeight + LinesBlock.tolerance { return nil }
        }
        return height
    }

    // MARK: Placement

    public func place(at origin: Point, availableHeight: Double, atPageTop: Bool) -> FlowPlacement {
        // The paginator places a piece of a table only once the pieces before it are on their pages.
        body.release(before: next)
        let top = captionHeight(continued: isContinuation) + headerHeight
        let room = availableHeight - top
        let fullRoom = pageHeight - captionHeight(continued: true) - headerHeight
        var placed: [TableRowBox] = []
        var used = 0.0
        var index = 0
        var leftover: [TableRowBox] = []
        while index < remainingCount {
            let length = unitLength(from: index)
            let unit = (index..<(index + length)).map(row)
            let height = unit.reduce(0) { $0 + $1.height }
            // The last rows carry the source line under them: it must fit too.
            let source = index + length == remainingCount ? sourceHeight : 0
            if used + height + source <= room + LinesBlock.tolerance {
                placed += unit
                used += height
                index += length
                continue
            }
            // A group that fits on an empty page waits for one; a taller one, or one at the top of a page
            // with nothing placed, is split between lines.
            if height > fullRoom || (atPageTop && placed.isEmpty) {
                let (fitting, rest) = split(unit, room: room - used)
                if fitting.isEmpty, atPageTop, placed.isEmpty {
                    // Not even one line of the row fits under the caption and header on an empty page (a header
                    // taller than the page): the row goes there whole, running past the foot, so the table moves on.
                    placed = unit
                } else {
                    placed += fitting
                    leftover = rest
                }
                index += length
            }
            break
        }
        guard !placed.isEmpty else {
            // Never a caption and header alone at the foot of a page.
            return .none
        }
        // A split between rows leaves at least `minimumRowsPerPiece` body rows on each side: fewer move on
        // (at the top of a page the table must move on anyway, so what fits stays).
        if leftover.isEmpty, index < remainingCount {
            let least = minimumRowsPerPiece
            if remainingCount - index < least, remainingCount >= 2 * least || !atPageTop {
                // Give rows back, at a boundary between groups, until enough are left for the next page.
                var boundary = 0, position = 0
                while position < index {
                    let next = position + unitLength(from: position)
                    if next > remainingCount - least { break }
                    position = next
                    boundary = position
                }
                index = boundary
                placed = (0..<index).map(row)
            }
            if index < least, !atPageTop { return .none }
            if index == 0 {
                // At the top of a page the table must move on: whatever the rows allow, at least one group.
                index = unitLength(from: 0)
                placed = (0..<index).map(row)
            }
        }
        var continuation = self
        continuation.carried = leftover + (index < carried.count ? Array(carried[index...]) : [])
        continuation.next = next + max(0, index - carried.count)
        continuation.isContinuation = true
        continuation.spaceBefore = 0
        continuation.anchor = nil
        let finished = continuation.remainingCount == 0
        let fragment = self.fragment(rows: placed, at: origin, last: finished)
        return finished ? .whole(fragment) : .partial(fragment, rest: continuation)
    }

    /// Splits a group of rows to fit `room`: whole rows first, then the first row that does not fit is cut
    /// between lines when one line of it fits. Cells spanning from above across the cut are cut too, and
    /// carry their other lines (or at least their place) on into the first row of the rest.
    private func split(_ unit: [TableRowBox], room: Double) -> (fitting: [TableRowBox], rest: [TableRowBox]) {
        var fitting: [TableRowBox] = []
        var used = 0.0
        var boundary = unit.count
        for (position, row) in unit.enumerated() {
            if used + row.height <= room + LinesBlock.tolerance {
                fitting.append(row)
                used += row.height
            } else {
                boundary = position
                break
            }
        }
        guard boundary < unit.count else { return (fitting, []) }
        let row = unit[boundary]
        let space = room - used
        let lines = Int((space - 2 * geometry.padding + LinesBlock.tolerance) / geometry.metrics.pitch)
        var head: TableRowBox?
        var tail = row
        if lines >= 1 {
            var cut = row
            cut.cells = []
            tail.cells = []
            tail.startsGroup = false
            for cell in row.cells {
                let count = cell.lines.count, kept = min(lines, count)
                cut.cells.append(cell.keeping(0..<kept, rowSpan: 1))
                tail.cells.append(cell.keeping(kept..<count, rowSpan: cell.rowSpan))
            }
            cut.height = space
            head = cut
        }
        // Cells from rows above that span across the boundary: what fits stays, the rest is carried.
        let headHeight = head?.height ?? 0
        for earlier in fitting.indices {
            for (cellIndex, cell) in fitting[earlier].cells.enumerated() where earlier + cell.rowSpan > boundary {
                let onPage = fitting[earlier...].reduce(0) { $0 + $1.height } + headHeight
                let kept = min(cell.lines.count, max(0, Int((onPage - 2 * geometry.padding + LinesBlock.tolerance) / geometry.metrics.pitch)))
                fitting[earlier].cells[cellIndex] = cell.keeping(0..<kept, rowSpan: boundary - earlier + (head == nil ? 0 : 1))
                // The carried part keeps the background of the row the cell started in.
                var carried = cell.keeping(kept..<cell.lines.count, rowSpan: earlier + cell.rowSpan - boundary)
                carried.fill = cell.fill ?? fitting[earlier].fill ?? .white
                tail.cells.append(carried)
            }
        }
        tail.cells.sort { $0.column < $1.column }
        if let head { fitting.append(head) }
        var rest = [tail] + unit[(boundary + 1)...]
        geometry.assignHeights(&rest)
        return (fitting, rest)
    }

    // MARK: Drawing

    private func fragment(rows: [TableRowBox], at origin: Point, last: Bool) -> FlowFragment {
        var items: [DisplayItem] = []
        var y = origin.y
        let left = origin.x
        let rule = StrokeStyle(color: geometry.ruleColor, width: 0.5)
        if !isContinuation {
            items += openingMarks.map(DisplayItem.structure)
            if let anchor { items.append(.anchor(anchor, at: origin)) }
            items.append(.structure(.begin(.table)))
        }
        let captionLines = isContinuation ? continuedCaption : caption
        if !captionLines.isEmpty {
            items.append(.structure(.begin(isContinuation ? .artifact(.pagination) : .caption)))
            for (index, line) in captionLines.enumerated() {
                items.append(.text(line, origin: Point(x: left, y: y + Double(index) * captionMetrics.pitch + captionMetrics.baseline)))
            }
            items.append(.structure(.end))
            y += captionHeight(continued: isContinuation)
        }
        if !header.isEmpty {
            items.append(.fill(.rect(Rect(x: left, y: y, width: geometry.width, height: headerHeight)), geometry.headerFill))
            let headerItems = geometry.items(for: header[...], left: left, top: y, repeated: isContinuation)
            items += isContinuation ? headerItems : [.structure(.begin(.tableHead))] + headerItems + [.structure(.end)]
            y += headerHeight
        }
        let headerRule = y
        // The body is one element from the first page of the table to its last.
        if !isContinuation { items.append(.structure(.begin(.tableBody))) }
        items += geometry.items(for: rows[...], left: left, top: y)
        // The rule under the header goes over the body's fills: a toned first row must not cut it.
        if !header.isEmpty {
            items.append(.stroke(.line(from: Point(x: left, y: headerRule), to: Point(x: left + geometry.width, y: headerRule)),
                                 StrokeStyle(color: geometry.ruleColor, width: 1)))
        }
        y += rows.reduce(0) { $0 + $1.height }
        items.append(.stroke(.line(from: Point(x: left, y: y), to: Point(x: left + geometry.width, y: y)), rule))
        if last {
            items += [.structure(.end), .structure(.end)]
            if !source.isEmpty {
                y += Self.sourceGap
                items.append(.structure(.begin(.paragraph)))
                for (index, line) in source.enumerated() {
                    items.append(.text(line, origin: Point(x: left, y: y + Double(index) * captionMetrics.pitch + captionMetrics.baseline)))
                }
                items.append(.structure(.end))
                y += Double(source.count) * captionMetrics.pitch
            }
            items += closingMarks.map(DisplayItem.structure)
        }
        return FlowFragment(height: y - origin.y, items: items)
    }
}
