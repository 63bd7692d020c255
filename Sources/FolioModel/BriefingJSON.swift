import FolioCore

/// Briefings as the JSON a briefing file holds: the same keys and values `folio` reads, so a briefing built
/// in code can be written for `folio`, and checked by the rules a file is checked by.
extension Briefing {
    /// The briefing as a briefing file's JSON.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("title", title.json)]
        if let subtitle { members.append(("subtitle", subtitle.json)) }
        if let date { members.append(("date", .string(date.description))) }
        if !authors.isEmpty { members.append(("authors", .array(authors.map(JSONValue.string)))) }
        if let organization { members.append(("organization", .string(organization))) }
        if let classification { members.append(("classification", .string(classification))) }
        members.append(("language", .string(language)))
        if let style { members.append(("style", .string(style))) }
        if let summary { members.append(("summary", summary.json)) }
        if !keywords.isEmpty { members.append(("keywords", .array(keywords.map(JSONValue.string)))) }
        if !labels.isEmpty {
            members.append(("labels", .object(labels.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, .string($0.value)) })))
        }
        members.append(("sections", .array(sections.map(\.json))))
        return .object(members)
    }
}

extension Section {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("title", title.json)]
        if let id { members.append(("id", .string(id))) }
        if let language { members.append(("language", .string(language))) }
        members.append(("blocks", .array(blocks.enumerated().map { index, block in
            guard case .object(var entries) = block.json else { return block.json }
            if let language = blockLanguages[index] { entries.append(("language", .string(language))) }
            if let float = blockFloats[index] { entries.append(("float", .string(float.rawValue))) }
            return .object(entries)
        })))
        if !sections.isEmpty { members.append(("sections", .array(sections.map(\.json)))) }
        return .object(members)
    }
}

extension Block {
    /// The block as a mapping with one key naming its kind.
    public var json: JSONValue {
        let value: JSONValue = switch self {
        case .paragraph(let text): text.json
        case .list(let list): list.json
        case .table(let table): table.json
        case .timeline(let timeline): timeline.json
        case .chart(let chart): chart.json
        case .callout(let callout): callout.json
        case .quote(let quote): quote.json
        case .image(let image): image.json
        case .code(let code): code.json
        case .pageBreak, .floatBarrier: .bool(true)
        }
        return .object([(kind, value)])
    }
}

extension InlineText {
    /// The text as briefing markup: `**bold**`, `*italic*`, `` `code` ``, `[text](url)`, with markup characters
    /// of plain text escaped, so that it reads back as the same spans.
    public var markup: String {
        var result = ""
        for span in spans {
            if let note = span.footnote {
                result += "^[" + note.markup + "]"
                continue
            }
            var text: String
            if span.emphasis.contains(.code) {
                text = "`" + span.text + "`"
            } else {
                text = InlineMarkupParser.escaped(span.text)
                if span.emphasis.contains(.italic) { text = "*" + text + "*" }
                if span.emphasis.contains(.bold) { text = "**" + text + "**" }
            }
            switch span.link {
            case .url(let url)?: text = "[\(text)](\(url))"
            case .reference(let id)?: text = "[\(text)](#\(id))"
            case nil: break
            }
            result += text
        }
        return result
    }

    public var json: JSONValue { .string(markup) }
}

extension ListBlock {
    public var json: JSONValue {
        let items = JSONValue.array(items.map(\.json))
        return ordered ? .object([("items", items), ("ordered", true)]) : items
    }
}

extension ListItem {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let term { members.append(("term", term.json)) }
        if !text.isEmpty || term == nil { members.append(("text", text.json)) }
        if let sublist { members.append(("items", sublist.json)) }
        return .object(members)
    }
}

extension Table {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .string(id))) }
        if let caption { members.append(("caption", caption.json)) }
        members.append(("columns", .array(columns.map(\.json))))
        members.append(("rows", .array((headerRows + rows).map(\.json))))
        if !headerRows.isEmpty { members.append(("header_rows", .number(Double(headerRows.count)))) }
        if headerColumns > 0 { members.append(("header_columns", .number(Double(headerColumns)))) }
        if let source { members.append(("source", source.json)) }
        return .object(members)
    }
}

extension TableColumn {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("title", title.json)]
        if alignment != .left { members.append(("align", .string(alignment.rawValue))) }
        switch width {
        case .auto: break
        case .percent(let share): members.append(("width", .string("\(share)%")))
        case .points(let points): members.append(("width", .string("\(points)pt")))
        }
        if let format { members.append(("format", .string(format.pattern))) }
        return .object(members)
    }
}

