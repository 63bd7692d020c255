import CFixedPoint
import Foundation
import Testing

#if canImport(Glibc)
private let linkedWithGlibc = true
#else
private let linkedWithGlibc = false
#endif

/// Checks the `snprintf` Folio's programs give Cairo against glibc's: the same bytes and lengths for every
/// number, precision and buffer size tried, and actually in use in the process.
@Suite struct FixedPointFormattingTests {
    /// A small deterministic generator (SplitMix64), so a failure names a value that can be tried again.
    struct Numbers {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// glibc's `vsnprintf` for one format and its arguments, into a buffer of `size`.
    func glibc(_ format: String, _ arguments: [any CVarArg], size: Int) -> (length: Int32, text: String) {
        var buffer = [CChar](repeating: 0x7F, count: max(size, 1))
        let length = withVaList(arguments) { vsnprintf(&buffer, size, format, $0) }
        return (length, size == 0 ? "" : String(cString: buffer))
    }

    /// Folio's formatting of one double, or nil where it leaves the value to glibc.
    func folio(_ value: Double, precision: Int32, size: Int) -> (length: Int32, text: String)? {
        var buffer = [CChar](repeating: 0x7F, count: max(size, 1))
        let length = folio_format_fixed(&buffer, size, value, precision)
        return length < 0 ? nil : (length, size == 0 ? "" : String(cString: buffer))
    }

    /// Compares every value at the precisions given; returns how many Folio answered itself.
    func compare(_ values: [Double], precisions: ClosedRange<Int32> = 0...18, size: Int = 64) -> Int {
        var answered = 0
        for value in values {
            for precision in precisions {
                guard let mine = folio(value, precision: precision, size: size) else { continue }
                answered += 1
                let theirs = glibc("%.*f", [precision, value], size: size)
                if mine.length != theirs.length || mine.text != theirs.text {
                    Issue.record("\(value.bitPattern) at \(precision): \(mine) where glibc writes \(theirs)")
                    return answered
                }
            }
        }
        return answered
    }

    @Test func randomBitPatternsMatchGlibc() {
        var numbers = Numbers(state: 1)
        let values = (0..<40_000).map { _ in Double(bitPattern: numbers.next()) }
        #expect(compare(values) > 100_000)
    }

    @Test func coordinatesAndFractionsMatchGlibc() {
        var numbers = Numbers(state: 2)
        var values: [Double] = []
        for _ in 0..<60_000 {
            let whole = Double(numbers.below(4_000)) - 2_000
            switch numbers.below(4) {
            case 0: values.append(whole + Double(numbers.below(1_000_000)) / 1_000_000)
            case 1: values.append((whole + Double(numbers.below(256)) / 256) / 72 * 25.4)
            case 2: values.append(Double(numbers.below(1 << 20)) / Double(1 << numbers.below(60)))
            default: values.append(Double(bitPattern: numbers.next() & 0x3FEF_FFFF_FFFF_FFFF))  // below 1
            }
        }
        // Up to 2,000 in magnitude, every precision Cairo asks for at that size is answered here; longer
        // digits than 64 bits hold are glibc's.
        #expect(compare(values, precisions: 0...6) == values.count * 7)
        #expect(compare(values, precisions: 7...18) > values.count * 8)
    }

    /// Values exactly halfway between two results, and the doubles either side: glibc rounds half to even.
    @Test func tiesRoundHalfToEvenAsGlibcDoes() {
        var values: [Double] = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 1e-7, -1e-7, 0.05, 0.1, 0.099_999_999_999]
        var numbers = Numbers(state: 3)
        for _ in 0..<20_000 {
            let tie = (Double(numbers.below(1 << 24)) + 0.5) / Double(1 << numbers.below(40))
            values += [tie, tie.nextUp, tie.nextDown, -tie]
        }
        #expect(compare(values, precisions: 0...6) == values.count * 7)
        #expect(compare(values, precisions: 7...18) > values.count * 8)
    }

    @Test func edgesMatchGlibcOrAreLeftToIt() {
        let values: [Double] = [0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude,
                                1e-300, 2047.999_999_999, 4_503_599_627_370_496, 9_007_199_254_740_993,
                                18_446_744_073_709.551, 1e19, 1e300, .greatestFiniteMagnitude]
        _ = compare(values)
        #expect(folio(.nan, precision: 6, size: 64) == nil)
        #expect(folio(.infinity, precision: 6, size: 64) == nil)
        #expect(folio(1, precision: 19, size: 64) == nil)
        #expect(folio(1e300, precision: 6, size: 64) == nil)
    }

    /// Short buffers get what fits and a NUL, and the length the whole text would have, as from snprintf.
    @Test func shortBuffersAreFilledAsSnprintfFillsThem() {
        for size in 0..<12 {
            #expect(compare([-1234.567_890_1, 0.000_123], precisions: 0...8, size: size) == 18)
            var mine = [CChar](repeating: 0x7F, count: max(size, 1))
            let length = folio_format_int(&mine, size, -2_147_483_647 - 1)
            #expect(length == glibc("%d", [Int32.min], size: size).length)
            if size > 0 { #expect(String(cString: mine) == glibc("%d", [Int32.min], size: size).text) }
        }
    }

    @Test func integersMatchGlibc() {
        var numbers = Numbers(state: 4)
        let values = [0, 1, -1, Int32.max, Int32.min] + (0..<20_000).map { _ in Int32(truncatingIfNeeded: numbers.next()) }
        for value in values {
            var buffer = [CChar](repeating: 0, count: 16)
            let length = folio_format_int(&buffer, 16, value)
            let theirs = glibc("%d", [value], size: 16)
            #expect(length == theirs.length && String(cString: buffer) == theirs.text, "\(value)")
        }
    }

    /// The executables and this test process bind Cairo's `snprintf` to Folio's; without it nothing is wrong,
    /// only slower, so this is the check that the link still does what it is for.
    @Test(.enabled(if: linkedWithGlibc)) func theProcessUsesFoliosSnprintf() throws {
        #expect(folio_fixed_point_is_interposed() == 1)
        let symbols = try Tool.run(["nm", "-D", "--defined-only", Tool.folio])
        #expect(symbols.output.contains(" T snprintf"))
        #expect(symbols.output.contains(" T __snprintf_chk"))
    }
}
