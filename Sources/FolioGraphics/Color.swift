/// An sRGB colour with straight (not premultiplied) alpha, each component in 0...1.
public struct Color: Hashable, Sendable, Codable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 24-bit `0xRRGGBB` value.
    public init(rgb: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((rgb >> 16) & 0xFF) / 255,
            green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255,
            alpha: alpha
        )
    }

    /// A colour from `#RGB`, `#RRGGBB` or `#RRGGBBAA`; nil when the text is not one of these.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        switch digits.count {
        case 3:
            let expanded = digits.map { "\($0)\($0)" }.joined()
            guard let value = UInt32(expanded, radix: 16) else { return nil }
            self.init(rgb: value)
        case 6:
            guard let value = UInt32(digits, radix: 16) else { return nil }
            self.init(rgb: value)
        case 8:
            guard let value = UInt32(digits, radix: 16) else { return nil }
            self.init(rgb: value >> 8, alpha: Double(value & 0xFF) / 255)
        default:
            return nil
        }
    }

    /// This colour moved towards `other` by `amount` (0 keeps it, 1 gives `other`).
    public func mixed(with other: Color, amount: Double) -> Color {
        let t = min(max(amount, 0), 1)
        return Color(red: red + (other.red - red) * t, green: green + (other.green - green) * t,
                     blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }

    /// Brightness as the eye weighs the channels (Rec. 709 weights on the stored values), 0 to 1: for
    /// choosing black or white to draw over a colour.
    public var luma: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    /// The same colour with `alpha`.
    public func with(alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    public static let black = Color(rgb: 0x000000)
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)
    public static let white = Color(rgb: 0xFFFFFF)
}
