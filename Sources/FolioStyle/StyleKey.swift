import FolioCore
import FolioDecoding
import FolioGraphics

/// One key of a section of a style file: its name, and where its decoded value goes in the section's value.
///
/// A section's keys are listed once, in a table; the same table says which keys are known (for did-you-mean
/// errors), which are required, and how each is stored, so a new setting is one line in one place.
struct StyleKey<Section, Value> {
    let name: String
    let store: (inout Section, Value) -> Void

    init(_ name: String, _ path: WritableKeyPath<Section, Value>) {
        self.name = name
        store = { $0[keyPath: path] = $1 }
    }

    init(_ name: String, store: @escaping (inout Section, Value) -> Void) {
        self.name = name
        self.store = store
    }
}

extension MappingReader {
    /// Decodes every key of `keys` with `decode` and stores it into `section`; reports each missing key.
    /// Returns false when any key was missing or invalid.
    func decode<Section, Value>(_ keys: [StyleKey<Section, Value>], into section: inout Section,
                                with decode: (SourceNode, DataPath) -> Value?) -> Bool {
        var complete = true
        for key in keys {
            guard let node = value(key.name) else {
                missing(key.name)
                complete = false
                continue
            }
            guard let decoded = decode(node, path.appending(key.name)) else {
                complete = false
                continue
            }
            key.store(&section, decoded)
        }
        return complete
    }
}
