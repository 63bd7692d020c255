import FolioCharts
import FolioGraphics
import FolioStyle
import FolioTesting

/// What a drawn chart shows, as boxes in the chart's coordinates: its words and its marks (bars, points).
struct ChartGeometry {
    var texts: [(text: String, box: Rect)] = []
    var marks: [Rect] = []
    /// Rectangles filled in the background colour: the backgrounds labels sit on, and halos.
    var backgrounds: [Rect] = []

    /// The boxes of `drawing`'s items; fills in `background` (label backgrounds) are not marks.
    init(_ drawing: ChartDrawing, background: Color = .white) {
        collect(drawing.items, transform: .identity, background: background)
    }

    private mutating func collect(_ items: [DisplayItem], transform: Transform, background: Color) {
        for item in items {
            switch item {
            case .text(let line, let origin):
                texts.append((line.text, Self.bounds(of: line.bounds(at: origin), under: transform)))
            case .fill(let path, let color) where color != background:
                if let box = path.controlBounds { marks.append(Self.bounds(of: box, under: transform)) }
            case .fill(let path, _):
                if let box = path.controlBounds { backgrounds.append(Self.bounds(of: box, under: transform)) }
            case .group(let group):
                let inner = group.transform.map { transform.concatenating($0) } ?? transform
                collect(group.items, transform: inner, background: background)
            default:
                break
            }
        }
    }

    static func bounds(of rect: Rect, under transform: Transform) -> Rect {
        let corners = [Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
                       Point(x: rect.minX, y: rect.maxY), Point(x: rect.maxX, y: rect.maxY)].map(transform.apply)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    /// Pairs of words whose boxes overlap by more than a hair.
    var overlappingTexts: [(String, String)] {
        var pairs: [(String, String)] = []
        for i in texts.indices {
            for j in texts.indices where j > i && Self.overlap(texts[i].box, texts[j].box) {
                pairs.append((texts[i].text, texts[j].text))
            }
        }
        return pairs
    }

    /// Labels (the words on one background) less than `gap` apart, as pairs of their first words.
    func labelsCloserThan(_ gap: Double) -> [(String, String, Double)] {
        let labels: [(String, Rect)] = backgrounds.compactMap { background in
            let inside = texts.filter { background.contains($0.box, tolerance: 0.5) }
            guard let first = inside.first else { return nil }
            return (first.text, inside.dropFirst().reduce(first.box) { $0.union($1.box) })
        }
        var pairs: [(String, String, Double)] = []
        for i in labels.indices {
            for j in labels.indices where j > i {
                let a = labels[i].1, b = labels[j].1
                let separation = max(b.minX - a.maxX, a.minX - b.maxX, b.minY - a.maxY, a.minY - b.maxY)
                if separation < gap - 0.01 { pairs.append((labels[i].0, labels[j].0, separation)) }
            }
        }
        return pairs
    }

    /// Words that overlap a mark.
    var textsOverMarks: [String] {
        texts.filter { text in marks.contains { Self.overlap(text.box, $0) } }.map(\.text)
    }

    /// Words reaching outside `size`.
    func textsOutside(_ size: Size) -> [String] {
        texts.filter { $0.box.minX < -0.01 || $0.box.minY < -0.01 || $0.box.maxX > size.width + 0.01 || $0.box.maxY > size.height + 0.01 }
            .map(\.text)
    }

    static func overlap(_ a: Rect, _ b: Rect) -> Bool {
        min(a.maxX, b.maxX) - max(a.minX, b.minX) > 0.01 && min(a.maxY, b.maxY) - max(a.minY, b.minY) > 0.01
    }
}

extension Rect {
    /// The smallest rectangle holding both.
    func union(_ other: Rect) -> Rect {
        let minX = min(self.minX, other.minX), minY = min(self.minY, other.minY)
        return Rect(x: minX, y: minY, width: max(maxX, other.maxX) - minX, height: max(maxY, other.maxY) - minY)
    }
}

extension Transform {
    /// This transform applied after `inner`: points go through `inner` first.
    func concatenating(_ inner: Transform) -> Transform {
        Transform(a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
                  c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
                  tx: a * inner.tx + c * inner.ty + tx, ty: b * inner.tx + d * inner.ty + ty)
    }
}

/// The default style's chart style, in English, for tests.
let testChartStyle = ChartStyle(style: .standard, language: "en")
