import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import FolioTesting
import Testing

/// Sparklines in table cells: drawn inside their cell, as tall as the text's capitals and standing on its
/// baseline, the last point marked, and said in words inside the cell's TD as a Figure.
@Suite struct SparklineLayoutTests {
    let style = Style.standard

    func record(_ rows: [[TableCell]]) throws -> RecordingTarget {
        let table = Table(columns: [TableColumn(title: "Stock"), TableColumn(title: "Trend")], rows: rows.map { TableRow(cells: $0) })
        let briefing = Briefing(title: "Sparklines", sections: [Section(title: "S", blocks: [.table(table)])])
        return try LayoutFixtures.record(briefing).1
    }

    /// The drawing commands inside each Figure, with the structure elements around it.
    func figures(_ target: RecordingTarget) -> [(alt: String, parents: [StructureRole], commands: [RecordingTarget.Command])] {
        var roles: [StructureRole] = []
        var figures: [(String, [StructureRole], [RecordingTarget.Command])] = []
        for command in target.commands {
            switch command {
            case .beginStructure(let role):
                if case .figure(let alt) = role { figures.append((alt, roles, [])) }
                roles.append(role)
            case .endStructure: _ = roles.popLast()
            default:
                if case .figure = roles.last { figures[figures.count - 1].2.append(command) }
            }
        }
        return figures
    }

    @Test func aSparklineStandsInItsCellOnTheBaselineAndSaysItsTrend() throws {
        let target = try record([
            [TableCell(text: "MSFT"), TableCell(text: "", sparkline: [29.67, 25.35, 21.83, 20.93, 28.51])],
            [TableCell(text: "GOOG"), TableCell(text: "", sparkline: [nil, nil, 159.48, 286.47, 538.98])],
        ])
        let figures = figures(target)
        #expect(figures.map(\.alt) == ["29.67 → 28.51, lowest 20.93, highest 29.67", "159.48 → 538.98, lowest 159.48, highest 538.98"])
        for figure in figures {
            #expect(figure.parents.contains { if case .tableCell = $0 { true } else { false } }, "\(figure.parents)")
        }
        let texts = target.commands.compactMap { command -> (String, Rect)? in
            if case .text(let text, let bounds) = command { (text, bounds) } else { nil }
        }
        let size = style.fonts.table.size
        for (figure, name) in zip(figures, ["MSFT", "GOOG"]) {
            var bounds: [Rect] = []
            var marks = 0
            for command in figure.commands {
                switch command {
                case .stroke(let path, _): bounds += path.controlBounds.map { [$0] } ?? []
                case .fill(let path, _): bounds += path.controlBounds.map { [$0] } ?? []; marks += 1
                default: break
                }
            }
            #expect(marks == 1, "the last point is marked once")
            guard let first = bounds.first, let row = texts.first(where: { $0.0 == name })?.1 else {
                Issue.record("nothing drawn for \(name)")
                continue
            }
            let drawn = bounds.dropFirst().reduce(first) { box, next in
                Rect(x: min(box.minX, next.minX), y: min(box.minY, next.minY),
                     width: max(box.maxX, next.maxX) - min(box.minX, next.minX), height: max(box.maxY, next.maxY) - min(box.minY, next.minY))
            }
            // As tall as capitals (three quarters of the size), on the row's line, right of the name, five ems at most.
            #expect(drawn.height <= size * 0.75 + 0.01 && drawn.height >= size * 0.5, "\(drawn)")
            #expect(drawn.minY >= row.minY - 0.5 && drawn.maxY <= row.maxY + 0.5, "\(drawn) against the row's text \(row)")
            #expect(drawn.minX > row.maxX && drawn.width <= size * 5 + 0.01, "\(drawn)")
        }
    }
}
