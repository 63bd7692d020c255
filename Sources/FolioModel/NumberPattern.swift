/// An ICU (and Excel) number pattern — "#,##0", "0.0", "0%", "+#,##0;−#,##0", "€#,##0.00" — written with the
/// pattern's own symbols (`,` groups, `.` is the decimal point) and shown with the language's separators.
public struct NumberPattern: Hashable, Sendable, Codable, CustomStringConvertible {
    public let pattern: String

    /// The pattern, when it has digits to place (`0` or `#`); nil otherwise.
    public init?(_ pattern: String) {
        guard pattern.contains(where: { $0 == "0" || $0 == "#" }), pattern.count <= 100 else { return nil }
        self.pattern = pattern
    }

    public var description: String { pattern }
}
