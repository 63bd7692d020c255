import FolioGraphics

/// Places labels on levels above and below a line (y = 0) so that no label overlaps another label, a marker
/// or a bar. Greedy and deterministic: labels are placed in the order given, each in the nearest level with
/// room, above before below.
///
/// A label prefers a slot whose leader line passes clear of other labels and which covers as few of the
/// markers still to be labelled as it can. When the only free slots are two levels further away than one
/// whose leader passes behind another label, it takes that one: labels are drawn over the leaders on a
/// background of their own, so a leader is hidden where it passes behind a label and no words ever collide.
public struct LabelPlacer: Sendable {
    /// Where a label went: its box and the leader line from the line to it.
    public struct Placement: Hashable, Sendable {
        public var box: Rect
        public var leaderStart: Point
        public var leaderEnd: Point
        public var above: Bool
    }

    public let minX: Double
    public let maxX: Double
    /// Distance from the line to the nearest edge of a level-1 label, and from one level to the next.
    public let firstOffset: Double
    public let levelHeight: Double
    public let maximumLevels: Int
    /// The clear space kept between two labels: more than between a label's own lines, so that the labels
    /// of neighbouring events never read as one phrase.
    public let labelGap: Double
    /// Whether labels may go below the line too, or only above it.
    public let allowsBelow: Bool
    /// Labels, markers and bars: what a label must not touch.
    public private(set) var boxes: [Rect] = []
    /// Leader lines placed so far (thin boxes).
    public private(set) var leaders: [Rect] = []
    /// The boxes and leaders by vertical strip of the chart, so that a test looks only at its neighbours:
    /// with thousands of events, testing every box would make placement quadratic in the events.
    private var boxStrips: [Int: [Int]] = [:]
    private var leaderStrips: [Int: [Int]] = [:]
    private static let stripWidth = 24.0

    /// Clearance kept between a label and a marker, a bar or a leader.
    public static let clearance = 1.5
    /// How many levels further a label may go to keep its leader clear of other labels.
    static let clearLeaderReach = 2

    public init(minX: Double, maxX: Double, firstOffset: Double, levelHeight: Double, maximumLevels: Int, labelGap: Double = clearance,
                allowsBelow: Bool = true, obstacles: [Rect]) {
        self.labelGap = max(labelGap, Self.clearance)
        self.allowsBelow = allowsBelow
        self.minX = minX
        self.maxX = maxX
        self.firstOffset = firstOffset
        self.levelHeight = levelHeight
        self.maximumLevels = maximumLevels
        for obstacle in obstacles { add(box: obstacle) }
    }

    private static func strips(of rect: Rect) -> ClosedRange<Int> {
        let low = Int((max(min(rect.minX, 1e9), -1e9) / stripWidth).rounded(.down))
        let high = Int((max(min(rect.maxX, 1e9), -1e9) / stripWidth).rounded(.down))
        return low...max(low, high)
    }

    private mutating func add(box: Rect) {
        boxes.append(box)
        for strip in Self.strips(of: box) { boxStrips[strip, default: []].append(boxes.count - 1) }
    }

    private mutating func add(leader: Rect) {
        leaders.append(leader)
        for strip in Self.strips(of: leader) { leaderStrips[strip, default: []].append(leaders.count - 1) }
    }

    private func hitsBox(_ rect: Rect) -> Bool {
        Self.strips(of: rect).contains { strip in boxStrips[strip]?.contains { boxes[$0].intersects(rect) } ?? false }
    }

    private func hitsLeader(_ rect: Rect) -> Bool {
        Self.strips(of: rect).contains { strip in leaderStrips[strip]?.contains { leaders[$0].intersects(rect) } ?? false }
    }

    /// Places a label of `size` for a marker at `anchorX` whose drawing reaches `markerReach` above and below
    /// the marker's centre (`anchorY` from the line); `pending` are the anchors of labels still to come. Nil when no level has room.
    /// A label is tried centred over its anchor, then ending and starting at it; a `flag` only starts at its
    /// anchor, as a flag on a pole (kept inside the chart), so that flags placed right to left step up over
    /// one another and no leader crosses a label.
    public mutating func place(size: Size, anchorX: Double, anchorY: Double = 0, markerReach: Double,
                               pending: [Double] = [], flag: Bool = false) -> Placement? {
        let width = min(size.width, maxX - minX)
        let offsets = flag ? [-2] : [-width / 2, -width + 6, -6]
        let xs = offsets.map { min(max(anchorX + $0, minX), maxX - width) }
        var seen: Set<Double> = []
        let candidates = xs.filter { seen.insert($0).inserted }
        var fallback: (placement: Placement, level: Int)?
        for level in 0..<maximumLevels {
            if let fallback, level > fallback.level + Self.clearLeaderReach { return accept(fallback.placement) }
            var best: (placement: Placement, coverage: Int)?
            for above in allowsBelow ? [true, false] : [true] {
                let y = above ? -(firstOffset + Double(level) * levelHeight) - size.height : firstOffset + Double(level) * levelHeight
                for x in candidates {
                    let box = Rect(x: x, y: y, width: width, height: size.height)
                    let padded = box.insetBy(dx: -Self.clearance, dy: -Self.clearance)
                    guard !hitsBox(padded) else { continue }
                    let leaderX = min(max(anchorX, box.minX + 2), box.maxX - 2)
                    let start = Point(x: anchorX, y: above ? anchorY - markerReach : anchorY + markerReach)
                    let end = Point(x: leaderX, y: above ? box.maxY : box.minY)
                    let placement = Placement(box: box, leaderStart: start, leaderEnd: end, above: above)
                    let leader = Self.leaderBounds(start, end)
                    let crosses = hitsBox(leader) || hitsLeader(padded)
                    if crosses {
                        if fallback == nil { fallback = (placement, level) }
                        continue
                    }
                    let coverage = pending.filter { $0 != anchorX && $0 >= box.minX && $0 <= box.maxX }.count
                    if best == nil || coverage < best!.coverage { best = (placement, coverage) }
                }
            }
            if let best { return accept(best.placement) }
        }
        return fallback.map { accept($0.placement) }
    }

    private mutating func accept(_ placement: Placement) -> Placement {
        // Kept grown by what the gap adds to the clearance every candidate is padded with, so that one test
        // keeps labels `labelGap` apart and everything else `clearance` away.
        let extra = labelGap - Self.clearance
        add(box: placement.box.insetBy(dx: -extra, dy: -extra))
        add(leader: Self.leaderBounds(placement.leaderStart, placement.leaderEnd))
        return placement
    }

    /// A thin box around a leader line, for collision tests.
    static func leaderBounds(_ start: Point, _ end: Point) -> Rect {
        let minX = min(start.x, end.x) - 0.6, maxX = max(start.x, end.x) + 0.6
        let minY = min(start.y, end.y), maxY = max(start.y, end.y)
        return Rect(x: minX, y: minY, width: maxX - minX, height: max(maxY - minY, 0.1))
    }
}
