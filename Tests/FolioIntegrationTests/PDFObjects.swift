import Foundation

/// A PDF's objects as qpdf reads them (`qpdf --json=2`, stream data inline), for tests that check what
/// Folio wrote with a reader Folio did not write. Text strings come as qpdf gives them: `u:` and the text.
struct PDFObjects {
    /// Each object's value (for a stream, its dictionary) by reference, "12 0 R".
    private let values: [String: Any]
    private let streams: [String: Data]
    let trailer: [String: Any]

    init(pdf: URL) throws {
        let json = try Tool.run(["qpdf", "--json=2", "--json-stream-data=inline", pdf.path])
        let document = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let objects = ((document?["qpdf"] as? [Any])?.last as? [String: Any]) ?? [:]
        var values: [String: Any] = [:]
        var streams: [String: Data] = [:]
        var trailer: [String: Any] = [:]
        for (key, object) in objects {
            guard let object = object as? [String: Any] else { continue }
            if key == "trailer" {
                trailer = object["value"] as? [String: Any] ?? [:]
                continue
            }
            let reference = String(key.dropFirst("obj:".count))
            if let stream = object["stream"] as? [String: Any] {
                values[reference] = stream["dict"]
                if let data = (stream["data"] as? String).flatMap({ Data(base64Encoded: $0) }) { streams[reference] = data }
            } else {
                values[reference] = object["value"]
            }
        }
        self.values = values
        self.streams = streams
        self.trailer = trailer
    }

    /// `value`, or the object it refers to when it is a reference.
    func resolve(_ value: Any?) -> Any? {
        if let reference = value as? String, reference.hasSuffix(" 0 R"), let object = values[reference] { return object }
        return value
    }

    func dictionary(_ value: Any?) -> [String: Any]? { resolve(value) as? [String: Any] }

    /// The items of an array, or of the array `value` refers to; a single value (as /K may be) as one item.
    func array(_ value: Any?) -> [Any] {
        if let array = resolve(value) as? [Any] { return array }
        return value.map { [$0] } ?? []
    }

    /// The data of the stream `reference` refers to, decoded.
    func streamData(_ reference: Any?) -> Data? {
        (reference as? String).flatMap { streams[$0] }
    }

    var catalog: [String: Any] { dictionary(trailer["/Root"]) ?? [:] }
    var information: [String: Any] { dictionary(trailer["/Info"]) ?? [:] }

    /// The pages in order, each with its reference.
    var pages: [(reference: String, dictionary: [String: Any])] {
        func collect(_ node: Any?) -> [(String, [String: Any])] {
            guard let reference = node as? String, let dictionary = dictionary(reference) else { return [] }
            if dictionary["/Type"] as? String == "/Page" { return [(reference, dictionary)] }
            return array(dictionary["/Kids"]).flatMap(collect)
        }
        return collect(catalog["/Pages"])
    }

    /// Every structure element under the root, depth first, with its reference.
    var structureElements: [(reference: String, dictionary: [String: Any])] {
        var found: [(String, [String: Any])] = []
        func walk(_ node: Any) {
            guard let reference = node as? String, let element = dictionary(reference), element["/S"] != nil else { return }
            found.append((reference, element))
            for kid in array(element["/K"]) { walk(kid) }
        }
        for kid in array(dictionary(catalog["/StructTreeRoot"])?["/K"]) { walk(kid) }
        return found
    }

    /// The structure type of each child element of `element`, in order (MCIDs and object references left out).
    func childTypes(of element: [String: Any]) -> [String] {
        array(element["/K"]).compactMap { (resolve($0) as? [String: Any])?["/S"] as? String }
    }

    /// Text as qpdf writes a text string, without its `u:` prefix.
    static func text(_ value: Any?) -> String? {
        (value as? String).map { $0.hasPrefix("u:") ? String($0.dropFirst(2)) : $0 }
    }
}
