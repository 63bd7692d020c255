import FolioCore
import FolioGraphics
import FolioModel

extension LineChart {
    /// A line chart's annotations laid out above its plot: each label in a strip over the plot, placed clear
    /// of the others as timeline labels are, with a leader down to the plot's top edge, where a dashed line
    /// runs on down through the plot. Coordinates have y = 0 at the plot's top edge; labels lie above it.
    struct Annotations {
        var labels: [DisplayItem] = []
        /// How many of `labels` are leaders, at its start.
        var leaderCount = 0
        /// The x of each annotation's line.
        var lines: [Double] = []
        /// How far above the plot the labels reach.
        var height: Double = 0
        var diagnostics: [Diagnostic] = []
    }

    /// Where `annotation` stands between `left` and `right`, given the categories' `xs`; nil when outside the axis.
    func x(of annotation: ChartAnnotation, xs: [Double], left: Double, right: Double) -> Double? {
        switch annotation.position {
        case .category(let name):
            return chart.categories.firstIndex(of: name).map { xs[$0] }
        case .date(let date):
            let day = CalendarDay.span(of: date).lowerBound
            if let days = categoryDays, let first = days.first, let last = days.last, last > first {
                guard day >= first, day <= last else { return nil }
                return left + Double(day - first) / Double(last - first) * (right - left)
            }
            // Categories not on a calendar axis (one date, or out of order): the category of that date.
            return chart.categoryDates?.firstIndex(where: { CalendarDay.span(of: $0).lowerBound == day }).map { xs[$0] }
        }
    }

    /// The annotations placed over a plot from `left` to `right`; `keepClear` (the top tick's label) is an obstacle.
    func annotations(xs: [Double], left: Double, right: Double, keepClear: [Rect]) -> Annotations {
        var result = Annotations()
        guard !chart.annotations.isEmpty else { return result }
        let attributes = TextAttributes(font: smallFont, color: style.text)
        let sample = measurer.line(of: RichText("0", attributes: attributes))
        let pitch = max(smallFont.size * 1.2, sample.ascent + sample.descent)
        let labelWidth = min(130, max(60, width / 4))
        var anchored: [(index: Int, x: Double, lines: [TextLine])] = []
        for (index, annotation) in chart.annotations.enumerated() {
            guard let x = x(of: annotation, xs: xs, left: left, right: right) else {
                result.diagnostics.append(.chartWarning(.eventOutOfRange, "the annotation '\(annotation.label.plainText)' lies outside the "
                                                        + "chart's axis; it is left out", at: [.key("annotations"), .index(index)]))
                continue
            }
            var lines = measurer.lines(of: RichText(annotation.label.plainText, attributes: attributes), width: labelWidth, alignment: .left)
            if lines.count > 2 {
                result.diagnostics.append(.chartWarning(.textShortened, "the annotation '\(annotation.label.plainText)' takes \(lines.count) "
                                                        + "lines; its first two are shown", at: [.key("annotations"), .index(index), .key("label")]))
                lines = Array(lines.prefix(2))
            }
            anchored.append((index, x, lines))
        }
        let gap = smallFont.size / 2
        let heights = anchored.map { Double($0.lines.count) * pitch }
        var placer = LabelPlacer(minX: 0, maxX: width, firstOffset: 6, levelHeight: (heights.max() ?? pitch) + gap + 0.5,
                                 maximumLevels: 6, labelGap: gap, allowsBelow: false, obstacles: keepClear)
        // Right to left, each a flag starting at its line: a label to the left steps up over those placed,
        // and its leader passes clear of them.
        let ordered = anchored.sorted { ($0.x, $1.index) > ($1.x, $0.index) }
        for (position, annotation) in ordered.enumerated() {
            let width = annotation.lines.map { $0.minX + $0.width }.max() ?? 0
            let height = Double(annotation.lines.count) * pitch
            let pending = ordered[(position + 1)...].map(\.x)
            guard let placement = placer.place(size: Size(width: width, height: height), anchorX: annotation.x, markerReach: 0,
                                               pending: pending, flag: true) else {
                result.diagnostics.append(.chartWarning(.unplacedLabel, "the annotation '\(chart.annotations[annotation.index].label.plainText)' "
                                                        + "could not be placed without overlapping others and is left out",
                                                        at: [.key("annotations"), .index(annotation.index)]))
                continue
            }
            result.lines.append(annotation.x)
            // Leaders go first: every label is drawn over them on its own background, as on timelines.
            result.labels.insert(.stroke(.line(from: placement.leaderStart, to: placement.leaderEnd), StrokeStyle(color: style.muted, width: 0.6)),
                                 at: result.leaderCount)
            result.leaderCount += 1
            result.labels.append(.fill(.rect(placement.box.insetBy(dx: -1, dy: -0.5)), style.background))
            for (row, line) in annotation.lines.enumerated() {
                result.labels.append(.text(line, origin: Point(x: placement.box.minX, y: placement.box.minY + Double(row) * pitch + line.ascent)))
            }
            result.height = max(result.height, -placement.box.minY)
        }
        return result
    }
}
