import CFolio
import Foundation

/// A language's hyphenation patterns, loaded by libhyphen from the dictionaries Debian installs in
/// /usr/share/hyphen: read-only once loaded, so the measurers of an export share it across threads.
final class HyphenationDictionary: @unchecked Sendable {
    /// Where Debian's hyphen-* packages put their patterns.
    static let folder = "/usr/share/hyphen"

    private let dictionary: OpaquePointer
    /// Whether the patterns are in UTF-8 (else ISO 8859-1).
    let isUTF8: Bool

    /// The patterns for the BCP 47 `language` ("en", "en-GB", "de-AT"), or nil when none are installed for it.
    init?(language: String) {
        guard let path = Self.path(for: language), let dictionary = hnj_hyphen_load(path) else { return nil }
        self.dictionary = OpaquePointer(dictionary)
        // The first line of a pattern file names its encoding; Debian's are UTF-8 or ISO 8859-1.
        let firstLine = (try? String(contentsOfFile: path, encoding: .isoLatin1))?.prefix { $0 != "\n" } ?? ""
        isUTF8 = firstLine.uppercased().contains("UTF-8") || firstLine.uppercased().contains("UTF8")
    }

    deinit {
        hnj_hyphen_free(UnsafeMutablePointer(dictionary))
    }

    /// The pattern file for `language`: the exact region first, then the bare language, then any region of it.
    static func path(for language: String) -> String? {
        let parts = language.split(separator: "-").map(String.init)
        guard let primary = parts.first?.lowercased(), primary.allSatisfy(\.isLetter) else { return nil }
        var candidates: [String] = []
        if let region = parts.dropFirst().first(where: { $0.count == 2 && $0.allSatisfy(\.isLetter) }) {
            candidates.append("hyph_\(primary)_\(region.uppercased()).dic")
        }
        candidates.append("hyph_\(primary).dic")
        let installed = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
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
