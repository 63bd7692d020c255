import FolioTesting

/// Changes inputs the way damaged and hostile files differ from good ones: bytes flipped, dropped, repeated
/// and spliced, and hostile values and fragments put in.
struct Mutator {
    var random: SeededGenerator

    mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    /// `text` changed by one to eight mutations; `others` are spliced from.
    mutating func mutate(_ text: String, others: [String]) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<number(1...8) { mutateOnce(&bytes, others: others) }
        // Invalid UTF-8 is refused when a file is read; this keeps most cases past that door (a few are kept broken).
        return number(0...19) == 0 ? String(decoding: bytes, as: Unicode.ASCII.self) : String(decoding: bytes, as: UTF8.self)
    }

    private mutating func mutateOnce(_ bytes: inout [UInt8], others: [String]) {
        let at = bytes.isEmpty ? 0 : number(0...bytes.count - 1)
        switch number(0...9) {
        case 0: if !bytes.isEmpty { bytes[at] ^= UInt8(1 << number(0...7)) }
        case 1: if !bytes.isEmpty { bytes.removeSubrange(at..<min(bytes.count, at + number(1...40))) }
        case 2: bytes.insert(contentsOf: HostileValues.fragments[number(0...HostileValues.fragments.count - 1)].utf8, at: at)
        case 3, 4:
            // A hostile scalar in place of the value after a colon.
            let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")) ?? at
            let end = bytes[colon...].firstIndex(of: 0x0A) ?? bytes.count
            let value = HostileValues.scalars[number(0...HostileValues.scalars.count - 1)]
            bytes.replaceSubrange(min(colon + 1, end)..<end, with: Array((" \"" + value.replacingOccurrences(of: "\"", with: "") + "\"").utf8))
        case 5:
            // A stretch repeated: lists and mappings grow, keys are duplicated.
            let length = number(1...200)
            let chunk = Array(bytes[at..<min(bytes.count, at + length)])
            for _ in 0..<number(1...4) { bytes.insert(contentsOf: chunk, at: at) }
        case 6:
            if let other = others.randomElement(using: &random), !other.isEmpty {
                let source = Array(other.utf8)
                let start = number(0...source.count - 1)
                bytes.insert(contentsOf: source[start..<min(source.count, start + number(1...300))], at: at)
            }
        case 7: bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "["), count: number(1...300)), at: at)
        case 8: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
        default:
            // A line's indentation changed.
            let lineStart = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            if number(0...1) == 0 { bytes.insert(contentsOf: [0x20, 0x20], at: lineStart) } else if bytes.count > lineStart, bytes[lineStart] == 0x20 { bytes.remove(at: lineStart) }
        }
    }
}
