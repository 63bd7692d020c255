import FolioCore
import FolioDecoding
import FolioGraphics

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
        map.rejectUnknownKeys(["page", "fonts", "colors", "spacing", "text", "table", "charts", "document"])
        let page = section(map, "page", page)
        let fonts = section(map, "fonts", fonts)
        let colors = section(map, "colors", colors)
        let spacing = section(map, "spacing", spacing)
        let text = section(map, "text", text)
        let document = section(map, "document", documentOptions)
        let table = section(map, "table", tableOptions)
        let charts = section(map, "charts") { charts -> Style.ChartOptions? in
            charts.rejectUnknownKeys(["data_table", "patterns"])
            guard let dataTable = flag(charts, "data_table"), let patterns = flag(charts, "patterns") else { return nil }
            return Style.ChartOptions(dataTable: dataTable, patterns: patterns)
        }
        guard let page, let fonts, let colors, let spacing, let text, let document, let table, let charts,
              !context.hasErrors else { return nil }
        return Style(page: page, fonts: fonts, colors: colors, spacing: spacing, paragraphAlignment: text.alignment,
                     hyphenate: text.hyphenate, document: document, table: table, charts: charts)
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
        let kinds = ["body", "title", "subtitle", "heading1", "heading2", "heading3", "meta", "caption", "footer", "table", "chart"]
        map.rejectUnknownKeys(["family", "code_family"] + kinds)
        guard let family = map.text("family", required: true), let codeFamily = map.text("code_family", required: true) else {
            return nil
        }
        var specs: [String: FontSpec] = [:]
        for kind in kinds {
            guard let node = map.value(kind) else { map.missing(kind); continue }
            specs[kind] = font(node, path: map.path.appending(kind), family: family)
        }
        guard let body = specs["body"], let title = specs["title"], let subtitle = specs["subtitle"],
              let h1 = specs["heading1"], let h2 = specs["heading2"], let h3 = specs["heading3"],
              let meta = specs["meta"], let caption = specs["caption"], let footer = specs["footer"], let table = specs["table"],
              let chart = specs["chart"] else { return nil }
        return Style.Fonts(body: body, title: title, subtitle: subtitle, headings: [h1, h2, h3], meta: meta,
                           caption: caption, footer: footer, table: table, chart: chart, codeFamily: codeFamily)
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
        let names = ["text", "accent", "muted", "rule", "link", "summary_fill", "callout_info", "callout_warning", "callout_key",
                     "banner", "table_header_fill", "table_zebra_fill", "table_rule", "tone_good", "tone_warning", "tone_bad",
                     "tone_muted"]
        map.rejectUnknownKeys(names + ["chart_axis", "chart_grid", "palette"])
        let chartAxis = map.value("chart_axis").flatMap { color($0, path: map.path.appending("chart_axis")) }
        let chartGrid = map.value("chart_grid").flatMap { color($0, path: map.path.appending("chart_grid")) }
        if map.value("chart_axis") == nil { map.missing("chart_axis") }
        if map.value("chart_grid") == nil { map.missing("chart_grid") }
        var palette: [Color] = []
        if let node = map.value("palette"), let items = context.list(node, path: map.path.appending("palette")) {
            palette = items.enumerated().compactMap { color($1, path: map.path.appending("palette").appending($0)) }
            if items.isEmpty { context.report("a palette needs at least one colour", at: node.mark, path: map.path.appending("palette")) }
        } else if map.value("palette") == nil {
            map.missing("palette")
        }
        let values = names.map { name -> Color? in
            guard let node = map.value(name) else { map.missing(name); return nil }
            return color(node, path: map.path.appending(name))
        }
        guard let text = values[0], let accent = values[1], let muted = values[2], let rule = values[3],
              let link = values[4], let summaryFill = values[5], let info = values[6], let warning = values[7],
              let key = values[8], let banner = values[9], let headerFill = values[10], let zebra = values[11],
              let tableRule = values[12], let good = values[13], let toneWarning = values[14], let bad = values[15],
              let toneMuted = values[16], let chartAxis, let chartGrid, !palette.isEmpty else { return nil }
        return Style.Colors(text: text, accent: accent, muted: muted, rule: rule, link: link, summaryFill: summaryFill,
                            calloutInfo: info, calloutWarning: warning, calloutKey: key, banner: banner,
                            tableHeaderFill: headerFill, tableZebraFill: zebra, tableRule: tableRule,
                            tones: ["good": good, "warning": toneWarning, "bad": bad, "muted": toneMuted],
                            chartAxis: chartAxis, chartGrid: chartGrid, palette: palette)
    }

    private func spacing(_ map: MappingReader) -> Style.Spacing? {
        let names = ["line_height", "paragraph", "heading_before", "heading_after", "list_indent", "list_item", "footer"]
        map.rejectUnknownKeys(names)
        var lineHeight: Double?
        if let node = map.value("line_height"), let value = context.number(node, path: map.path.appending("line_height")) {
            if (0.8...4).contains(value) { lineHeight = value } else {
                context.report("line_height is a multiple of the font size between 0.8 and 4", at: node.mark,
                               path: map.path.appending("line_height"))
            }
        } else if map.value("line_height") == nil {
            map.missing("line_height")
        }
        let lengths = names.dropFirst().map { name -> Double? in
            guard let node = map.value(name) else { map.missing(name); return nil }
            return length(node, path: map.path.appending(name))
        }
        guard let lineHeight, let paragraph = lengths[0], let before = lengths[1], let after = lengths[2],
              let indent = lengths[3], let item = lengths[4], let footer = lengths[5] else { return nil }
        return Style.Spacing(lineHeight: lineHeight, paragraphGap: paragraph, headingGapBefore: before, headingGapAfter: after,
                             listIndent: indent, listItemGap: item, footerGap: footer)
    }

    private func text(_ map: MappingReader) -> (alignment: TextAlignment, hyphenate: Bool)? {
        map.rejectUnknownKeys(["align", "hyphenate"])
        let hyphenate = flag(map, "hyphenate")
        guard let align = map.text("align", required: true) else { return nil }
        let alignment: TextAlignment
        switch align {
        case "left": alignment = .left
        case "justify": alignment = .justified
        default:
            reportChoice(align, ["left", "justify"], map.value("align"), map.path.appending("align"))
            return nil
        }
        guard let hyphenate else { return nil }
        return (alignment, hyphenate)
    }

    private func documentOptions(_ map: MappingReader) -> Style.DocumentOptions? {
        map.rejectUnknownKeys(["title_page", "contents", "numbered_headings"])
        guard let titlePage = flag(map, "title_page"), let contents = flag(map, "contents"),
              let numbered = flag(map, "numbered_headings") else { return nil }
        return Style.DocumentOptions(titlePage: titlePage, tableOfContents: contents, numberedHeadings: numbered)
    }

    private func tableOptions(_ map: MappingReader) -> Style.TableOptions? {
        map.rejectUnknownKeys(["vertical_align", "zebra", "cell_padding"])
        let zebra = flag(map, "zebra")
        var alignment: Style.TableOptions.VerticalAlignment?
        if let text = map.text("vertical_align", required: true) {
            alignment = Style.TableOptions.VerticalAlignment(rawValue: text)
            if alignment == nil { reportChoice(text, ["top", "middle"], map.value("vertical_align"), map.path.appending("vertical_align")) }
        }
        var padding: Double?
        if let node = map.value("cell_padding") { padding = length(node, path: map.path.appending("cell_padding")) } else { map.missing("cell_padding") }
        guard let zebra, let alignment, let padding else { return nil }
        return Style.TableOptions(verticalAlignment: alignment, zebra: zebra, cellPadding: min(padding, 36))
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
