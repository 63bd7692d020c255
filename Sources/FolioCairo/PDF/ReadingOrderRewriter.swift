/// Rewrites a page's text operators so that every reader extracts right-to-left text in reading order.
///
/// Cairo writes a right-to-left run in reading order, one text object for a whole run of glyphs. Readers
/// that follow the content stream (`pdfinfo -struct-text`, MuPDF, screen readers) read that right; PDFium
/// (Chrome's viewer) puts a line's text objects in order by where they stand and then reverses its
/// right-to-left stretches, so within one object it reads each word backwards. Here each glyph of a
/// right-to-left show becomes a text object of its own — same glyphs, same places, same order — and PDFium's
/// reversal lands every character where it belongs. A right-to-left ligature is followed by its invisible
/// carrier (see `PDFFontText`), and a span of Cairo's that only repeats what its one glyph's ToUnicode
/// entry now says is removed, so that no span is nested in a paragraph's marked content.
enum ReadingOrderRewriter {
    struct Failure: Error {
        var message: String
    }

    /// One operand as read, and where it stands.
    private struct Operand {
        var value: PDFValue
        var start: Int
    }

    /// A span of Cairo's that may say only what its glyph says.
    private struct Span {
        var start: Int
        /// Where the span's content starts, after its `BDC`.
        var contentStart: Int
        var text: String
        var shows: [Show] = []
        var isPlain = true
        var depth = 0
    }

    /// One text-showing operator inside a span.
    private struct Show {
        var items: [PDFValue]
        var font: PDFFontText?
        var range: Range<Int>
    }

