/// A quotation with an optional attribution.
public struct Quote: Hashable, Sendable {
    public var text: InlineText
    public var attribution: InlineText?

    public init(text: InlineText, attribution: InlineText? = nil) {
        self.text = text
        self.attribution = attribution
    }
}
