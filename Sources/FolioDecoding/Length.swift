/// Reads lengths as briefings and style files write them: a number with a unit (`pt`, `mm`, `cm`, `in`), or a bare number of points.
public enum Length {
    /// Points per unit.
    static let units: [(suffix: String, points: Double)] = [("pt", 1), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72)]

    /// The length `text` stands for, in points, or nil when it is not a finite length.
    public static func points(_ text: String) -> Double? {
        let trimmed = trimmingSpaces(text)
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            guard let value = Double(trimmingSpaces(String(trimmed.dropLast(unit.suffix.count)))), value.isFinite else {
                return nil
            }
            return value * unit.points
        }
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    private static func trimmingSpaces(_ text: String) -> String {
        String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
