import FolioCore
import FolioGraphics
import FolioModel

/// Draws a timeline: lanes of events on a calendar axis, every label placed clear of every other.
public struct TimelineChart<Measurer: TextMeasuring> {
    public let timeline: Timeline
    public let style: ChartStyle
    public let measurer: Measurer
    public let width: Double

    public init(timeline: Timeline, style: ChartStyle, measurer: Measurer, width: Double) {
        self.timeline = timeline
        self.style = style
        self.measurer = measurer
        self.width = width
    }

    /// The most label levels on each side of a lane before a label is given up (and reported).
    static var maximumLevels: Int { 14 }
    static var markerRadius: Double { 3.5 }
    static var barHalfHeight: Double { 4.5 }
    /// The widest a label gets before it wraps (to two lines at most).
    var labelWidth: Double { min(130, max(60, width / 4)) }

    private var font: FontSpec { style.font }
    private var smallFont: FontSpec { style.font.with { $0.size *= 0.9 } }
    private var pitch: Double { font.size * 1.25 }

    /// The days the axis covers: as given, or the events' with a little padding.
    public var days: Range<Int> {
        if let range = timeline.range {
            return CalendarDay.span(of: range.lowerBound).lowerBound..<CalendarDay.span(of: range.upperBound).upperBound
        }
        let spans = timeline.events.map(\.days)
        let low = spans.map(\.lowerBound).min() ?? 0, high = spans.map(\.upperBound).max() ?? 1
        let pad = max(Int(Double(high - low) * 0.05), 10)
        return (low - pad)..<(high + pad)
    }

    func text(of date: BriefingDate) -> String { style.text(of: date) }

    func text(of event: TimelineEvent) -> String {
        switch event.when {
        case .milestone(let date): text(of: date)
        case .span(let start, let end): "\(text(of: start)) – \(text(of: end))"
        }
    }

    /// The lanes in order of first appearance; events without a lane share the first, unnamed one.
    var lanes: [String?] {
        var names: [String?] = []
        for event in timeline.events where !names.contains(where: { $0 == event.lane }) { names.append(event.lane) }
        return names.sorted { ($0 == nil ? 0 : 1) < ($1 == nil ? 0 : 1) }
    }

    // MARK: Drawing

