import FolioCore

/// The parent tree of a tagged PDF (which element owns each marked-content sequence and annotation), written
/// as it is made: leaves of a number tree of `keysPerLeaf` keys each, packed into the file as each fills.
///
/// A long table has a sequence for every cell: one array of all of them was tens of MB until the file was
/// finished, and one object no reader needs whole.
struct ParentTreeWriter {
    /// Keys a leaf holds: a page's sequences, or an annotation, each a key.
    static let keysPerLeaf = 64

    private var leaves: [Int] = []
    private var entries: [UInt8] = []
    private var first: Int?
    private var last = 0

    /// Adds `key`, whose value `write` writes, after the keys before it (keys come in increasing order).
    mutating func add(_ key: Int, builder: inout PDFFileBuilder, value write: (inout [UInt8]) -> Void) throws(FolioError) {
        if first == nil { first = key } else { entries.append(0x20) }
        PDFValue.writeInteger(key, to: &entries)
        entries.append(0x20)
        write(&entries)
        last = key
        if let first, last - first + 1 >= Self.keysPerLeaf { try closeLeaf(builder: &builder) }
    }

    /// Writes the root, object `number`, once every key is added.
    mutating func finish(into number: Int, builder: inout PDFFileBuilder) throws(FolioError) {
        try closeLeaf(builder: &builder)
        builder.set(number, .dictionary(PDFDictionary([("Kids", .array(leaves.map(PDFValue.reference)))])))
    }

    private mutating func closeLeaf(builder: inout PDFFileBuilder) throws(FolioError) {
        guard let first else { return }
        let leaf = PDFDictionary([("Limits", .array([.integer(first), .integer(last)])),
                                  ("Nums", .raw([UInt8(ascii: "[")] + entries + [UInt8(ascii: "]")]))])
        let number = builder.reserve()
        try builder.pack(number..<(number + 1)) { _ in .dictionary(leaf) }
        leaves.append(number)
        entries.removeAll(keepingCapacity: true)
        self.first = nil
    }
}
