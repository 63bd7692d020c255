import FolioCore

extension Diagnostic {
    /// The warning for the characters no font has, met first in the value at `path`: they are left out.
    static func noFont(for characters: [UInt32], at path: DataPath) -> Diagnostic {
        let named = characters.prefix(8).map { character -> String in
            let hex = String(character, radix: 16, uppercase: true)
            let scalar = Unicode.Scalar(character).map { " '\(String($0))'" } ?? ""
            return "U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)\(scalar)"
        }
        let more = characters.count > 8 ? " and \(characters.count - 8) more" : ""
        let message = characters.count == 1 ? "no font has the character \(named[0]); it is left out"
            : "no font has the characters \(named.joined(separator: ", "))\(more); they are left out"
        return Diagnostic(.warning, code: .missingFont, message: message, path: path)
    }
}
