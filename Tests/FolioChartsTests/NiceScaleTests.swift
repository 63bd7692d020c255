import Foundation
import FolioCharts
import Testing

@Suite struct NiceScaleTests {
    @Test(arguments: [(0.0, 31.2), (-12.5, 40), (0.001, 0.0042), (-5e6, -1e6), (3, 3), (0, 97_000_000), (-1, 1)])
    func ticksAreRoundCoverTheDataAndIncludeZero(minimum: Double, maximum: Double) {
        let scale = NiceScale(minimum: minimum, maximum: maximum)
        #expect(scale.lower <= min(minimum, 0) && scale.upper >= max(maximum, 0))
        #expect(scale.ticks.contains { abs($0) < scale.step * 1e-9 })
        let magnitude = pow10(floor(log10(scale.step)))
        let mantissa = scale.step / magnitude
        #expect([1, 2, 2.5, 5, 10].contains { abs($0 - mantissa) < 1e-9 }, "step \(scale.step)")
        #expect((3...12).contains(scale.ticks.count), "\(scale.ticks)")
    }

    @Test func numbersAreGroupedWithoutTrailingZeros() {
        let english = LocalizedNumbers(language: "en")
        #expect(english.text(11250.5) == "11,250.5")
        #expect(english.text(-2.5) == "−2.5")
        #expect(english.text(20_000) == "20,000")
        #expect(english.text(0.25, decimals: 2) == "0.25")
        #expect(english.text(-0.001) == "0")
        #expect(english.text(1.23456, decimals: 6) == "1.235")
    }

    @Test func numbersTakeTheSeparatorsOfTheLanguage() {
        // French groups with a narrow no-break space, German with a full stop; both write a decimal comma.
        #expect(LocalizedNumbers(language: "fr").text(1234.5) == "1\u{202F}234,5")
        #expect(LocalizedNumbers(language: "de").text(-1234.5) == "−1.234,5")
        #expect(LocalizedNumbers(language: "de").decimalSeparator == ",")
        // Arabic keeps Latin digits unless asked otherwise.
        #expect(LocalizedNumbers(language: "ar").text(2025) == "2,025" || LocalizedNumbers(language: "ar").text(2025).allSatisfy { $0.isASCII })
    }

    private func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<Int(exponent) { result *= 10 } } else { for _ in 0..<Int(-exponent) { result /= 10 } }
        return result
    }
}