    public func draw() -> ChartDrawing {
        let lanes = self.lanes
        let laneAttributes = TextAttributes(font: font.bold, color: style.text)
        let laneLines = lanes.map { $0.map { measurer.lines(of: RichText($0, attributes: laneAttributes), width: width * 0.22, alignment: .left) } ?? [] }
        let laneColumn = laneLines.contains { !$0.isEmpty } ? (laneLines.flatMap { $0 }.map(\.width).max() ?? 0) + 10 : 0
        let plotLeft = laneColumn + 14, plotRight = width - 14
        let days = self.days
        let scale = (plotRight - plotLeft) / Double(max(days.count, 1))
        func x(_ day: Double) -> Double { plotLeft + (day - Double(days.lowerBound)) * scale }

        var items: [DisplayItem] = []
        var diagnostics: [Diagnostic] = []
        var y = 0.0
        // The "today" marker's label sits in a strip of its own above the lanes.
        var todayX: Double?
        if let today = timeline.today {
            let day = CalendarDay.span(of: today).lowerBound
            if days.contains(day) {
                todayX = x(Double(day))
                y += pitch + 4
            }
        }
        let lanesTop = y
        var laneBaselines: [Double] = []
        var laneItems: [[DisplayItem]] = []
        for (laneIndex, lane) in lanes.enumerated() {
            let color = style.color(laneIndex)
            let events = timeline.events.enumerated().filter { $0.element.lane == lane }
            // Markers and bars first: they are what labels must keep clear of. Bars go under every marker, so
            // that a milestone inside a span's bar stays visible, on a halo in the background colour.
            var bars: [DisplayItem] = [], markers: [DisplayItem] = []
            var obstacles: [Rect] = []
            var anchors: [(index: Int, x: Double, y: Double, reach: Double)] = []
            let tracks = Self.tracks(of: events.map(\.element))
            var trackBottom = 0.0
            for (position, (index, event)) in events.enumerated() {
                let span = event.days
                // Events reaching outside a given range are cut at its ends; those wholly outside are left out.
                let left = max(x(Double(span.lowerBound)), plotLeft), right = min(x(Double(span.upperBound)), plotRight)
                guard right > left || (right == left && span.count <= 1) else {
                    diagnostics.append(.chartWarning(.eventOutOfRange, "the event '\(event.label.plainText)' (\(text(of: event))) lies "
                                                     + "outside the timeline's range; it is left out", at: [.key("events"), .index(index)]))
                    continue
                }
                switch event.when {
                case .milestone(let date) where date.precision == .day:
                    let center = (left + right) / 2
                    let r = Self.markerRadius
                    markers.append(.fill(.circle(center: Point(x: center, y: 0), radius: r + 1.2), style.background))
                    markers.append(.fill(.circle(center: Point(x: center, y: 0), radius: r), color))
                    obstacles.append(Rect(x: center - r - 1.2, y: -r - 1.2, width: 2 * r + 2.4, height: 2 * r + 2.4))
                    anchors.append((index, center, 0, r + 1))
                case .milestone:
                    // A year, quarter or month: a capsule over the period it covers, with a dot at its middle.
                    // Inset so that milestones in adjacent periods (2024, 2025) stay visibly apart.
                    let half = 3.0, inset = min(1.5, (right - left) / 6)
                    let capsule = Rect(x: left + inset, y: -half, width: max(right - left - 2 * inset, 2 * half), height: 2 * half)
                    markers.append(.fill(.rect(capsule.insetBy(dx: -1.2, dy: -1.2)), style.background))
                    markers.append(.fill(.rect(capsule), color.mixed(with: .white, amount: 0.6)))
                    markers.append(.fill(.circle(center: Point(x: capsule.midX, y: 0), radius: 2.5), color))
                    obstacles.append(capsule.insetBy(dx: -1.2, dy: -1.2))
                    anchors.append((index, capsule.midX, 0, half + 1))
                case .span:
                    // Spans that overlap in time take tracks one under another, so that neither hides the other.
                    let barY = Double(tracks[position]) * (2 * Self.barHalfHeight + 2)
                    let bar = Rect(x: left, y: barY - Self.barHalfHeight, width: max(right - left, 2), height: 2 * Self.barHalfHeight)
                    bars.append(.fill(.rect(bar), color.mixed(with: .white, amount: 0.15)))
                    obstacles.append(bar.insetBy(dx: -1, dy: -1))
                    anchors.append((index, bar.midX, barY, Self.barHalfHeight + 1))
                    trackBottom = max(trackBottom, barY)
                }
            }
            // Then the labels, left to right (ties in the order written), each clear of everything placed.
            let labels = anchors.map { anchor in (anchor, label(for: timeline.events[anchor.index], at: anchor.index, noting: &diagnostics)) }
            // Labels of different events stay half an em apart, more than a label's own lines (a quarter em).
            let labelGap = font.size / 2
            let levelHeight = (labels.map(\.1.height).max() ?? pitch) + labelGap + 0.5
            // The lane's name, centred on its line in the column on the left, is an obstacle too.
            let nameHeight = Double(laneLines[laneIndex].count) * pitch
            let name = Rect(x: 0, y: -nameHeight / 2, width: laneColumn, height: nameHeight)
            var placer = LabelPlacer(minX: 0, maxX: width, firstOffset: Self.barHalfHeight + 4, levelHeight: levelHeight,
                                     maximumLevels: Self.maximumLevels, labelGap: labelGap, obstacles: obstacles + (nameHeight > 0 ? [name] : []))
            var top = -Self.barHalfHeight - 4, bottom = trackBottom + Self.barHalfHeight + 4
            var leaders: [DisplayItem] = [], placedItems: [DisplayItem] = []
            let ordered = labels.sorted(by: { ($0.0.x, $0.0.index) < ($1.0.x, $1.0.index) })
            for (position, (anchor, label)) in ordered.enumerated() {
                // Only anchors a label could cover matter; they come next, in order of x.
                let pending = ordered[(position + 1)...].prefix { $0.0.x <= anchor.x + labelWidth + 12 }.map(\.0.x)
                guard let placement = placer.place(size: Size(width: label.width, height: label.height), anchorX: anchor.x, anchorY: anchor.y,
                                                   markerReach: anchor.reach, pending: pending) else {
                    diagnostics.append(.chartWarning(.unplacedLabel, "the label of the event '\(timeline.events[anchor.index].label.plainText)' "
                                                     + "could not be placed without overlapping others and is left out; a wider chart "
                                                     + "or fewer events would make room", at: [.key("events"), .index(anchor.index)]))
                    continue
                }
                leaders.append(.stroke(.line(from: placement.leaderStart, to: placement.leaderEnd),
                                       StrokeStyle(color: style.muted, width: 0.5)))
                // Labels sit on their own background, over every leader: a leader passing behind is hidden.
                placedItems.append(.fill(.rect(placement.box.insetBy(dx: -1, dy: -0.5)), style.background))
                for (row, line) in label.lines.enumerated() {
                    placedItems.append(.text(line, origin: Point(x: placement.box.minX, y: placement.box.minY + Double(row) * pitch + label.baseline)))
                }
                top = min(top, placement.box.minY)
                bottom = max(bottom, placement.box.maxY)
            }
            let baseline = y - top + 4
            laneBaselines.append(baseline)
            laneItems.append([.stroke(.line(from: Point(x: plotLeft, y: 0), to: Point(x: plotRight, y: 0)),
                                      StrokeStyle(color: style.grid, width: 1))] + leaders + bars + markers + placedItems)
            y = baseline + bottom + 4
        }
        let lanesBottom = y
        // Axis, ticks and grid.
        let tickAttributes = TextAttributes(font: smallFont, color: style.axis)
        let ticks = CalendarTicks(days: days, width: plotRight - plotLeft, dates: style.dates) {
            measurer.line(of: RichText($0, attributes: tickAttributes)).width
        }
        let axisY = lanesBottom + 2
        for tick in ticks.ticks {
            let tickX = x(Double(tick.day))
            items.append(.stroke(.line(from: Point(x: tickX, y: lanesTop), to: Point(x: tickX, y: axisY)), StrokeStyle(color: style.grid, width: 0.5)))
        }
        // Under the lanes, so that labels (on their own background) are never crossed by it.
        if let todayX {
            items.append(.stroke(.line(from: Point(x: todayX, y: lanesTop - 2), to: Point(x: todayX, y: axisY)),
                                 StrokeStyle(color: style.accent, width: 1, dash: [3, 2])))
            let today = timeline.today.map { style.labels.asOf(text(of: $0)) } ?? ""
            let line = measurer.line(of: RichText(today, attributes: TextAttributes(font: smallFont.bold, color: style.accent)))
            let labelX = min(max(todayX - line.width / 2, 0), width - line.width)
            items.append(.text(line, origin: Point(x: labelX, y: line.ascent)))
        }
        for (index, baseline) in laneBaselines.enumerated() {
            items += laneItems[index].map { $0.offsetBy(dx: 0, dy: baseline) }
            if let first = laneLines[index].first {
                let lines = laneLines[index]
                let top = baseline - Double(lines.count) * pitch / 2
                for (row, line) in lines.enumerated() {
                    items.append(.text(line, origin: Point(x: 0, y: top + Double(row) * pitch + first.ascent)))
                }
            }
        }
        items.append(.stroke(.line(from: Point(x: plotLeft, y: axisY), to: Point(x: plotRight, y: axisY)), StrokeStyle(color: style.axis, width: 0.8)))
        var tickBottom = axisY
        for tick in ticks.ticks {
            let tickX = x(Double(tick.day))
            items.append(.stroke(.line(from: Point(x: tickX, y: axisY), to: Point(x: tickX, y: axisY + 3)), StrokeStyle(color: style.axis, width: 0.8)))
            let line = measurer.line(of: RichText(tick.label, attributes: tickAttributes))
            let labelX = min(max(tickX - line.width / 2, 0), width - line.width)
            items.append(.text(line, origin: Point(x: labelX, y: axisY + 4 + line.ascent)))
            tickBottom = max(tickBottom, axisY + 4 + line.ascent + line.descent)
        }
        return ChartDrawing(size: Size(width: width, height: tickBottom + 2), items: items, diagnostics: diagnostics,
                            alt: timeline.alt ?? TimelineAltText.describe(timeline, dates: text(of:), labels: style.labels))
    }

