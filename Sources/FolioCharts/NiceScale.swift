import Foundation

/// A linear value axis with "nice" round ticks (1, 2, 2.5 or 5 times a power of ten) that include zero.
public struct NiceScale: Hashable, Sendable {
    public let lower: Double
    public let upper: Double
    public let step: Double

    /// A scale covering `minimum`...`maximum` (and zero, unless `includingZero` is false) with about
    /// `targetTicks` ticks.
    public init(minimum: Double, maximum: Double, targetTicks: Int = 5, includingZero: Bool = true) {
        let finiteMinimum = minimum.isFinite ? minimum : 0, finiteMaximum = maximum.isFinite ? maximum : 0
        let low = includingZero ? min(0, finiteMinimum) : finiteMinimum
        var high = includingZero ? max(0, finiteMaximum) : finiteMaximum
        if low == high { high = low + 1 }
        let rough = (high - low) / Double(max(targetTicks, 1))
        let magnitude = Self.power10(floor(log10(rough)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        self.step = step.isFinite && step > 0 ? step : 1
        let lowerTick = (low / self.step).rounded(.down) * self.step
        let upperTick = (high / self.step).rounded(.up) * self.step
        // Values near the largest doubles would round past infinity: keep the data's own bounds then.
        lower = lowerTick.isFinite ? lowerTick : low
        upper = upperTick.isFinite ? upperTick : high
    }

    /// The tick values from lower to upper.
    public var ticks: [Double] {
        // Halved, so that a scale from -1e308 to 1e308 does not overflow to infinity (found by folio-fuzz).
        let count = ((upper * 0.5 - lower * 0.5) / (step * 0.5)).rounded()
        guard count.isFinite, count >= 0, count < 1000 else { return [lower, upper] }
        return (0...Int(count)).map { lower + Double($0) * step }
    }

    /// Where `value` falls between `start` (at lower) and `end` (at upper); `start` for a value that is not
    /// a finite number.
    public func position(of value: Double, from start: Double, to end: Double) -> Double {
        guard upper > lower else { return start }
        let position = start + (value * 0.5 - lower * 0.5) / (upper * 0.5 - lower * 0.5) * (end - start)
        return position.isFinite ? position : start
    }

    private static func power10(_ exponent: Double) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<Int(min(exponent, 308)) { result *= 10 } } else { for _ in 0..<Int(min(-exponent, 308)) { result /= 10 } }
        return result
    }

    /// The decimals a tick step needs: 2.5 needs one, 0.25 two, 5 none.
    static func decimals(of step: Double) -> Int {
        for places in 0...6 {
            let scaled = step * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return places }
        }
        return 6
    }
}
