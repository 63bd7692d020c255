import FolioCore
import FolioDecoding
import FolioGraphics
import FolioModel

/// Builds a `Style` from the nodes of a style file, reporting every problem with its location and path.
struct StyleDecoder {
    let context: DecodingContext

    static let pageSizes: [String: Size] = [
        "A3": Size(width: 841.8898, height: 1190.5512), "A4": .a4, "A5": Size(width: 419.5276, height: 595.2756),
        "Letter": .letter, "Legal": Size(width: 612, height: 1008),
    ]
    /// The largest page side Folio accepts: 5 m.
    static let maximumPageSide = 14_173.0

    func decode(_ root: SourceNode) -> Style? {
        guard let map = MappingReader(root, path: .root, context: context, expected: "a style (a mapping)") else { return nil }
        map.rejectUnknownKeys(["page", "fonts", "colors", "spacing", "text", "table", "charts", "document", "layout", "labels"])
        let page = section(map, "page", page)
        let fonts = section(map, "fonts", fonts)
        let colors = section(map, "colors", colors)
        let spacing = section(map, "spacing", spacing)
        let text = section(map, "text", text)
        let document = section(map, "document", documentOptions)
        let table = section(map, "table", tableOptions)
        let charts = section(map, "charts") { charts -> Style.ChartOptions? in
            charts.rejectUnknownKeys(StyleKeys.charts.map(\.name))
            var options = Style.ChartOptions()
            return charts.decode(StyleKeys.charts, into: &options, with: context.bool) ? options : nil
        }
        guard let page, let fonts, let colors, let spacing, let text, let document, let table, let charts,
              !context.hasErrors else { return nil }
        let labels = map.value("labels").map { LabelsDecoder.decode($0, path: DataPath.root.appending("labels"), context: context) } ?? [:]
        let layout = map.value("layout").flatMap { layoutOptions($0) } ?? Style.LayoutOptions()
        guard !context.hasErrors else { return nil }
        var style = Style(page: page, fonts: fonts, colors: colors, spacing: spacing, paragraphAlignment: text.alignment,
                          hyphenate: text.hyphenate, document: document, table: table, charts: charts, labels: labels,
                          nativeDigits: text.nativeDigits, dates: text.dates)
        style.layout = layout
        return style
    }

    /// Decodes the mapping at `key` with `decode`, or reports that it is missing.
    private func section<Value>(_ map: MappingReader, _ key: String, _ decode: (MappingReader) -> Value?) -> Value? {
        guard let node = map.value(key) else {
            map.missing(key)
            return nil
        }
        guard let reader = MappingReader(node, path: map.path.appending(key), context: context, expected: "a mapping") else {
            return nil
        }
        return decode(reader)
    }

    // MARK: Sections

    private func page(_ map: MappingReader) -> Style.PageSetup? {
        map.rejectUnknownKeys(["size", "orientation", "margins"])
        var size: Size?
        if let node = map.value("size") {
            size = pageSize(node, path: map.path.appending("size"))
        } else {
            map.missing("size")
        }
        if let orientation = map.text("orientation") {
            switch orientation {
            case "portrait": size = size.map { Size(width: min($0.width, $0.height), height: max($0.width, $0.height)) }
            case "landscape": size = size.map { Size(width: max($0.width, $0.height), height: min($0.width, $0.height)) }
            default:
                reportChoice(orientation, ["portrait", "landscape"], map.value("orientation"), map.path.appending("orientation"))
            }
        }
        guard let marginsNode = map.value("margins") else {
            map.missing("margins")
            return nil
        }
        let marginsPath = map.path.appending("margins")
        var margins: [Double?]
        if case .mapping = marginsNode.value, let sides = MappingReader(marginsNode, path: marginsPath, context: context, expected: "margins") {
            let names = ["top", "right", "bottom", "left"]
            sides.rejectUnknownKeys(names)
            margins = names.map { name in
                guard let node = sides.value(name) else { sides.missing(name); return nil }
                return length(node, path: marginsPath.appending(name))
            }
        } else {
            margins = Array(repeating: length(marginsNode, path: marginsPath), count: 4)
        }
        guard let size, let top = margins[0], let right = margins[1], let bottom = margins[2], let left = margins[3] else { return nil }
        let setup = Style.PageSetup(size: size, marginTop: top, marginRight: right, marginBottom: bottom, marginLeft: left)
        if setup.textArea.width < 72 || setup.textArea.height < 72 {
            context.report("the margins leave less than 1 inch of text area on a \(Int(size.width)) × \(Int(size.height)) pt page",
                           at: marginsNode.mark, path: marginsPath)
            return nil
        }
        return setup
    }

