/// Parses the inline markup of briefing text: `**bold**`, `*italic*` or `_italic_`, `` `code` ``, `[text](url)`,
/// `[text](#id)`, footnotes (`^[text]`, whose text may hold markup but no footnote) and backslash escapes.
///
/// Unmatched markers stay as literal characters, as in CommonMark, so no input is ever an error here.
public enum InlineMarkupParser {
    /// The inline text `source` stands for.
    public static func parse(_ source: String) -> InlineText {
        // Fast path: most paragraphs carry no markup at all.
        if !source.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`")
            || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "^") }) {
            return InlineText(plain: source)
        }
        var builder = SpanBuilder()
        parse(Array(source), emphasis: [], link: nil, into: &builder)
        return InlineText(spans: builder.spans)
    }

    private static let escapable: Set<Character> = ["\\", "*", "`", "[", "]", "(", ")", "#", "_", "!", "^"]

    /// `text` with every character markup could read as a marker escaped, so that it parses back as itself.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if escapable.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func parse(_ chars: [Character], emphasis: InlineText.Emphasis, link: InlineText.Link?,
                              inFootnote: Bool = false, into builder: inout SpanBuilder) {
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, escapable.contains(chars[i + 1]) {
                builder.add(chars[i + 1], emphasis: emphasis, link: link)
                i += 2
            } else if c == "`", let end = firstIndex(of: "`", in: chars, from: i + 1) {
                builder.add(String(chars[(i + 1)..<end]), emphasis: emphasis.union(.code), link: link)
                i = end + 1
            } else if c == "*", i + 1 < chars.count, chars[i + 1] == "*",
                      let end = closingDelimiter(in: chars, from: i + 2, double: true), end > i + 2 {
                parse(Array(chars[(i + 2)..<end]), emphasis: emphasis.union(.bold), link: link, inFootnote: inFootnote, into: &builder)
                i = end + 2
            } else if c == "*", let end = closingDelimiter(in: chars, from: i + 1, double: false), end > i + 1,
                      chars[i + 1] != " " {
                parse(Array(chars[(i + 1)..<end]), emphasis: emphasis.union(.italic), link: link, inFootnote: inFootnote, into: &builder)
                i = end + 1
            } else if c == "_", i + 1 < chars.count, chars[i + 1] != " ", i == 0 || !chars[i - 1].isLetterOrNumber,
                      let end = closingUnderscore(in: chars, from: i + 1) {
                parse(Array(chars[(i + 1)..<end]), emphasis: emphasis.union(.italic), link: link, inFootnote: inFootnote, into: &builder)
                i = end + 1
            } else if c == "^", !inFootnote, i + 1 < chars.count, chars[i + 1] == "[",
                      let end = closingBracket(in: chars, from: i + 2), end > i + 2 {
                var note = SpanBuilder()
                parse(Array(chars[(i + 2)..<end]), emphasis: [], link: nil, inFootnote: true, into: &note)
                builder.addFootnote(InlineText(spans: note.spans))
                i = end + 1
            } else if c == "[", link == nil, let (labelEnd, targetEnd) = linkBounds(in: chars, from: i) {
                let target = String(chars[(labelEnd + 2)..<targetEnd]).trimmingSpaces
                let destination: InlineText.Link = target.hasPrefix("#")
                    ? .reference(String(target.dropFirst())) : .url(target)
                parse(Array(chars[(i + 1)..<labelEnd]), emphasis: emphasis, link: destination, inFootnote: inFootnote, into: &builder)
                i = targetEnd + 1
            } else {
                builder.add(c, emphasis: emphasis, link: link)
                i += 1
            }
        }
    }

    /// The index of the `]` that closes a `[` opened just before `start`, brackets nesting, escapes and code
    /// spans skipped.
    private static func closingBracket(in chars: [Character], from start: Int) -> Int? {
        var depth = 0, i = start
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 2; continue
            case "`":
                guard let end = firstIndex(of: "`", in: chars, from: i + 1) else { break }
                i = end
            case "[": depth += 1
            case "]":
                if depth == 0 { return i }
                depth -= 1
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The index of the next unescaped `character` at or after `start`.
    private static func firstIndex(of character: Character, in chars: [Character], from start: Int) -> Int? {
        var i = start
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == character { return i }
            i += 1
        }
        return nil
    }

    /// The index of the `*` (or `**`) that closes an emphasis opened just before `start`,
    /// skipping escapes, code spans and, for single `*`, nested `**` pairs.
    private static func closingDelimiter(in chars: [Character], from start: Int, double: Bool) -> Int? {
        var i = start
        while i < chars.count {
            switch chars[i] {
            case "\\":
                i += 2
            case "`":
                guard let end = firstIndex(of: "`", in: chars, from: i + 1) else { i += 1; continue }
                i = end + 1
            case "*":
                let isDouble = i + 1 < chars.count && chars[i + 1] == "*"
                if double && isDouble && chars[i - 1] != " " { return i }
                if !double && !isDouble && chars[i - 1] != " " { return i }
                if !double && isDouble {
                    // A nested bold span: jump past its closing pair, or treat the pair as text.
                    if let end = closingDelimiter(in: chars, from: i + 2, double: true) { i = end + 2 } else { i += 2 }
                    continue
                }
                i += isDouble ? 2 : 1
            default:
                i += 1
            }
        }
        return nil
    }

    /// The index of the `_` that closes an emphasis opened just before `start`: not after a space and not
    /// inside a word, so `snake_case_names` stay as written.
    private static func closingUnderscore(in chars: [Character], from start: Int) -> Int? {
        var i = start
        while i < chars.count {
            switch chars[i] {
            case "\\":
                i += 2
            case "`":
                guard let end = firstIndex(of: "`", in: chars, from: i + 1) else { i += 1; continue }
                i = end + 1
            case "_" where i > start && chars[i - 1] != " " && (i + 1 == chars.count || !chars[i + 1].isLetterOrNumber):
                return i
            default:
                i += 1
            }
        }
        return nil
    }

    /// For `[label](target)` starting at `start`: the indexes of `]` and of the closing `)`.
    private static func linkBounds(in chars: [Character], from start: Int) -> (Int, Int)? {
        guard let labelEnd = firstIndex(of: "]", in: chars, from: start + 1),
              labelEnd + 1 < chars.count, chars[labelEnd + 1] == "(",
              let targetEnd = firstIndex(of: ")", in: chars, from: labelEnd + 2),
              targetEnd > labelEnd + 2 else { return nil }
        return (labelEnd, targetEnd)
    }
}

/// Collects characters into spans, starting a new span whenever emphasis or link changes.
private struct SpanBuilder {
    var spans: [InlineText.Span] = []

    mutating func add(_ character: Character, emphasis: InlineText.Emphasis, link: InlineText.Link?) {
        add(String(character), emphasis: emphasis, link: link)
    }

    mutating func addFootnote(_ note: InlineText) {
        spans.append(InlineText.Span(footnote: note))
    }

    mutating func add(_ text: String, emphasis: InlineText.Emphasis, link: InlineText.Link?) {
        guard !text.isEmpty else { return }
        if let last = spans.last, last.emphasis == emphasis, last.link == link, last.footnote == nil {
            spans[spans.count - 1].text += text
        } else {
            spans.append(InlineText.Span(text, emphasis: emphasis, link: link))
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

extension Character {
    /// Whether the character is part of a word, for deciding whether `_` can open or close emphasis.
    fileprivate var isLetterOrNumber: Bool { isLetter || isNumber }
}
