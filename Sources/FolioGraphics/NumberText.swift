/// Numbers written for people and for text dumps: no exponent, no trailing zeros.
public enum NumberText {
    /// `value` rounded to `places` decimals, without trailing zeros: 11 → "11", 10.5 → "10.5", 0.125 → "0.13".
    public static func compact(_ value: Double, places: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }  // no "-0"
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = fixed(rounded, places: places) }
        return text
    }

    /// `value` with exactly `places` decimals, no exponent.
    public static func fixed(_ value: Double, places: Int) -> String {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        let negative = value < 0
        let units = Int64((abs(value) * scale).rounded())
        let whole = units / Int64(scale), fraction = units % Int64(scale)
        var text = (negative && units != 0 ? "-" : "") + String(whole)
        if places > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }
}
