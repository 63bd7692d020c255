import Foundation

/// The hyphenation dictionaries of one export, by language, each loaded the first time a measurer asks for
/// it and then shared: they are read-only, so every thread of the export uses the same one.
final class HyphenationDictionaries: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: HyphenationDictionary?] = [:]

    /// The dictionary of `language`, or nil when no patterns are installed for it.
    func dictionary(for language: String) -> HyphenationDictionary? {
        lock.withLock {
            if let known = loaded[language] { return known }
            let dictionary = HyphenationDictionary(language: language)
            loaded[language] = .some(dictionary)
            return dictionary
        }
    }
}
