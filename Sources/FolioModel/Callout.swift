/// A tinted box that draws the eye: a note, a warning, or a key point.
public struct Callout: Hashable, Sendable {
    /// What kind of attention a callout asks for.
    public enum Tone: String, Hashable, Sendable, CaseIterable {
        case info, warning, key
    }

    public var title: InlineText?
    public var text: InlineText
    public var tone: Tone

    public init(title: InlineText? = nil, text: InlineText, tone: Tone = .info) {
        self.title = title
        self.text = text
        self.tone = tone
    }
}
