import FolioCore
import FolioDecoding
import Foundation

/// A model value that is written as the JSON a briefing file holds and read back by the briefing decoder's
/// own rules: what `Codable` means for Folio's model types.
///
/// So a program can write a briefing for `folio` with any `Encoder`, and a value decoded with any `Decoder`
/// has passed every check a briefing file passes (series as long as the categories, rows as wide as the
/// table, dates that exist); a value that would not is a `FolioError` with every problem and its path.
public protocol BriefingFileValue: Codable {
    /// The value as a briefing file writes it.
    var json: JSONValue { get }
    /// Reads the value from `node` with `decoder`, reporting problems at `path`.
    static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Self?
}

extension BriefingFileValue {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(JSONValueCoding(json))
    }

    public init(from decoder: any Decoder) throws {
        let value = try JSONValueCoding(from: decoder).value
        self = try Self.decoding(value)
    }

    /// The value `json` stands for, checked as a briefing file's would be (its ids and links are not checked
    /// against the rest of a briefing: only a whole briefing has them all).
    public static func decoding(_ json: JSONValue) throws(FolioError) -> Self {
        try decoding(json, options: BriefingDecoder.Options())
    }

    /// The value `json` stands for, its data files and images read relative to `base` (and from `allowed`
    /// folders): a table, chart or timeline built in code from a data file (`["chart": ["data": "x.csv", …]]`).
    public static func decoding(_ json: JSONValue, relativeTo base: URL, allowing allowed: [URL] = []) throws(FolioError) -> Self {
        try decoding(json, options: BriefingDecoder.Options(baseDirectory: base, allowedDirectories: allowed))
    }

    static func decoding(_ json: JSONValue, options: BriefingDecoder.Options) throws(FolioError) -> Self {
        let file = "<\(Self.self)>.json"
        let node = try JSONReader.read(json.serialized(), file: file)
        let context = DecodingContext(file: file)
        let decoded = read(node, path: .root, with: BriefingDecoder(context: context, options: options))
        guard let decoded, !context.hasErrors else {
            throw FolioError(diagnostics: context.diagnostics.isEmpty
                             ? [Diagnostic(code: .invalidInput, message: "not a \(Self.self)")] : context.diagnostics)
        }
        return decoded
    }
}

/// Any JSON value through Swift's coders: what the model types are encoded as and decoded from.
struct JSONValueCoding: Codable {
    let value: JSONValue

    init(_ value: JSONValue) {
        self.value = value
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch value {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(JSONValueCoding(item)) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, member) in members { try container.encode(JSONValueCoding(member), forKey: Key(stringValue: key)) }
        }
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: Key.self) {
            // Keys in a stable order: the decoder does not say the order they were written in.
            value = .object(try container.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
                ($0.stringValue, try container.decode(JSONValueCoding.self, forKey: $0).value)
            })
        } else if var container = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !container.isAtEnd { items.append(try container.decode(JSONValueCoding.self).value) }
            value = .array(items)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? container.decode(Double.self) {
                value = .number(number)
            } else {
                value = .string(try container.decode(String.self))
            }
        }
    }
}

extension Briefing: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Briefing? {
        decoder.decodeBriefing(node)
    }
}

extension Section: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Section? {
        decoder.section(node, path: path, depth: 1)
    }
}

extension Block: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Block? {
        decoder.block(node, path: path)?.block
    }
}

extension InlineText: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> InlineText? {
        decoder.inline(node, path: path)
    }
}

extension ListBlock: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> ListBlock? {
        decoder.list(node, path: path, depth: 1)
    }
}

extension ListItem: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> ListItem? {
        decoder.item(node, path: path, depth: 1)
    }
}

extension Table: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Table? {
        decoder.table(node, path: path)
    }
}

extension TableColumn: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> TableColumn? {
        decoder.column(node, path: path)
    }
}

extension TableRow: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> TableRow? {
        decoder.row(node, path: path)
    }
}

extension TableCell: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> TableCell? {
        decoder.cell(node, path: path)
    }
}

extension Timeline: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Timeline? {
        decoder.timeline(node, path: path)
    }
}

extension TimelineEvent: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> TimelineEvent? {
        decoder.event(node, path: path)
    }
}

extension Chart: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Chart? {
        decoder.chart(node, path: path)
    }
}

extension Callout: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Callout? {
        decoder.callout(node, path: path)
    }
}

extension CodeBlock: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> CodeBlock? {
        decoder.code(node, path: path)
    }
}

extension Quote: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> Quote? {
        decoder.quote(node, path: path)
    }
}

extension ImageBlock: BriefingFileValue {
    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> ImageBlock? {
        decoder.image(node, path: path)
    }
}

extension BriefingDate: BriefingFileValue {
    public var json: JSONValue { .string(description) }

    public static func read(_ node: SourceNode, path: DataPath, with decoder: BriefingDecoder) -> BriefingDate? {
        decoder.date(node, path: path)
    }
}
