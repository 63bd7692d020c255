import FolioModel
import Foundation

/// Numbers footnotes in the order their references are set, and keeps their texts for the foot of the page.
///
/// Shared by a composer and the copies it makes for other languages (a class), and locked, though one
/// composition runs on one thread: a briefing with footnotes is composed in one part.
public final class FootnoteRegistry: @unchecked Sendable {
    /// A registered footnote: its place among all the document's (`serial`), the number it shows, its text.
    public struct Note: Sendable {
        public let serial: Int
        public let number: Int
        public let text: InlineText
    }

    private let lock = NSLock()
    private var registered: [Note] = []
    private var nextNumber = 1

    public init() {}

    /// The footnote `text` refers to, numbered next.
    func register(_ text: InlineText) -> Note {
        lock.withLock {
            let note = Note(serial: registered.count + 1, number: nextNumber, text: text)
            registered.append(note)
            nextNumber += 1
            return note
        }
    }

    /// Numbers the footnotes from 1 again (a new section, when the style numbers them per section).
    func restartNumbering() {
        lock.withLock { nextNumber = 1 }
    }

    /// The footnotes registered from `start` on.
    func notes(from start: Int) -> ArraySlice<Note> {
        lock.withLock { registered[min(start, registered.count)...] }
    }

    var count: Int { lock.withLock { registered.count } }

    /// The name of the place a footnote's reference leads to (the note), and of the one its number leads
    /// back to (the reference).
    static func anchor(of serial: Int) -> String { "\(anchorPrefix)\(serial)" }
    static func referenceAnchor(of serial: Int) -> String { "folio-footnote-reference-\(serial)" }
    static let anchorPrefix = "folio-footnote-"

    /// `number` in superscript digits: the reference as the text shows it.
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
