/// Why an image cannot be drawn, for people.
public struct ImageProblem: Error, Hashable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
