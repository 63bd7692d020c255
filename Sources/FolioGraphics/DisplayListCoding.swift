import Foundation

/// Writes display items as compact bytes, exactly: every number as its bits, so that items read back draw
/// the same bytes. For keeping laid-out pages out of memory until they are drawn (`DisplayListReader`).
///
/// Images are not copied: each is written as its place in `images`, which the reader is given back.
public struct DisplayListWriter {
    public private(set) var bytes: [UInt8] = []
    /// The images met so far, in the order of their numbers.
    public private(set) var images: [ImageSource] = []

    public init(images: [ImageSource] = []) {
        self.images = images
    }

    /// Starts the next run of bytes, keeping the images met so far.
    public mutating func removeAllBytes() {
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func write(_ items: [DisplayItem]) {
        write(items.count)
        for item in items { write(item) }
    }

    public mutating func write(_ item: DisplayItem) {
        switch item {
        case .fill(let path, let color):
            byte(0); write(path); write(color)
        case .stroke(let path, let style):
            byte(1); write(path); write(style.color); write(style.width)
            write(style.dash.count)
            for length in style.dash { write(length) }
            byte(style.lineCap == .butt ? 0 : style.lineCap == .round ? 1 : 2)
        case .text(let line, let origin):
            byte(2); write(line); write(origin)
        case .image(let image, let frame):
            byte(3)
            // Few images, each met on few pages: a linear search is enough.
            if let index = images.firstIndex(of: image) {
                write(index)
            } else {
                write(images.count)
                images.append(image)
            }
            write(frame)
        case .link(let target, let area):
            byte(4); write(target); write(area)
        case .anchor(let name, let point):
            byte(5); write(name); write(point)
        case .structure(.begin(let role)):
            byte(6); write(role)
        case .structure(.end):
            byte(7)
        case .group(let group):
            byte(8)
            write(group.items)
            if let transform = group.transform {
                byte(1)
                for value in [transform.a, transform.b, transform.c, transform.d, transform.tx, transform.ty] { write(value) }
            } else {
                byte(0)
            }
            if let clip = group.clip { byte(1); write(clip) } else { byte(0) }
        }
    }

    public mutating func write(_ line: TextLine) {
        write(line.minX); write(line.width); write(line.ascent); write(line.descent)
        byte(line.startsParagraph ? 1 : 0)
        write(line.runs.count)
        for run in line.runs {
            write(Int(run.font.rawValue)); write(run.color); write(run.x); write(run.width)
            write(run.text); byte(run.isRightToLeft ? 1 : 0); write(run.logicalOffset)
            if let link = run.link { byte(1); write(link) } else { byte(0) }
            // A glyph in about seven bytes, not sixteen: its id and the step from the last cluster as short
            // integers, its x as its bits, its y only when some glyph of the run has one.
            write(run.glyphs.count)
            let hasY = run.glyphs.contains { $0.y.bitPattern != 0 }
            byte(hasY ? 1 : 0)
            var cluster: Int64 = 0
            for glyph in run.glyphs {
                write(Int(glyph.id))
                word(glyph.x.bitPattern)
                if hasY { word(glyph.y.bitPattern) }
                write(Int(Int64(glyph.cluster) - cluster))
                cluster = Int64(glyph.cluster)
            }
        }
    }

    public mutating func write(_ role: StructureRole) {
        switch role {
        case .heading(let level): byte(0); write(level)
        case .paragraph: byte(1)
        case .list: byte(2)
        case .listItem: byte(3)
        case .listLabel: byte(4)
        case .listBody: byte(5)
        case .figure(let alt): byte(6); write(alt)
        case .caption: byte(7)
        case .blockQuote: byte(8)
        case .code: byte(9)
        case .note: byte(10)
        case .table: byte(11)
        case .tableHead: byte(12)
        case .tableBody: byte(13)
        case .tableRow: byte(14)
        case .tableHeaderCell(let scope, let span): byte(15); write(scope.rawValue); write(span.rows); write(span.columns)
        case .tableCell(let span): byte(16); write(span.rows); write(span.columns)
        case .tableOfContents: byte(17)
        case .tableOfContentsItem: byte(18)
        case .span: byte(19)
        case .link(let target, let area):
            byte(20); write(target)
            if let area { byte(1); write(area) } else { byte(0) }
        case .artifact(let kind): byte(21); write(kind.rawValue)
        case .section(let language): byte(22); write(language)
        case .language(let language): byte(23); write(language)
        }
    }

    public mutating func write(_ target: LinkTarget) {
        switch target {
        case .external(let url): byte(0); write(url)
        case .internal(let name): byte(1); write(name)
        }
    }

    public mutating func write(_ path: Path) {
        write(path.elements.count)
        for element in path.elements {
            switch element {
            case .move(let point): byte(0); write(point)
            case .line(let point): byte(1); write(point)
            case .curve(let point, let control1, let control2): byte(2); write(point); write(control1); write(control2)
            case .close: byte(3)
            }
        }
    }

    public mutating func write(_ color: Color) {
        write(color.red); write(color.green); write(color.blue); write(color.alpha)
    }

    public mutating func write(_ rect: Rect) {
        write(rect.origin); write(rect.size.width); write(rect.size.height)
    }

    public mutating func write(_ point: Point) {
        write(point.x); write(point.y)
    }

    public mutating func write(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    /// An integer, seven bits a byte (zigzag, so that small negative numbers stay short).
    public mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ flag: Bool) {
        byte(flag ? 1 : 0)
    }

    private mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    private mutating func word(_ value: UInt32) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
    }
}

