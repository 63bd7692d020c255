import Foundation

/// Lines measured for one export, shared between the measurers working on it: a helper thread measures
/// the later sections ahead of the layout, and the layout takes its lines instead of measuring again.
///
/// Sound only between measurers whose results are interchangeable: the same fonts, language and font ids
/// (see `FontKeys`), so that a hit gives exactly the lines a miss would have.
public final class SharedMeasurements: @unchecked Sendable {
    struct LinesKey: Hashable {
        var text: RichText
        var width: Double
        var alignment: TextAlignment
        var hyphenate: Bool
    }

    private let lock = NSLock()
    private var lines: [LinesKey: [TextLine]] = [:]
    private var singleLines: [RichText: TextLine] = [:]

    public init() {}

    func lines(for key: LinesKey) -> [TextLine]? {
        lock.lock()
        defer { lock.unlock() }
        return lines[key]
    }

    func store(_ value: [TextLine], for key: LinesKey) {
        lock.lock()
        lines[key] = value
        lock.unlock()
    }

    func line(for text: RichText) -> TextLine? {
        lock.lock()
        defer { lock.unlock() }
        return singleLines[text]
    }

    func store(_ value: TextLine, for text: RichText) {
        lock.lock()
        singleLines[text] = value
        lock.unlock()
    }
}

/// A measurer that works with `SharedMeasurements`: a reader answers from them when it can, a writer adds
/// everything it measures to them. (A reader does not write: nobody would read what the layout measures.)
public struct SharingMeasurer<Base: TextMeasuring>: TextMeasuring {
    public enum Role: Sendable { case reader, writer }

    public let base: Base
    public let shared: SharedMeasurements
    public let role: Role

    public init(base: Base, shared: SharedMeasurements, role: Role) {
        self.base = base
        self.shared = shared
        self.role = role
    }

    public func lines(of text: RichText, width: Double, alignment: TextAlignment, hyphenate: Bool) -> [TextLine] {
        let key = SharedMeasurements.LinesKey(text: text, width: width, alignment: alignment, hyphenate: hyphenate)
        if role == .reader, let known = shared.lines(for: key) { return known }
        let measured = base.lines(of: text, width: width, alignment: alignment, hyphenate: hyphenate)
        if role == .writer { shared.store(measured, for: key) }
        return measured
    }

    public func line(of text: RichText) -> TextLine {
        if role == .reader, let known = shared.line(for: text) { return known }
        let measured = base.line(of: text)
        if role == .writer { shared.store(measured, for: text) }
        return measured
    }

    public func metrics(of font: FontSpec) -> FontMetrics { base.metrics(of: font) }
}
