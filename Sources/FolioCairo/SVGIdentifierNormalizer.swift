/// Renames the element ids in an SVG file that Cairo wrote: a prefix of the page's own, then Cairo's kind of
/// id and its rank in order of first appearance.
///
/// Cairo 1.16 numbers fonts and surfaces with counters that live as long as the process, so the same page
/// drawn twice gets different ids, and every page of a document has a `glyph0`: two pages inlined in one
/// HTML page drew each other's glyphs. Renamed, a page's ids depend only on the page, and are its own.
enum SVGIdentifierNormalizer {
    /// `svg` with every id, and every reference to one, renamed to `prefix` + kind + rank.
    static func normalize(_ svg: [UInt8], prefix idPrefix: String = "") -> [UInt8] {
        let pagePrefix = Array(idPrefix.utf8)
        let definitionMarker = Array("id=\"".utf8)
        var mapping: [ArraySlice<UInt8>: [UInt8]] = [:]
        var counters: [ArraySlice<UInt8>: Int] = [:]
        // First pass: every defined id, in order.
        var index = 0
        while let found = find(definitionMarker, in: svg, from: index) {
            let start = found + definitionMarker.count
            var end = start
            while end < svg.count, svg[end] != UInt8(ascii: "\"") { end += 1 }
            let identifier = svg[start..<end]
            if mapping[identifier] == nil {
                var prefixEnd = identifier.startIndex
                while prefixEnd < identifier.endIndex, !isDigit(identifier[prefixEnd]) { prefixEnd += 1 }
                let prefix = identifier[identifier.startIndex..<prefixEnd]
                let rank = counters[prefix, default: 0]
                counters[prefix] = rank + 1
                mapping[identifier] = pagePrefix + Array(prefix) + Array("\(rank)".utf8)
            }
            index = end
        }
        guard !mapping.isEmpty else { return svg }
        // Second pass: rewrite definitions (after `id="`) and references (after `#`).
        var output: [UInt8] = []
        output.reserveCapacity(svg.count)
        index = 0
        while index < svg.count {
            let byte = svg[index]
            let isDefinition = byte == UInt8(ascii: "\"") && index >= 3 && svg[(index - 3)..<index].elementsEqual("id=".utf8)
            if byte == UInt8(ascii: "#") || isDefinition {
                output.append(byte)
                var end = index + 1
                while end < svg.count, isIdentifierByte(svg[end]) { end += 1 }
                if let renamed = mapping[svg[(index + 1)..<end]] {
                    output.append(contentsOf: renamed)
                    index = end
                    continue
                }
                index += 1
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 45 || byte == 95
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// `text` made fit to start an XML id: letters, digits, '-', '_' and '.' kept, anything else a '-',
    /// and an 'f' in front when it does not start with a letter or '_'.
    static func identifierPrefix(_ text: String) -> String {
        var result = String(text.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let keep = (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
                || scalar == "-" || scalar == "_" || scalar == "."
            return keep ? Character(scalar) : "-"
        })
        if let first = result.unicodeScalars.first, !(first.properties.isAlphabetic && first.isASCII) && first != "_" {
            result = "f" + result
        }
        return result.isEmpty ? "f" : result
    }
}