    /// The track of each event in a lane: spans take the first track free at their start (greedy interval
    /// partitioning, in the order written); milestones stay on the lane's line.
    static func tracks(of events: [TimelineEvent]) -> [Int] {
        var trackEnds: [Int] = []
        var result = Array(repeating: 0, count: events.count)
        for (position, event) in events.enumerated() {
            guard case .span = event.when else { continue }
            let days = event.days
            if let free = trackEnds.firstIndex(where: { $0 <= days.lowerBound }) {
                result[position] = free
                trackEnds[free] = days.upperBound
            } else {
                result[position] = trackEnds.count
                trackEnds.append(days.upperBound)
            }
        }
        return result
    }

    /// A measured label: the date in small muted type, then the label wrapped to two lines at most.
    private struct Label {
        var lines: [TextLine]
        var width: Double
        var height: Double
        var baseline: Double
    }

    /// The label of `event` (at `index` of the timeline's events); what had to be cut short is noted.
    private func label(for event: TimelineEvent, at index: Int, noting diagnostics: inout [Diagnostic]) -> Label {
        let dateLine = measurer.line(of: RichText(text(of: event), attributes: TextAttributes(font: smallFont, color: style.muted)))
        var labelLines = measurer.lines(of: RichText(event.label.plainText, attributes: TextAttributes(font: font, color: style.text)),
                                        width: labelWidth, alignment: .left)
        if labelLines.count > 2 {
            diagnostics.append(.chartWarning(.textShortened, "the label of the event '\(event.label.plainText)' takes \(labelLines.count) lines; "
                                             + "its first two are shown", at: [.key("events"), .index(index), .key("label")]))
            labelLines = Array(labelLines.prefix(2))
        }
        var lines = [dateLine] + labelLines
        if let detail = event.detail {
            let detailLines = measurer.lines(of: RichText(detail.plainText, attributes: TextAttributes(font: smallFont.italicized, color: style.muted)),
                                             width: labelWidth, alignment: .left)
            if detailLines.count > 1 {
                diagnostics.append(.chartWarning(.textShortened, "the detail of the event '\(event.label.plainText)' takes \(detailLines.count) "
                                                 + "lines; its first is shown", at: [.key("events"), .index(index), .key("detail")]))
            }
            lines += detailLines.prefix(1)
        }
        let width = lines.map { $0.minX + $0.width }.max() ?? 0
        return Label(lines: lines, width: width, height: Double(lines.count) * pitch, baseline: font.size * 0.95)
    }
}