    private func pageSize(_ node: SourceNode, path: DataPath) -> Size? {
        if case .mapping = node.value {
            guard let map = MappingReader(node, path: path, context: context, expected: "a page size") else { return nil }
            map.rejectUnknownKeys(["width", "height"])
            let width = map.value("width").flatMap { length($0, path: path.appending("width")) }
            let height = map.value("height").flatMap { length($0, path: path.appending("height")) }
            if map.value("width") == nil { map.missing("width") }
            if map.value("height") == nil { map.missing("height") }
            guard let width, let height else { return nil }
            guard (72...Self.maximumPageSide).contains(width), (72...Self.maximumPageSide).contains(height) else {
                context.report("a page must be between 1 inch and 5 m on each side", at: node.mark, path: path)
                return nil
            }
            return Size(width: width, height: height)
        }
        guard let name = context.text(node, path: path) else { return nil }
        if let size = Self.pageSizes.first(where: { $0.key.lowercased() == name.lowercased() })?.value { return size }
        reportChoice(name, Self.pageSizes.keys.sorted(), node, path)
        return nil
    }

    private func fonts(_ map: MappingReader) -> Style.Fonts? {
        map.rejectUnknownKeys(["family", "code_family", "footnote"] + StyleKeys.fonts.map(\.name))
        guard let family = map.text("family", required: true), let codeFamily = map.text("code_family", required: true) else {
            return nil
        }
        var fonts = Style.Fonts.unset(family: family, codeFamily: codeFamily)
        if let node = map.value("footnote") {
            guard let footnote = font(node, path: map.path.appending("footnote"), family: family) else { return nil }
            fonts.footnote = footnote
        }
        return map.decode(StyleKeys.fonts, into: &fonts) { font($0, path: $1, family: family) } ? fonts : nil
    }

    private static let weights: [String: FontSpec.Weight] = [
        "thin": FontSpec.Weight(100), "light": FontSpec.Weight(300), "regular": .regular, "medium": .medium,
        "semibold": .semibold, "bold": .bold, "black": FontSpec.Weight(900),
    ]

