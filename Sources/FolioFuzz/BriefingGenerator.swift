import FolioTesting

/// Writes random briefings: valid in shape, with every kind of block, and values from the ordinary to the hostile.
struct BriefingGenerator {
    var random: SeededGenerator
    /// How often, in percent, a value is a hostile one; most briefings get none, so that they render.
    var hostility = 0
    /// The data files the briefing being written reads, by name: written beside it before it is run.
    var files: [String: [UInt8]] = [:]

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func text() -> String {
        if chance(hostility) { return pick(HostileValues.scalars) }
        let words = ["council", "budget", "**bold**", "*italic*", "`code`", "[link](#s1)", "Prishtinë", "Ελληνικά",
                     "مرحبا", "日本語", "—", "“quoted”", "semi-final", "internationalisation", "2024", "x"]
        return (0..<number(1...40)).map { _ in pick(words) }.joined(separator: " ")
    }

    /// A value for YAML: quoted so that any text is a string.
    /// A few words with nothing YAML or markup would read: for text built around markup.
    mutating func plainWords() -> String {
        (0..<number(1...12)).map { _ in pick(["data", "review", "region", "2024", "budget", "zone", "note", "Šta", "إنذار", "x"]) }
            .joined(separator: " ")
    }

    mutating func quoted() -> String {
        let value = text()
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { escaped += "\\x" + String(scalar.value, radix: 16).leftPadded(2) } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return "\"\(escaped)\""
    }

    mutating func date() -> String {
        if chance(hostility) { return pick(HostileValues.scalars) }
        if chance(10) { return pick(["0001-01-01", "9999-12-31", "2024-02-29", "2024-Q4", "2024", "2024-06"]) }
        return String(format: "%04d-%02d-%02d", number(1990...2030), number(1...12), number(1...28))
    }

    mutating func numberValue() -> String {
        if chance(hostility) { return pick([".nan", ".inf", "-.inf", "1e309", "x"]) }
        if chance(10) { return pick(["1e308", "-1e308", "0", "-0", "1e-300", "123456789012345"]) }
        return String(Double(number(-1_000...10_000)) / Double(pick([1, 10, 100])))
    }

    /// A table cell: text, a number, or now and then a sparkline (with gaps, or empty when hostile).
    mutating func cell() -> String {
        if chance(8) {
            let values = (0..<number(chance(hostility) ? 0...3 : 1...40)).map { _ in chance(10) ? "null" : numberValue() }
            return "{sparkline: [\(values.joined(separator: ", "))]}"
        }
        return chance(20) ? numberValue() : quoted()
    }

    /// One block, as YAML lines indented by `indent`.
    mutating func block(_ indent: String) -> String {
        if chance(3) { return "\(indent)- float_barrier: true\n" }
        let text = plainBlock(indent)
        // Now and then a block says how it floats (an error on the kinds that do not float).
        let floats = ["table", "chart", "timeline", "image"].contains { text.hasPrefix("\(indent)- \($0):") }
        guard chance(floats ? 20 : hostility) else { return text }
        return text + "\(indent)  float: \(pick(["false", "top", "true", "auto", chance(hostility) ? "sideways" : "top"]))\n"
    }

