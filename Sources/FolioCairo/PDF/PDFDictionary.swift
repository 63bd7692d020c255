/// A PDF dictionary: its entries in the order they were read or set (so that output is stable).
struct PDFDictionary: Equatable, Sendable {
    private(set) var entries: [(key: String, value: PDFValue)] = []

    init(_ entries: [(String, PDFValue)] = []) {
        self.entries = entries.map { (key: $0.0, value: $0.1) }
    }

    static func == (lhs: PDFDictionary, rhs: PDFDictionary) -> Bool {
        lhs.entries.count == rhs.entries.count && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    subscript(key: String) -> PDFValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    func write(to output: inout [UInt8]) {
        output += [UInt8(ascii: "<"), UInt8(ascii: "<")]
        for (key, value) in entries {
            PDFValue.name(key).write(to: &output)
            output.append(UInt8(ascii: " "))
            value.write(to: &output)
            output.append(UInt8(ascii: " "))
        }
        output += [UInt8(ascii: ">"), UInt8(ascii: ">")]
    }
}
