import FolioCore

/// A laid-out document as text, one line an item: what snapshot tests compare, and what a person reads to see
/// what the layout did.
///
/// Positions and sizes are in points rounded to 0.01, colours are `#rrggbb`, fonts are named by face and size
/// (never by id: ids depend on which thread measured), and each glyph run shows its font, colour and text.
/// Every line of a page starts with `p` and the page's number, so any line of a diff says where it is; the
/// items inside a structure element or a group are indented under it.
public enum LayoutDump {
    /// The dump of `document`, ending with a newline.
    public static func text(of document: PagedDocument) -> String {
        var writer = Writer(fonts: document.fonts)
        writer.header(document)
        for (index, page) in document.pages.enumerated() {
            writer.page(page, number: index + 1, of: document.pages.count)
        }
        writer.prefix = ""
        writer.depth = 0
        for diagnostic in document.diagnostics {
            var text = "\(diagnostic.severity.rawValue) [\(diagnostic.code)]"
            if let path = diagnostic.path { text += " \(path)" }
            writer.line(text + ": \(diagnostic.message)")
        }
        return writer.output
    }

    /// Writes the dump line by line, keeping the indentation of open elements and groups.
    private struct Writer {
        let fonts: FontTable
        var output = ""
        var prefix = ""
        var depth = 0
        /// The structure elements open, innermost last, so that an end says what it ends.
        var open: [StructureRole] = []

        init(fonts: FontTable) {
            self.fonts = fonts
        }

        mutating func line(_ text: String) {
            output += prefix + String(repeating: "  ", count: depth) + text + "\n"
        }

        mutating func header(_ document: PagedDocument) {
            let metadata = document.metadata
            line("document \(quoted(metadata.title)) language=\(metadata.language) pages=\(document.pages.count)")
            if let subject = metadata.subject { line("subject \(quoted(subject))") }
            if !metadata.authors.isEmpty { line("authors " + metadata.authors.map(quoted).joined(separator: ", ")) }
            if !metadata.keywords.isEmpty { line("keywords " + metadata.keywords.map(quoted).joined(separator: ", ")) }
            if let date = metadata.creationDate { line("created \(date)") }
            // By name: the same faces list the same way whichever thread issued their ids.
            let faces = Set(fonts.faces.values.map { face in
                "font \(face.name) (\(face.file.split(separator: "/").last.map(String.init) ?? "no file")#\(face.index))"
            })
            for face in faces.sorted() { line(face) }
            for entry in document.outline {
                line("outline \(entry.level) \(quoted(entry.title)) page \(entry.pageIndex + 1) y=\(number(entry.y))")
            }
        }

        mutating func page(_ page: Page, number pageNumber: Int, of count: Int) {
            prefix = ""
            depth = 0
            var heading = "page \(pageNumber) of \(count): \(number(page.size.width)) × \(number(page.size.height))"
            if let label = page.label { heading += ", label \(quoted(label))" }
            line(heading)
            prefix = "p\(pageNumber) "
            depth = open.count
            items(page.items)
        }

        mutating func items(_ items: [DisplayItem]) {
            for item in items { self.item(item) }
        }

        mutating func item(_ item: DisplayItem) {
            switch item {
            case .fill(let path, let color):
                line("fill \(describe(path)) \(hex(color))")
            case .stroke(let path, let style):
                var text = "stroke \(describe(path)) \(number(style.width)) \(hex(style.color))"
                if !style.dash.isEmpty { text += " dash=" + style.dash.map(number).joined(separator: ",") }
                if style.lineCap != .butt { text += " cap=\(style.lineCap)" }
                line(text)
            case .text(let textLine, let origin):
                line("text \(point(origin)) w=\(number(textLine.width))" + (textLine.minX == 0 ? "" : " x+\(number(textLine.minX))")
                     + textLine.runs.map(describe).joined())
            case .image(let image, let frame):
                line("image \(image.format.rawValue) \(image.pixelWidth)×\(image.pixelHeight)px \(checksum(image.data)) "
                     + "in \(rect(frame))")
            case .link(let target, let area):
                line("link \(describe(target)) area \(rect(area))")
            case .anchor(let name, let at):
                line("anchor \(quoted(name)) at \(point(at))")
            case .structure(.begin(let role)):
                line("begin \(describe(role))")
                open.append(role)
                depth += 1
            case .structure(.end):
                depth = max(0, depth - 1)
                let role = open.popLast()
                line("end \(role?.structureType ?? "(nothing open)")")
            case .group(let group):
                var text = "group"
                if let transform = group.transform {
                    text += " transform " + [transform.a, transform.b, transform.c, transform.d, transform.tx, transform.ty]
                        .map(number).joined(separator: ",")
                }
                if let clip = group.clip { text += " clip \(rect(clip))" }
                line(text)
                depth += 1
                items(group.items)
                depth -= 1
                line("end group")
            }
        }

