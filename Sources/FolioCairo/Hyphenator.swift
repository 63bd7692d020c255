import Foundation

/// Finds where words may break, with a language's `HyphenationDictionary`; one a measurer, for the words it
/// has seen are remembered.
///
/// Break points become soft hyphens (U+00AD) in the text, so Pango breaks there and draws the hyphen.
final class Hyphenator {
    /// Words shorter than this are never broken; nor are the first two or last three letters of a word.
    static let minimumWordLength = 6
    static let minimumLeft = 2
    static let minimumRight = 3

    private let dictionary: HyphenationDictionary
    private var cache: [Substring: [Int]] = [:]

    init(dictionary: HyphenationDictionary) {
        self.dictionary = dictionary
    }

    /// `text` with a soft hyphen at every break point of its words.
    func hyphenate(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var word = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if !text[index].isLetter {
                result += hyphenated(text[word..<index])
                result.append(text[index])
                index = text.index(after: index)
                word = index
            } else {
                index = text.index(after: index)
            }
        }
        result += hyphenated(text[word..<index])
        return result
    }

    /// The UTF-8 offsets in `word` (its letters alone) before which it may break, by the dictionary.
    func breakOffsets(_ word: Substring) -> [Int] {
        let points = breakPoints(word)
        guard !points.isEmpty else { return [] }
        var offsets: [Int] = []
        var offset = 0
        for (index, character) in word.enumerated() {
            if points.contains(index) { offsets.append(offset) }
            offset += character.utf8.count
        }
        return offsets
    }

    private func hyphenated(_ word: Substring) -> String {
        let breaks = breakPoints(word)
        guard !breaks.isEmpty else { return String(word) }
        var result = ""
        for (offset, character) in word.enumerated() {
            if breaks.contains(offset) { result.append("\u{AD}") }
            result.append(character)
        }
        return result
    }

    /// The character offsets in `word` before which it may break.
    private func breakPoints(_ word: Substring) -> [Int] {
        guard word.count >= Self.minimumWordLength, word.count < 100 else { return [] }
        if let cached = cache[word] { return cached }
        let lowered = word.lowercased()
        // Pattern lookup works on the dictionary's own encoding; skip words that do not fit it.
        guard let bytes = dictionary.encoded(lowered), dictionary.isUTF8 || bytes.count == lowered.count else {
            cache[word] = []
            return []
        }
        guard lowered.count == word.count else { return [] }
        guard let hyphens = dictionary.hyphens(of: bytes) else { return [] }
        // hyphens[i] odd: a break after code point i — libhyphen counts a UTF-8 dictionary's answer in code
        // points, not bytes (hnj_hyphen_norm), and a one-byte encoding's is both. Count characters to turn
        // code point offsets into character offsets.
        var result: [Int] = []
        var characters = 0
        var scalarEnd = 0
        for character in lowered {
            scalarEnd += character.unicodeScalars.count
            characters += 1
            if scalarEnd - 1 < hyphens.count, hyphens[scalarEnd - 1] & 1 == 1,
               characters >= Self.minimumLeft, word.count - characters >= Self.minimumRight {
                result.append(characters)
            }
        }
        cache[word] = result
        return result
    }
}