/// Reads back what a `DisplayListWriter` wrote, with the writer's images.
///
/// The bytes are Folio's own, written in the same run: a reader that meets what no writer writes has been given
/// damaged bytes, and stops with `Damaged` rather than guess.
public struct DisplayListReader {
    /// Bytes that no writer wrote.
    public struct Damaged: Error {
        public init() {}
    }

    private let bytes: [UInt8]
    private var offset = 0
    private let images: [ImageSource]

    public init(_ bytes: [UInt8], images: [ImageSource]) {
        self.bytes = bytes
        self.images = images
    }

    public mutating func items() throws(Damaged) -> [DisplayItem] {
        let count = try count()
        var items: [DisplayItem] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try item()) }
        return items
    }

    public mutating func item() throws(Damaged) -> DisplayItem {
        switch try byte() {
        case 0: return .fill(try path(), try color())
        case 1:
            let path = try path(), color = try color(), width = try double()
            var dash: [Double] = []
            for _ in 0..<(try count()) { dash.append(try double()) }
            let cap: StrokeStyle.LineCap = switch try byte() { case 0: .butt; case 1: .round; default: .square }
            return .stroke(path, StrokeStyle(color: color, width: width, dash: dash, lineCap: cap))
        case 2: return .text(try textLine(), origin: try point())
        case 3:
            let index = try int()
            guard images.indices.contains(index) else { throw Damaged() }
            return .image(images[index], frame: try rect())
        case 4: return .link(try linkTarget(), area: try rect())
        case 5: return .anchor(try string(), at: try point())
        case 6: return .structure(.begin(try role()))
        case 7: return .structure(.end)
        case 8:
            let items = try items()
            var transform: Transform?
            if try byte() == 1 {
                transform = Transform(a: try double(), b: try double(), c: try double(), d: try double(), tx: try double(), ty: try double())
            }
            let clip = try byte() == 1 ? try rect() : nil
            return .group(Group(items: items, transform: transform, clip: clip))
        default: throw Damaged()
        }
    }

    public mutating func textLine() throws(Damaged) -> TextLine {
        let minX = try double(), width = try double(), ascent = try double(), descent = try double()
        let startsParagraph = try byte() == 1
        let runCount = try count()
        var runs: [GlyphRun] = []
        runs.reserveCapacity(runCount)
        for _ in 0..<runCount {
            let font = FontID(Int32(truncatingIfNeeded: try int()))
            let color = try color(), x = try double(), runWidth = try double()
            let text = try string(), isRightToLeft = try byte() == 1, logicalOffset = try int()
            let link = try byte() == 1 ? try linkTarget() : nil
            let glyphCount = try count()
            let hasY = try byte() == 1
            // Each glyph takes at least six bytes: a count beyond that is damage, not a reason to allocate.
            guard glyphCount <= (bytes.count - offset) / 6 else { throw Damaged() }
            var glyphs: [Glyph] = []
            glyphs.reserveCapacity(glyphCount)
            var cluster: Int64 = 0
            for _ in 0..<glyphCount {
                guard let id = UInt32(exactly: try int()), offset + (hasY ? 8 : 4) <= bytes.count else { throw Damaged() }
                let x = Float(bitPattern: word()), y = hasY ? Float(bitPattern: word()) : 0
                cluster += Int64(try int())
                guard let glyphCluster = UInt32(exactly: cluster) else { throw Damaged() }
                glyphs.append(Glyph(id: id, x: x, y: y, cluster: glyphCluster))
            }
            runs.append(GlyphRun(font: font, color: color, x: x, width: runWidth, glyphs: glyphs, text: text, isRightToLeft: isRightToLeft,
                                 link: link, logicalOffset: logicalOffset))
        }
        return TextLine(runs: runs, minX: minX, width: width, ascent: ascent, descent: descent, startsParagraph: startsParagraph)
    }

    public mutating func role() throws(Damaged) -> StructureRole {
        switch try byte() {
        case 0: return .heading(level: try int())
        case 1: return .paragraph
        case 2: return .list
        case 3: return .listItem
        case 4: return .listLabel
        case 5: return .listBody
        case 6: return .figure(alt: try string())
        case 7: return .caption
        case 8: return .blockQuote
        case 9: return .code
        case 10: return .note
        case 11: return .table
        case 12: return .tableHead
        case 13: return .tableBody
        case 14: return .tableRow
        case 15:
            guard let scope = TableHeaderScope(rawValue: try string()) else { throw Damaged() }
            return .tableHeaderCell(scope: scope, span: TableCellSpan(rows: try int(), columns: try int()))
        case 16: return .tableCell(span: TableCellSpan(rows: try int(), columns: try int()))
        case 17: return .tableOfContents
        case 18: return .tableOfContentsItem
        case 19: return .span
        case 20:
            let target = try linkTarget()
            return .link(target, area: try byte() == 1 ? try rect() : nil)
        case 21:
            guard let kind = ArtifactKind(rawValue: try string()) else { throw Damaged() }
            return .artifact(kind)
        case 22: return .section(language: try string())
        case 23: return .language(try string())
        default: throw Damaged()
        }
    }

    public mutating func linkTarget() throws(Damaged) -> LinkTarget {
        switch try byte() {
        case 0: return .external(try string())
        case 1: return .internal(try string())
        default: throw Damaged()
        }
    }

    public mutating func path() throws(Damaged) -> Path {
        let count = try count()
        var elements: [Path.Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            switch try byte() {
            case 0: elements.append(.move(to: try point()))
            case 1: elements.append(.line(to: try point()))
            case 2: elements.append(.curve(to: try point(), control1: try point(), control2: try point()))
            case 3: elements.append(.close)
            default: throw Damaged()
            }
        }
        return Path(elements: elements)
    }

    public mutating func color() throws(Damaged) -> Color {
        Color(red: try double(), green: try double(), blue: try double(), alpha: try double())
    }

    public mutating func rect() throws(Damaged) -> Rect {
        let origin = try point()
        return Rect(origin: origin, size: Size(width: try double(), height: try double()))
    }

    public mutating func point() throws(Damaged) -> Point {
        Point(x: try double(), y: try double())
    }

    public mutating func double() throws(Damaged) -> Double {
        guard offset + 8 <= bytes.count else { throw Damaged() }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return Double(bitPattern: bits)
    }

    public mutating func int() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Damaged() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    public mutating func string() throws(Damaged) -> String {
        let count = try count()
        guard offset + count <= bytes.count else { throw Damaged() }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    public mutating func bool() throws(Damaged) -> Bool {
        try byte() == 1
    }

    /// A count, which cannot be more than the bytes left.
    private mutating func count() throws(Damaged) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - offset else { throw Damaged() }
        return value
    }

    private mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Four bytes; the caller has checked that they are there.
    private mutating func word() -> UInt32 {
        defer { offset += 4 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
