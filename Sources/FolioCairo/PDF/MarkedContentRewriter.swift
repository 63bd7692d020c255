/// Rewrites the marked-content sequences of a page's content stream: each sequence the writer marked becomes
/// what its owner needs — an element's tag with the page's next MCID, or an artifact.
///
/// A sequence is marked by `SequenceSpeck`s (a closing or a switch becoming `EMC`, an opening or a switch
/// the sequence's opening), or, for a line of a link, by Cairo's `/Link << /MCID n >> BDC` (its opening
/// replaced, Cairo's `EMC` kept).
///
/// The stream is read as PDF content syntax (strings, inline images and all), so text that happens to
/// read "BDC" is never touched.
enum MarkedContentRewriter {
    struct Failure: Error {
        var message: String
    }

    /// `content` with its `index`-th sequence opened by `opening(index)` instead; throws unless the specks
    /// pair up, Cairo numbered the links' sequences 0, 1, 2… in order, and there are exactly `expectedCount`
    /// sequences.
    static func rewrite(_ content: [UInt8], expectedCount: Int, opening: (Int) -> [UInt8]) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(content.count + expectedCount * 16)
        var copied = 0
        var sequence = 0
        var linkSequence = 0
        var isSpeckOpen = false
        var operandsStart: Int?
        var index = 0
        let count = content.count
        while index < count {
            let byte = content[index]
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00:
                index += 1
            case UInt8(ascii: "%"):
                while index < count, content[index] != 0x0A, content[index] != 0x0D { index += 1 }
            case UInt8(ascii: "("):
                operandsStart = operandsStart ?? index
                index = try skipLiteralString(content, from: index)
            case UInt8(ascii: "<"):
                operandsStart = operandsStart ?? index
                if index + 1 < count, content[index + 1] == UInt8(ascii: "<") {
                    index += 2
                } else {
                    while index < count, content[index] != UInt8(ascii: ">") { index += 1 }
                    index += 1
                }
            case UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                operandsStart = operandsStart ?? index
                index += 1
            case UInt8(ascii: "/"):
                operandsStart = operandsStart ?? index
                index += 1
                while index < count, !PDFSyntax.isDelimiter(content[index]) { index += 1 }
            default:
                let start = index
                while index < count, !PDFSyntax.isDelimiter(content[index]) { index += 1 }
                if index == start {
                    // A stray ')': nothing Cairo writes, but never a reason to stop moving.
                    index += 1
                    continue
                }
                if isOperand(content[start..<index]) {
                    operandsStart = operandsStart ?? start
                    continue
                }
                if index - start == 3, content[start] == UInt8(ascii: "B"), content[start + 1] == UInt8(ascii: "D"),
                   content[start + 2] == UInt8(ascii: "C") {
                    guard let from = operandsStart else { throw Failure(message: "a BDC without operands") }
                    // Cairo's own spans (the text a ligature stands for) stay as they are.
                    guard let number = mcid(in: content[from..<start]) else {
                        operandsStart = nil
                        continue
                    }
                    guard number == linkSequence else {
                        throw Failure(message: "link sequence \(linkSequence) is numbered \(number)")
                    }
                    guard sequence < expectedCount else { throw Failure(message: "more marked-content sequences than were drawn") }
                    output += content[copied..<from]
                    output += opening(sequence)
                    copied = index
                    sequence += 1
                    linkSequence += 1
                } else if index - start == 2, content[start] == UInt8(ascii: "r"), content[start + 1] == UInt8(ascii: "e"),
                          let from = operandsStart, let speck = speck(drawnBy: content[from..<start]),
                          let end = fillEnd(content, after: index) {
                    output += content[copied..<from]
                    guard speck.closes == isSpeckOpen else {
                        throw Failure(message: isSpeckOpen ? "a sequence opens inside another" : "a sequence closes where none is open")
                    }
                    if speck.closes { output += Self.closing }
                    if speck.closes, speck.opens { output.append(0x0A) }
                    if speck.opens {
                        guard sequence < expectedCount else { throw Failure(message: "more marked-content sequences than were drawn") }
                        output += opening(sequence)
                        sequence += 1
                    }
                    isSpeckOpen = speck.opens
                    copied = end
                    index = end
                } else if index - start == 2, content[start] == UInt8(ascii: "B"), content[start + 1] == UInt8(ascii: "I") {
                    index = try skipInlineImage(content, from: index)
                }
                operandsStart = nil
            }
        }
        guard sequence == expectedCount, !isSpeckOpen else {
            throw Failure(message: "\(sequence) marked-content sequences where \(expectedCount) were drawn\(isSpeckOpen ? ", the last not closed" : "")")
        }
        output += content[copied...]
        return output
    }

    private static let closing = Array("EMC".utf8)

    /// The speck whose rectangle `operands` (`x y w h`) are, if they are one's.
    private static func speck(drawnBy operands: ArraySlice<UInt8>) -> SequenceSpeck? {
        let numbers = operands.split(whereSeparator: PDFSyntax.isWhitespace)
        guard numbers.count == 4, let width = Double(String(decoding: numbers[2], as: UTF8.self)),
              let height = Double(String(decoding: numbers[3], as: UTF8.self)) else { return nil }
        return SequenceSpeck.matching(width: width, height: height)
    }

    /// The index after the fill operator (`f` or `f*`) that follows a speck's `re` ending before `index`.
    private static func fillEnd(_ content: [UInt8], after index: Int) -> Int? {
        var at = index
        while at < content.count, PDFSyntax.isWhitespace(content[at]) { at += 1 }
        guard at < content.count, content[at] == UInt8(ascii: "f") else { return nil }
        at += 1
        if at < content.count, content[at] == UInt8(ascii: "*") { at += 1 }
        guard at == content.count || PDFSyntax.isDelimiter(content[at]) else { return nil }
        return at
    }

    /// Whether a regular token is a number or a keyword value rather than an operator.
    private static func isOperand(_ token: ArraySlice<UInt8>) -> Bool {
        guard let first = token.first else { return true }
        if (48...57).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") {
            return true
        }
        return token.elementsEqual("true".utf8) || token.elementsEqual("false".utf8) || token.elementsEqual("null".utf8)
    }

    /// The MCID in the operands `/Tag << /MCID n >>`.
    private static func mcid(in operands: ArraySlice<UInt8>) -> Int? {
        var parser = PDFParser(operands)
        guard case .name = try? parser.value(), case .dictionary(let properties) = try? parser.value() else { return nil }
        return properties["MCID"]?.integer
    }

    private static func skipLiteralString(_ content: [UInt8], from start: Int) throws(Failure) -> Int {
        var index = start + 1
        var depth = 1
        while index < content.count {
            switch content[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        throw Failure(message: "a string is not closed")
    }

    /// The index after an inline image's data: its `ID`, then bytes up to an `EI` between whitespace.
    static func skipInlineImage(_ content: [UInt8], from start: Int) throws(Failure) -> Int {
        var index = start
        while index + 2 < content.count {
            if content[index] == UInt8(ascii: "I"), content[index + 1] == UInt8(ascii: "D"),
               PDFSyntax.isDelimiter(content[index - 1]), PDFSyntax.isDelimiter(content[index + 2]) { break }
            index += 1
        }
        index += 3
        while index + 2 < content.count {
            if content[index] == UInt8(ascii: "E"), content[index + 1] == UInt8(ascii: "I"),
               PDFSyntax.isDelimiter(content[index - 1]), index + 2 == content.count || PDFSyntax.isDelimiter(content[index + 2]) {
                return index + 2
            }
            index += 1
        }
        throw Failure(message: "an inline image is not closed")
    }
}