    /// `content` with its right-to-left shows one text object a glyph; `fonts` by resource name.
    static func rewrite(_ content: [UInt8], fonts: [String: PDFFontText]) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(content.count + content.count / 4)
        var copied = 0
        var operands: [Operand] = []
        var font: PDFFontText?
        var span: Span?
        var index = 0
        let count = content.count
        while index < count {
            let byte = content[index]
            if PDFSyntax.isWhitespace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "%") {
                while index < count, content[index] != 0x0A, content[index] != 0x0D { index += 1 }
                continue
            }
            let start = index
            if !PDFSyntax.isDelimiter(byte), !isNumberStart(byte) {
                while index < count, !PDFSyntax.isDelimiter(content[index]) { index += 1 }
                let word = String(decoding: content[start..<index], as: UTF8.self)
                switch word {
                case "true": operands.append(Operand(value: .bool(true), start: start)); continue
                case "false": operands.append(Operand(value: .bool(false), start: start)); continue
                case "null": operands.append(Operand(value: .null, start: start)); continue
                default: break
                }
                let operandsStart = operands.first?.start ?? start
                switch word {
                case "Tf":
                    font = operands.first?.value.name.flatMap { fonts[$0] }
                case "BDC" where span == nil:
                    if operands.count == 2, let properties = operands[1].value.dictionary, properties["MCID"] == nil,
                       case .string(let bytes) = properties["ActualText"] {
                        span = Span(start: operandsStart, contentStart: index, text: textString(bytes))
                    }
                case "BDC", "BMC":
                    span?.depth += 1
                    span?.isPlain = false
                case "Tj", "TJ":
                    let items = word == "TJ" ? operands.first?.value.array ?? [] : operands.first.map { [$0.value] } ?? []
                    if span != nil {
                        span?.shows.append(Show(items: items, font: font, range: operandsStart..<index))
                    } else if let font, let replacement = split(items, font: font) {
                        output += content[copied..<operandsStart]
                        output += replacement
                        copied = index
                    }
                case "'", "\"":
                    span?.isPlain = false
                case "EMC":
                    guard let open = span else { break }
                    if open.depth > 0 {
                        span?.depth -= 1
                        break
                    }
                    span = nil
                    guard open.isPlain, open.shows.count == 1, let show = open.shows.first, let showFont = show.font,
                          let code = onlyCode(of: show.items, font: showFont), showFont.texts[code] == open.text else { break }
                    // The span's operators stay (Cairo sets the font and moves inside it); only BDC and EMC go.
                    output += content[copied..<open.start]
                    output += content[open.contentStart..<show.range.lowerBound]
                    output += split(show.items, font: showFont) ?? Array(content[show.range])
                    output += content[show.range.upperBound..<start]
                    copied = index
                case "BI":
                    do {
                        index = try MarkedContentRewriter.skipInlineImage(content, from: index)
                    } catch {
                        throw Failure(message: error.message)
                    }
                default:
                    if span != nil, !isTextPositioning(word) { span?.isPlain = false }
                }
                operands.removeAll(keepingCapacity: true)
                continue
            }
            var parser = PDFParser(content[start...])
            do {
                let value = try parser.value()
                operands.append(Operand(value: value, start: start))
            } catch {
                throw Failure(message: "content that cannot be read at byte \(start): \(error.message)")
            }
            index = max(parser.position, start + 1)
        }
        output += content[copied...]
        return output
    }

    /// A show's glyphs as one `TJ` each, with each right-to-left ligature's carrier after it; nil when the
    /// show has no right-to-left glyph, or one glyph and no ligature.
    private static func split(_ items: [PDFValue], font: PDFFontText) -> [UInt8]? {
        var codes = 0
        var rightToLeft = false
        var hasCarrier = false
        for item in items {
            guard case .string(let bytes) = item else { continue }
            for code in font.codes(in: bytes) {
                codes += 1
                if font.rightToLeft.contains(code) { rightToLeft = true }
                if font.carriers[code] != nil { hasCarrier = true }
            }
        }
        guard rightToLeft, codes > 1 || hasCarrier else { return nil }
        var output: [UInt8] = []
        var pending: [UInt8] = []
        var last: Int?
        for item in items {
            switch item {
            case .integer, .real:
                pending += Array(PDFValue.number(number(item)).utf8) + [0x20]
            case .string(let bytes):
                for code in font.codes(in: bytes) {
                    output += [UInt8(ascii: "[")] + pending + hex(code, length: font.codeLength)
                    pending.removeAll()
                    last = output.count
                    output += Array("]TJ\n".utf8)
                    if let carrier = font.carriers[code] {
                        output += carrierShow(carrier, codeLength: font.codeLength)
                        last = nil
                    }
                }
            default:
                continue
            }
        }
        if !pending.isEmpty {
            if let last {
                output.insert(contentsOf: [0x20] + pending.dropLast(), at: last)
            } else {
                output += [UInt8(ascii: "[")] + pending + Array("]TJ\n".utf8)
            }
        }
        return output
    }

    /// Shows a ligature's carrier: invisible (mode 3) and squeezed to a tenth of its width (`10 Tz`), just
    /// left of the ligature and clear of it, then puts the pen back where the ligature left it.
    /// Displacements in a `TJ` are squeezed too, hence the tenfold numbers. (PDFium drops a glyph squeezed
    /// to a hundredth.)
    private static func carrierShow(_ carrier: PDFFontText.Carrier, codeLength: Int) -> [UInt8] {
        let scale = 0.1, gap = 1.0
        let left = (carrier.ligatureWidth + scale * carrier.carrierWidth + gap) / scale
        let right = -(carrier.ligatureWidth + gap) / scale
        // The move left is a show of its own: readers place a text object by where it starts.
        return Array("3 Tr 10 Tz [\(PDFValue.number(left))]TJ [".utf8) + hex(carrier.code, length: codeLength)
            + Array(" \(PDFValue.number(right))]TJ 100 Tz 0 Tr\n".utf8)
    }

    /// The one code a show draws, if it draws exactly one.
    private static func onlyCode(of items: [PDFValue], font: PDFFontText) -> UInt32? {
        var found: UInt32?
        for item in items {
            guard case .string(let bytes) = item else { continue }
            for code in font.codes(in: bytes) {
                if found != nil { return nil }
                found = code
            }
        }
        return found
    }

    private static func hex(_ code: UInt32, length: Int) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = [UInt8(ascii: "<")]
        for shift in stride(from: (length - 1) * 8, through: 0, by: -8) {
            let byte = UInt8(truncatingIfNeeded: code >> UInt32(shift))
            output += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
        }
        return output + [UInt8(ascii: ">")]
    }

    private static func number(_ value: PDFValue) -> Double {
        switch value {
        case .integer(let integer): Double(integer)
        case .real(let real): real
        default: 0
        }
    }

    /// A PDF text string: UTF-16BE after a byte-order mark, else PDFDocEncoding (Latin-1 is close enough
    /// for comparing with what Cairo wrote).
    private static func textString(_ bytes: [UInt8]) -> String {
        guard bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF else { return String(decoding: bytes.map { UInt16($0) }, as: UTF16.self) }
        return PDFSyntax.utf16BigEndian(bytes.dropFirst(2))
    }

    private static func isTextPositioning(_ word: String) -> Bool {
        ["Td", "TD", "Tm", "T*", "Tc", "Tw", "Tz", "TL", "Ts", "Tr", "Tf"].contains(word)
    }

    private static func isNumberStart(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }
}