extension TableRow {
    public var json: JSONValue {
        let cells = JSONValue.array(cells.map(\.json))
        guard tone != nil || startsGroup else { return cells }
        var members: [(String, JSONValue)] = [("cells", cells)]
        if let tone { members.append(("tone", .string(tone.rawValue))) }
        if startsGroup { members.append(("group", true)) }
        return .object(members)
    }
}

extension TableCell {
    public var json: JSONValue {
        // A number stays a number, so that it aligns as one; everything else is text.
        // A number written as JSON would write it stays a bare number; "12.50" or "1_000" says `number: true`.
        let number = isNumber && !text.isEmpty ? Double(text.plainText).map(JSONValue.number) : nil
        let bare = number.map { $0.serialized() == text.plainText } ?? !isNumber
        let value: JSONValue = bare ? number ?? text.json : text.json
        guard columnSpan > 1 || rowSpan > 1 || tone != nil || sparkline != nil || !bare else { return text.isEmpty ? .null : value }
        var members: [(String, JSONValue)] = if let sparkline {
            [("sparkline", .array(sparkline.map { $0.map(JSONValue.number) ?? .null }))]
        } else {
            [("text", text.json)]
        }
        if isNumber, sparkline == nil { members.append(("number", true)) }
        if columnSpan > 1 { members.append(("span", .number(Double(columnSpan)))) }
        if rowSpan > 1 { members.append(("row_span", .number(Double(rowSpan)))) }
        if let tone { members.append(("tone", .string(tone.rawValue))) }
        return .object(members)
    }
}

extension Timeline {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .string(id))) }
        if let title { members.append(("title", title.json)) }
        if let caption { members.append(("caption", caption.json)) }
        if let alt { members.append(("alt", .string(alt))) }
        if let range {
            members.append(("range", .object([("from", .string(range.lowerBound.description)), ("to", .string(range.upperBound.description))])))
        }
        if let today { members.append(("today", .string(today.description))) }
        members.append(("events", .array(events.map(\.json))))
        return .object(members)
    }
}

extension TimelineEvent {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        switch when {
        case .milestone(let date): members.append(("date", .string(date.description)))
        case .span(let start, let end): members += [("start", .string(start.description)), ("end", .string(end.description))]
        }
        members.append(("label", label.json))
        if let detail { members.append(("detail", detail.json)) }
        if let lane { members.append(("lane", .string(lane))) }
        return .object(members)
    }
}

extension Chart {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let id { members.append(("id", .string(id))) }
        members.append(("type", .string(kind.rawValue)))
        if let title { members.append(("title", title.json)) }
        if let caption { members.append(("caption", caption.json)) }
        if let alt { members.append(("alt", .string(alt))) }
        members.append(("categories", .array(categories.map(JSONValue.string))))
        members.append(("series", .array(series.map { series in
            .object([("name", .string(series.name)), ("values", .array(series.values.map { $0.map(JSONValue.number) ?? .null }))])
        })))
        if let unit { members.append(("unit", .string(unit))) }
        if orientation != .vertical { members.append(("orientation", .string(orientation.rawValue))) }
        if stacked { members.append(("stacked", true)) }
        if let format { members.append(("format", .string(format.pattern))) }
        if kind != .bar, seriesLabels != .end { members.append(("labels", .string(seriesLabels.rawValue))) }
        if kind != .bar, !zero { members.append(("zero", false)) }
        if kind != .bar, endValues { members.append(("end_values", true)) }
        if kind != .bar, !annotations.isEmpty {
            members.append(("annotations", .array(annotations.map { annotation in
                switch annotation.position {
                case .date(let date): .object([("date", .string(date.description)), ("label", annotation.label.json)])
                case .category(let name): .object([("x", .string(name)), ("label", annotation.label.json)])
                }
            })))
        }
        return .object(members)
    }
}

extension Callout {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let title { members.append(("title", title.json)) }
        members += [("text", text.json), ("tone", .string(tone.rawValue))]
        return .object(members)
    }
}

extension CodeBlock {
    public var json: JSONValue {
        guard let syntax else { return .string(text) }
        return .object([("text", .string(text)), ("syntax", .string(syntax))])
    }
}

extension Quote {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("text", text.json)]
        if let attribution { members.append(("attribution", attribution.json)) }
        return .object(members)
    }
}

extension ImageBlock {
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("path", .string(path))]
        if let caption { members.append(("caption", caption.json)) }
        if let alt { members.append(("alt", .string(alt))) }
        switch width {
        case .auto: break
        case .percent(let share): members.append(("width", .string("\(share)%")))
        case .points(let points): members.append(("width", .string("\(points)pt")))
        }
        return .object(members)
    }
}
