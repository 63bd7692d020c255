import CFolio
import Foundation

/// Finds where words may break, with libhyphen and the hyphenation patterns Debian installs in /usr/share/hyphen.
///
/// Break points become soft hyphens (U+00AD) in the text, so Pango breaks there and draws the hyphen.
final class Hyphenator {
    /// Where Debian's hyphen-* packages put their patterns.
    static let dictionaryFolder = "/usr/share/hyphen"
    /// Words shorter than this are never broken; nor are the first two or last three letters of a word.
    static let minimumWordLength = 6
    static let minimumLeft = 2
    static let minimumRight = 3

    private let dictionary: OpaquePointer
    private let isUTF8: Bool
    private var cache: [Substring: [Int]] = [:]

    /// A hyphenator for the BCP 47 `language` ("en", "en-GB", "de-AT"), or nil when no patterns are installed for it.
    init?(language: String) {
        guard let path = Self.dictionaryPath(for: language), let dictionary = hnj_hyphen_load(path) else { return nil }
        self.dictionary = OpaquePointer(dictionary)
        // The first line of a pattern file names its encoding; Debian's are UTF-8 or ISO 8859-1.
        let firstLine = (try? String(contentsOfFile: path, encoding: .isoLatin1))?.prefix { $0 != "\n" } ?? ""
        isUTF8 = firstLine.uppercased().contains("UTF-8") || firstLine.uppercased().contains("UTF8")
    }

    deinit {
        hnj_hyphen_free(UnsafeMutablePointer(dictionary))
    }

    /// The pattern file for `language`: the exact region first, then the bare language, then any region of it.
    static func dictionaryPath(for language: String) -> String? {
        let parts = language.split(separator: "-").map(String.init)
        guard let primary = parts.first?.lowercased(), primary.allSatisfy(\.isLetter) else { return nil }
        var candidates: [String] = []
        if let region = parts.dropFirst().first(where: { $0.count == 2 && $0.allSatisfy(\.isLetter) }) {
            candidates.append("hyph_\(primary)_\(region.uppercased()).dic")
        }
        candidates.append("hyph_\(primary).dic")
        let installed = (try? FileManager.default.contentsOfDirectory(atPath: dictionaryFolder)) ?? []
        candidates += installed.filter { $0.hasPrefix("hyph_\(primary)_") && $0.hasSuffix(".dic") }.sorted()
        return candidates.lazy.map { "\(dictionaryFolder)/\($0)" }.first { FileManager.default.fileExists(atPath: $0) }
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
        if isUTF8 {
            bytes = Array(lowered.utf8)
        } else if let latin1 = lowered.data(using: .isoLatin1) {
            bytes = Array(latin1)
        } else {
            cache[word] = []
            return []
        }
        guard lowered.count == word.count else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        // The word is given with its length, but libhyphen also reads it as a C string (strstr): it must end
        // in a NUL, or it reads past the buffer (found by the address sanitizer).
        let terminated = bytes + [0]
        let status = terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                hnj_hyphen_hyphenate2(UnsafeMutablePointer(dictionary), $0.baseAddress, Int32(bytes.count), &hyphens, nil,
                                      &replacements, &positions, &cuts)
            }
        }
        // Non-standard breaks (with replacements) are not used; free what libhyphen allocated for them.
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard status == 0 else { return [] }
        // hyphens[i] odd: a break after byte i. Count characters to turn byte offsets into character offsets.
        var result: [Int] = []
        var characters = 0
        let lengths = isUTF8 ? lowered.map { $0.utf8.count } : Array(repeating: 1, count: lowered.count)
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
