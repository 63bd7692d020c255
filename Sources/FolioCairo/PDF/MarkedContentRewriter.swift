/// Rewrites the marked-content sequences of a page's content stream: each `/Tag << /MCID n >> BDC` Cairo
/// wrote becomes what its owner needs — an element's tag with the page's next MCID, or an artifact.
///
/// The stream is read as PDF content syntax (strings, inline images and all), so text that happens to
/// read "BDC" is never touched.
enum MarkedContentRewriter {
    struct Failure: Error {
        var message: String
    }

    /// `content` with its `index`-th sequence opened by `opening(index)` instead; throws unless Cairo
    /// numbered the sequences 0, 1, 2… in order and there are exactly `expectedCount` of them.
    static func rewrite(_ content: [UInt8], expectedCount: Int, opening: (Int) -> [UInt8]) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(content.count + expectedCount * 16)
        var copied = 0
        var sequence = 0
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
                    guard number == sequence else {
                        throw Failure(message: "marked-content sequence \(sequence) is not numbered \(sequence)")
                    }
                    guard sequence < expectedCount else { throw Failure(message: "more marked-content sequences than were drawn") }
                    output += content[copied..<from]
                    output += opening(sequence)
                    copied = index
                    sequence += 1
                } else if index - start == 2, content[start] == UInt8(ascii: "B"), content[start + 1] == UInt8(ascii: "I") {
                    index = try skipInlineImage(content, from: index)
                }
                operandsStart = nil
            }
        }
        guard sequence == expectedCount else {
            throw Failure(message: "\(sequence) marked-content sequences where \(expectedCount) were drawn")
        }
        output += content[copied...]
        return output
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