        func describe(_ run: GlyphRun) -> String {
            let font = fonts[run.font]?.name ?? "font #\(run.font.rawValue)?"
            var text = " ["
            if run.x != 0 { text += "@\(number(run.x)) " }
            text += "\(font) \(hex(run.color))"
            if run.isRightToLeft { text += " rtl" }
            if let link = run.link { text += " \(describe(link))" }
            return text + " \(quoted(run.text))]"
        }

        func describe(_ role: StructureRole) -> String {
            switch role {
            case .figure(let alt): "Figure alt=\(quoted(alt))"
            case .tableHeaderCell(let scope, let span): "TH scope=\(scope.rawValue)" + describe(span)
            case .tableCell(let span): "TD" + describe(span)
            case .artifact(let kind): "Artifact \(kind.rawValue)"
            case .section(let language): "Sect lang=\(language)"
            case .language(let language): "(in language \(language))"
            case .link(let target, let area): "Link \(describe(target))" + (area.map { " area \(rect($0))" } ?? "")
            default: role.structureType
            }
        }

        func describe(_ span: TableCellSpan) -> String {
            (span.rows > 1 ? " rows=\(span.rows)" : "") + (span.columns > 1 ? " columns=\(span.columns)" : "")
        }

        func describe(_ target: LinkTarget) -> String {
            switch target {
            case .external(let uri): "→ \(uri)"
            case .internal(let name): "→ #\(name)"
            }
        }

        /// A rectangle or a straight line by its corners or ends, any other path by its points.
        func describe(_ path: Path) -> String {
            let elements = path.elements
            if elements.count == 2, case .move(let start) = elements[0], case .line(let end) = elements[1] {
                return "line \(point(start)) → \(point(end))"
            }
            if elements.count == 5, case .move(let a) = elements[0], case .line(let b) = elements[1],
               case .line(let c) = elements[2], case .line(let d) = elements[3], case .close = elements[4],
               a.y == b.y, b.x == c.x, c.y == d.y, d.x == a.x {
                return "rect " + rect(Rect(x: min(a.x, c.x), y: min(a.y, c.y), width: abs(c.x - a.x), height: abs(c.y - a.y)))
            }
            return "path " + elements.map { element in
                switch element {
                case .move(let p): "M\(point(p))"
                case .line(let p): "L\(point(p))"
                case .curve(let p, let c1, let c2): "C\(point(c1)) \(point(c2)) \(point(p))"
                case .close: "Z"
                }
            }.joined(separator: " ")
        }

        func number(_ value: Double) -> String { NumberText.compact(value) }
        func point(_ p: Point) -> String { "\(number(p.x)),\(number(p.y))" }
        func rect(_ r: Rect) -> String { "\(number(r.minX)),\(number(r.minY)) \(number(r.width))×\(number(r.height))" }

        func hex(_ color: Color) -> String {
            func byte(_ component: Double) -> String {
                let value = Int((min(max(component, 0), 1) * 255).rounded())
                let digits = String(value, radix: 16)
                return value < 16 ? "0" + digits : digits
            }
            return "#" + byte(color.red) + byte(color.green) + byte(color.blue) + (color.alpha < 1 ? byte(color.alpha) : "")
        }

        /// Text in double quotes, escaped as in JSON.
        func quoted(_ text: String) -> String { JSONValue.quoted(text) }

        /// An FNV-1a hash of an image's bytes: a changed image changes the dump without printing its bytes.
        func checksum(_ bytes: some Sequence<UInt8>) -> String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            let digits = String(hash, radix: 16)
            return "fnv:" + String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