    private func font(_ node: SourceNode, path: DataPath, family: String) -> FontSpec? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a font ({size, weight, italic, family})") else {
            return nil
        }
        map.rejectUnknownKeys(["family", "size", "weight", "italic"])
        guard let sizeNode = map.value("size") else {
            map.missing("size")
            return nil
        }
        guard let size = length(sizeNode, path: path.appending("size")) else { return nil }
        guard (1...400).contains(size) else {
            context.report("a font size must be between 1 and 400 pt", at: sizeNode.mark, path: path.appending("size"))
            return nil
        }
        var spec = FontSpec(family: map.text("family") ?? family, size: size)
        if let weightNode = map.value("weight") {
            let weightPath = path.appending("weight")
            if case .scalar(let text, _) = weightNode.value, let named = Self.weights[text.lowercased()] {
                spec.weight = named
            } else if case .scalar(let text, _) = weightNode.value, let number = Int(text), (100...900).contains(number) {
                spec.weight = FontSpec.Weight(number)
            } else if case .scalar(let text, _) = weightNode.value {
                reportChoice(text, Self.weights.keys.sorted() + ["100…900"], weightNode, weightPath)
            } else {
                context.report("expected a weight, found \(weightNode.kindDescription)", at: weightNode.mark, path: weightPath)
            }
        }
        if let italic = map.value("italic") {
            spec.italic = context.bool(italic, path: path.appending("italic")) ?? false
        }
        return spec
    }

    private func colors(_ map: MappingReader) -> Style.Colors? {
        map.rejectUnknownKeys(StyleKeys.colors.map(\.name) + ["palette"])
        var colors = Style.Colors.unset
        var complete = map.decode(StyleKeys.colors, into: &colors, with: color)
        if let node = map.value("palette"), let items = context.list(node, path: map.path.appending("palette")) {
            colors.palette = items.enumerated().compactMap { color($1, path: map.path.appending("palette").appending($0)) }
            if items.isEmpty { context.report("a palette needs at least one colour", at: node.mark, path: map.path.appending("palette")) }
        } else if map.value("palette") == nil {
            map.missing("palette")
        }
        complete = complete && !colors.palette.isEmpty
        return complete ? colors : nil
    }

    private func spacing(_ map: MappingReader) -> Style.Spacing? {
        map.rejectUnknownKeys(["line_height"] + StyleKeys.spacingLengths.map(\.name))
        var spacing = Style.Spacing.unset
        var lineHeight: Double?
        if let node = map.value("line_height"), let value = context.number(node, path: map.path.appending("line_height")) {
            if (0.8...4).contains(value) { lineHeight = value } else {
                context.report("line_height is a multiple of the font size between 0.8 and 4", at: node.mark,
                               path: map.path.appending("line_height"))
            }
        } else if map.value("line_height") == nil {
            map.missing("line_height")
        }
        let complete = map.decode(StyleKeys.spacingLengths, into: &spacing, with: length)
        guard let lineHeight, complete else { return nil }
        spacing.lineHeight = lineHeight
        return spacing
    }

    private func text(_ map: MappingReader) -> (alignment: TextAlignment, hyphenate: Bool, nativeDigits: Bool, dates: DateStyle)? {
        map.rejectUnknownKeys(["align", "hyphenate", "native_digits", "dates"])
        var dates = DateStyle.long
        if let node = map.value("dates"), let name = context.text(node, path: map.path.appending("dates")) {
            if let chosen = DateStyle(rawValue: name) {
                dates = chosen
            } else {
                reportChoice(name, DateStyle.allCases.map(\.rawValue), node, map.path.appending("dates"))
                return nil
            }
        }
        let hyphenate = flag(map, "hyphenate")
        let nativeDigits = map.value("native_digits").map { context.bool($0, path: map.path.appending("native_digits")) } ?? false
        guard let align = map.text("align", required: true) else { return nil }
        let alignment: TextAlignment
        switch align {
        case "left": alignment = .left
        case "justify": alignment = .justified
        default:
            reportChoice(align, ["left", "justify"], map.value("align"), map.path.appending("align"))
            return nil
        }
        guard let hyphenate, let nativeDigits else { return nil }
        return (alignment, hyphenate, nativeDigits, dates)
    }

    private func documentOptions(_ map: MappingReader) -> Style.DocumentOptions? {
        map.rejectUnknownKeys(StyleKeys.document.map(\.name))
        var options = Style.DocumentOptions()
        return map.decode(StyleKeys.document, into: &options, with: context.bool) ? options : nil
    }

    /// `layout: {float_barrier: none | section}`; every key may be left out.
    private func layoutOptions(_ node: SourceNode) -> Style.LayoutOptions? {
        guard let map = MappingReader(node, path: DataPath.root.appending("layout"), context: context, expected: "layout options (a mapping)") else {
            return nil
        }
        map.rejectUnknownKeys(["float_barrier", "footnote_numbering"])
        var options = Style.LayoutOptions()
        if let text = map.text("footnote_numbering") {
            guard ["document", "section"].contains(text) else {
                reportChoice(text, ["document", "section"], map.value("footnote_numbering"), map.path.appending("footnote_numbering"))
                return nil
            }
            options.footnotesPerSection = text == "section"
        }
        if let text = map.text("float_barrier") {
            guard let barrier = Style.LayoutOptions.FloatBarrier(rawValue: text) else {
                reportChoice(text, Style.LayoutOptions.FloatBarrier.allCases.map(\.rawValue), map.value("float_barrier"),
                             map.path.appending("float_barrier"))
                return nil
            }
            options.floatBarrier = barrier
        }
        return options
    }

    private func tableOptions(_ map: MappingReader) -> Style.TableOptions? {
        map.rejectUnknownKeys(["vertical_align", "zebra", "cell_padding", "min_rows_split"])
        var minimumRows = 3
        if let node = map.value("min_rows_split") {
            guard let text = context.text(node, path: map.path.appending("min_rows_split")), let rows = Int(text), (1...50).contains(rows) else {
                context.report("min_rows_split is a whole number of rows from 1 to 50", at: node.mark, path: map.path.appending("min_rows_split"))
                return nil
            }
            minimumRows = rows
        }
        let zebra = flag(map, "zebra")
        var alignment: Style.TableOptions.VerticalAlignment?
        if let text = map.text("vertical_align", required: true) {
            alignment = Style.TableOptions.VerticalAlignment(rawValue: text)
            if alignment == nil { reportChoice(text, ["top", "middle"], map.value("vertical_align"), map.path.appending("vertical_align")) }
        }
        var padding: Double?
        if let node = map.value("cell_padding") { padding = length(node, path: map.path.appending("cell_padding")) } else { map.missing("cell_padding") }
        guard let zebra, let alignment, let padding else { return nil }
        return Style.TableOptions(verticalAlignment: alignment, zebra: zebra, cellPadding: min(padding, 36), minimumRowsPerSplit: minimumRows)
    }

    /// A required true or false at `key`.
    private func flag(_ map: MappingReader, _ key: String) -> Bool? {
        guard let node = map.value(key) else {
            map.missing(key)
            return nil
        }
        return context.bool(node, path: map.path.appending(key))
    }

    // MARK: Values

    /// A length from 0 to 5 m, or nil with an error.
    private func length(_ node: SourceNode, path: DataPath) -> Double? {
        guard let text = context.text(node, path: path) else { return nil }
        guard let points = Length.points(text) else {
            context.report("\(context.describe(node)) is not a length (write it as 12pt, 4mm, 2.5cm or 1in)", at: node.mark, path: path)
            return nil
        }
        guard (0...Self.maximumPageSide).contains(points) else {
            context.report("\(context.describe(node)) is out of range (0 to 5 m)", at: node.mark, path: path)
            return nil
        }
        return points
    }

    private func color(_ node: SourceNode, path: DataPath) -> Color? {
        guard let text = context.text(node, path: path) else { return nil }
        guard let color = Color(hex: text) else {
            context.report("\(context.describe(node)) is not a colour (write it as #RRGGBB)", at: node.mark, path: path)
            return nil
        }
        return color
    }

    private func reportChoice(_ value: String, _ choices: [String], _ node: SourceNode?, _ path: DataPath) {
        guard let node else { return }
        var message = "\"\(value)\" is not one of: \(choices.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: value, among: choices) { message += "; did you mean '\(suggestion)'?" }
        context.report(message, at: node.mark, path: path)
    }
}
