/// How a path's outline is drawn: colour, line width, and an optional dash pattern.
public struct StrokeStyle: Hashable, Sendable, Codable {
    /// How the ends of open lines are drawn.
    public enum LineCap: Hashable, Sendable, Codable { case butt, round, square }

    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var lineCap: LineCap

    public init(color: Color, width: Double, dash: [Double] = [], lineCap: LineCap = .butt) {
        self.color = color
        self.width = width
        self.dash = dash
        self.lineCap = lineCap
    }
}
