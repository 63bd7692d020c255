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
        let bytes: [UInt8]
        if dictionary.isUTF8 {
            bytes = Array(lowered.utf8)
        } else if let latin1 = lowered.data(using: .isoLatin1) {
            bytes = Array(latin1)
        } else {
            cache[word] = []
            return []
        }
        guard lowered.count == word.count else { return [] }
        guard let hyphens = dictionary.hyphens(of: bytes) else { return [] }
        // hyphens[i] odd: a break after byte i. Count characters to turn byte offsets into character offsets.
        var result: [Int] = []
        var characters = 0
        let lengths = dictionary.isUTF8 ? lowered.map { $0.utf8.count } : Array(repeating: 1, count: lowered.count)
        var byteEnd = 0
        for length in lengths {
            byteEnd += length
            characters += 1
            if byteEnd - 1 < bytes.count, hyphens[byteEnd - 1] & 1 == 1,
               characters >= Self.minimumLeft, word.count - characters >= Self.minimumRight {
                result.append(characters)
            }
        }
        cache[word] = result
        return result
    }
}