    /// One block without options.
    mutating func plainBlock(_ indent: String) -> String {
        if chance(12) { return dataBlock(indent) }
        switch number(0...9) {
        case 0, 1, 2:
            // Now and then with footnotes in it.
            guard chance(25) else { return "\(indent)- paragraph: \(quoted())\n" }
            let text = (0..<number(1...4)).map { _ in "\(plainWords())^[\(plainWords())]" }.joined(separator: " ")
            return "\(indent)- paragraph: \"\(text)\"\n"
        case 3:
            var lines = "\(indent)- list:\n\(indent)    ordered: \(chance(50))\n\(indent)    items:\n"
            for _ in 0..<number(1...6) { lines += "\(indent)      - \(quoted())\n" }
            return lines
        case 4:
            let columns = number(1...5)
            var lines = "\(indent)- table:\n"
            if chance(60) { lines += "\(indent)    caption: \(quoted())\n" }
            lines += "\(indent)    columns: [\((0..<columns).map { _ in quoted() }.joined(separator: ", "))]\n\(indent)    rows:\n"
            for _ in 0..<number(1...12) {
                let cells = chance(hostility) ? number(1...6) : columns
                lines += "\(indent)      - [\((0..<cells).map { _ in cell() }.joined(separator: ", "))]\n"
            }
            return lines
        case 5:
            var lines = "\(indent)- timeline:\n"
            if chance(60) { lines += "\(indent)    caption: \(quoted())\n" }
            lines += "\(indent)    events:\n"
            for _ in 0..<number(1...12) {
                lines += "\(indent)      - {date: \"\(date())\", label: \(quoted())"
                if chance(15) { lines += ", lane: \(quoted())" }
                lines += "}\n"
            }
            return lines
        case 6:
            let categories = number(1...8)
            let type = chance(hostility) ? "pie" : pick(["bar", "bar", "line", "area"])
            var lines = "\(indent)- chart:\n\(indent)    type: \(type)\n"
            lines += "\(indent)    orientation: \(pick(["vertical", "horizontal"]))\n\(indent)    stacked: \(chance(30))\n"
            let names = (0..<categories).map { _ in quoted() }
            lines += "\(indent)    categories: [\(names.joined(separator: ", "))]\n\(indent)    series:\n"
            for _ in 0..<number(1...3) {
                let values = chance(hostility) ? number(0...9) : categories
                lines += "\(indent)      - {name: \(quoted()), values: [\((0..<values).map { _ in numberValue() }.joined(separator: ", "))]}\n"
            }
            if type == "line" || type == "area" || chance(hostility) {
                if chance(40) { lines += "\(indent)    end_values: true\n" }
                if chance(40) {
                    lines += "\(indent)    annotations:\n"
                    for _ in 0..<number(1...4) {
                        let position = chance(hostility) ? pick(["date: 2025-03-12", "x: \(quoted())", "x: [1, 2]", "date: 2025-13"]) : "x: \(pick(names))"
                        lines += "\(indent)      - {\(position), label: \(quoted())}\n"
                    }
                }
            }
            return lines
        case 7: return "\(indent)- callout: {title: \(quoted()), text: \(quoted()), tone: \(chance(hostility) ? "odd" : pick(["info", "warning", "key"]))}\n"
        case 8:
            if chance(40) {
                let lines = (0..<number(1...8)).map { _ in (0..<number(1...12)).map { _ in quoted() }.joined(separator: " ") }
                return "\(indent)- code: {text: \(quoted()), syntax: bash}\n\(indent)- code: \"\(lines.joined(separator: "\\n").replacingOccurrences(of: "\"", with: ""))\"\n"
            }
            return "\(indent)- quote: {text: \(quoted()), attribution: \(quoted())}\n"
        default:
            let path = chance(hostility) ? pick(["broken.png", "huge.png", "missing.png", "../outside.png"]) : pick(["map.png", "pic.svg"])
            return "\(indent)- image: {path: \"\(path)\", alt: \(quoted())}\n"
        }
    }

    /// A table, chart or timeline that reads a generated data file.
    mutating func dataBlock(_ indent: String) -> String {
        let format = pick(["csv", "tsv", "json"])
        let name = "data/d\(files.count).\(format)"
        files[name] = DataFileGenerator.file(format, rows: chance(hostility) ? 0 : number(1...60), hostility: hostility, using: &self)
        let field = { (generator: inout BriefingGenerator) -> String in
            generator.chance(generator.hostility) ? generator.pick(["nothing", "Value", ""]) : generator.pick(DataFileGenerator.fields)
        }
        switch number(0...2) {
        case 0:
            var lines = "\(indent)- table:\n\(indent)    caption: \(quoted())\n\(indent)    data: \(name)\n"
            if chance(60) {
                lines += "\(indent)    columns:\n"
                for _ in 0..<number(1...5) {
                    lines += "\(indent)      - {field: \"\(field(&self))\", format: \"\(pick(["#,##0", "0.0", "0%", "+#,##0;−#,##0", "€#,##0.00"]))\"}\n"
                }
            }
            if chance(50) { lines += "\(indent)    sort: {by: \"\(field(&self))\", descending: \(chance(50))}\n" }
            if chance(50) { lines += "\(indent)    limit: \(number(1...50))\n" }
            return lines
        case 1:
            // Values from the number fields unless the case is hostile; categories and series from any field.
            let valueField = { (generator: inout BriefingGenerator) -> String in
                generator.chance(generator.hostility) ? field(&generator) : generator.pick(["value", "share"])
            }
            var lines = "\(indent)- chart:\n\(indent)    type: \(pick(["bar", "line", "area"]))\n\(indent)    data: \(name)\n\(indent)    x: \"\(field(&self))\"\n"
            if chance(50) {
                lines += "\(indent)    y: \"\(valueField(&self))\"\n"
                if chance(50) { lines += "\(indent)    series: \"\(pick(["group", "label", "date"]))\"\n" }
            } else {
                lines += "\(indent)    y: [\"\(valueField(&self))\", \"\(valueField(&self))\"]\n"
            }
            lines += "\(indent)    stacked: \(chance(40))\n\(indent)    orientation: \(pick(["vertical", "horizontal"]))\n"
            if chance(50) { lines += "\(indent)    format: \"\(pick(["#,##0", "0.0", "0%", "x"]))\"\n" }
            return lines
        default:
            var lines = "\(indent)- timeline:\n\(indent)    caption: \(quoted())\n\(indent)    data: \(name)\n"
            if chance(60) { lines += "\(indent)    fields: {detail: \"\(field(&self))\", lane: group}\n" }
            return lines
        }
    }

    /// A language tag: languages written either way, with and without patterns, and ones no locale knows;
    /// now and then no tag at all.
    mutating func language() -> String {
        chance(hostility) ? pick(["\"12\"", "\"\"", "[ar]", "\"en_US\""])
            : pick(["en", "de", "fr", "sq", "sr", "sr-Latn", "ar", "he", "fa", "ja", "el", "ru", "xx-YY", "en-GB", "de-Latx"])
    }

    mutating func section(depth: Int, indent: String) -> String {
        var lines = "\(indent)- title: \(quoted())\n"
        if chance(hostility) { lines += "\(indent)  id: \(pick(["s1", "bad id"]))\n" }
        if chance(25) { lines += "\(indent)  language: \(language())\n" }
        lines += "\(indent)  blocks:\n"
        for _ in 0..<number(0...5) {
            lines += block(indent + "    ")
            // A block in a language of its own: a key beside its kind.
            if chance(10) { lines += "\(indent)      language: \(language())\n" }
        }
        if depth < 3, chance(25) {
            lines += "\(indent)  sections:\n"
            for _ in 0..<number(1...2) { lines += section(depth: depth + 1, indent: indent + "    ") }
        }
        return lines
    }

    /// A whole briefing in YAML: two in three have no hostile value at all.
    mutating func briefing() -> String {
        hostility = chance(66) ? 0 : number(1...10)
        files = [:]
        var text = "title: \(quoted())\n"
        if chance(50) { text += "subtitle: \(quoted())\n" }
        if chance(50) { text += "date: \"\(date())\"\n" }
        if chance(30) { text += "language: \(language())\n" }
        if chance(20) { text += "style: \(chance(hostility) ? "no-such-style" : pick(["default", "print", "compact", "slides", "style.yaml"]))\n" }
        if chance(20) { text += "summary: \(quoted())\n" }
        // The first section is the one text links to (#s1).
        text += "sections:\n  - title: First\n    id: s1\n    blocks:\n" + block("      ")
        for _ in 0..<number(1...6) { text += section(depth: 1, indent: "  ") }
        return text
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
