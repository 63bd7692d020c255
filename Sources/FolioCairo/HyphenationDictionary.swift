import CFolio
import Foundation

/// A language's hyphenation patterns, loaded by libhyphen from the dictionaries Debian installs in
/// /usr/share/hyphen: read-only once loaded, so the measurers of an export share it across threads.
final class HyphenationDictionary: @unchecked Sendable {
    /// Where Debian's hyphen-* packages put their patterns.
    static let folder = "/usr/share/hyphen"

    private let dictionary: OpaquePointer
    /// Whether the patterns are in UTF-8; else `encoding` names theirs (ISO8859-1, ISO8859-2, ISO8859-5,
    /// KOI8-R: one byte a letter).
    let isUTF8: Bool
    let encoding: String

    /// The patterns for the BCP 47 `language` ("en", "en-GB", "de-AT"), or nil when none are installed for it.
    init?(language: String) {
        guard let path = Self.path(for: language), let dictionary = hnj_hyphen_load(path) else { return nil }
        self.dictionary = OpaquePointer(dictionary)
        // The first line of a pattern file names its encoding: UTF-8, or one of ISO 8859's or KOI8-R.
        let firstLine = (try? String(contentsOfFile: path, encoding: .isoLatin1))?.prefix { $0 != "\n" && $0 != "\r" } ?? ""
        encoding = firstLine.trimmingCharacters(in: .whitespaces).uppercased()
        isUTF8 = encoding.contains("UTF-8") || encoding.contains("UTF8")
    }

    /// `word` in the dictionary's encoding, one byte a letter unless it is UTF-8; nil when it has a letter
    /// the encoding lacks. Converted by iconv, which knows every encoding the pattern files use.
    func encoded(_ word: String) -> [UInt8]? {
        if isUTF8 { return Array(word.utf8) }
        guard let converter = iconv_open(encoding, "UTF-8"), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(word.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count + 4)
        var inLeft = input.count, outLeft = output.count
        let converted: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        guard converted != -1, inLeft == 0 else { return nil }
        return output[..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
    }

    deinit {
        hnj_hyphen_free(UnsafeMutablePointer(dictionary))
    }

    /// Languages without patterns of their own that read well with a neighbour's: Bosnian with Croatian's.
    private static let borrowed = ["bs": "hr"]

    /// The pattern file for `language`: its script's first ("sr-Latn"), then the exact region, then the bare
    /// language, then any region of it.
    static func path(for language: String) -> String? {
        var parts = language.split(separator: "-").map(String.init)
        guard let first = parts.first?.lowercased(), first.allSatisfy(\.isLetter) else { return nil }
        let primary = borrowed[first] ?? first
        parts[0] = primary
        var candidates: [String] = []
        let installed = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if let script = parts.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            let prefix = "hyph_\(primary)-\(script.prefix(1).uppercased())\(script.dropFirst().lowercased())"
            candidates += installed.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".dic") }.sorted()
        }
        if let region = parts.dropFirst().first(where: { $0.count == 2 && $0.allSatisfy(\.isLetter) }) {
            candidates.append("hyph_\(primary)_\(region.uppercased()).dic")
        }
        candidates.append("hyph_\(primary).dic")
        candidates += installed.filter { $0.hasPrefix("hyph_\(primary)_") && $0.hasSuffix(".dic") }.sorted()
        return candidates.lazy.map { "\(folder)/\($0)" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// libhyphen's answer for a lowercased word in the dictionary's encoding: an odd value at byte i means the
    /// word may break after that byte. Nil when libhyphen fails. libhyphen only reads the patterns, so calls
    /// may come from several threads at once.
    func hyphens(of bytes: [UInt8]) -> [CChar]? {
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
        return status == 0 ? hyphens : nil
    }
}
