import FolioCore
import FolioDecoding
import Foundation
import Testing

/// JSON is read by `JSONReader`, not by Yams: the nodes must be the ones Yams gives, marks included, and
/// bad JSON must be refused with a location.
@Suite struct JSONReaderTests {
    /// A node as text: kind, position, and children, so that two readers' nodes can be compared.
    static func dump(_ node: SourceNode) -> String {
        let at = "@\(node.mark.line):\(node.mark.column)"
        switch node.value {
        case .scalar(let text, let plain): return "\(plain ? "plain" : "quoted")(\(text.debugDescription))\(at)"
        case .sequence(let children): return "[\(children.map(dump).joined(separator: ", "))]\(at)"
        case .mapping(let entries):
            return "{\(entries.map { "\($0.key.debugDescription)@\($0.keyMark.line):\($0.keyMark.column): \(dump($0.value))" }.joined(separator: ", "))}\(at)"
        }
    }

    func bothReaders(_ json: String) throws -> (json: String, yaml: String) {
        (Self.dump(try JSONReader.read(json, file: "a.json")), Self.dump(try StructuredTextReader.read(json, file: "a.yaml")))
    }

    @Test(arguments: [
        #"{"title": "Briefing", "n": 3, "x": -0.5e+3, "ok": true, "no": false, "none": null, "list": [1, [2, {}], []]}"#,
        "{\n  \"a\": \"é “quoted” \\u00e9 \\n\\t\\\\ \\/\",\n  \"b\": [\n    {\"c\": \"Prishtinë\"}\n  ]\n}\n",
        "[\"top\", 1, 2.5, 0, -0, 1E9]",
        "  \"just a string\"  ",
    ])
    func readsWhatYamsReads(json: String) throws {
        let (fromJSON, fromYAML) = try bothReaders(json)
        #expect(fromJSON == fromYAML)
    }

    /// Where JSON and YAML differ, JSON's rules hold: escaped surrogate pairs (Yams refuses them), and a
    /// byte-order mark that takes no column.
    @Test func surrogatePairsAndAByteOrderMark() throws {
        #expect(Self.dump(try JSONReader.read(#"["\ud83d\ude00"]"#, file: "a.json")) == #"[quoted("😀")@1:2]@1:1"#)
        #expect(Self.dump(try JSONReader.read("\u{FEFF}{\"bom\": 1}", file: "a.json")) == #"{"bom"@1:2: plain("1")@1:9}@1:1"#)
    }

    @Test func theBenchmarkAndExampleShapedBriefingsReadTheSame() throws {
        // A generated briefing, shaped like the peer benchmark's, with every kind of value.
        var sections: [String] = []
        for index in 0..<40 {
            sections.append(#"{"title": "Section \#(index) – Prishtinë", "blocks": [{"paragraph": "Text with \"quotes\" and \\ backslash \#(index)."}, {"table": {"columns": ["A", "B"], "rows": [["1", 2], [3.5, null]]}}, {"list": {"items": ["x", "y"]}}]}"#)
        }
        let json = "{\n  \"title\": \"Generated\",\n  \"sections\": [\n    " + sections.joined(separator: ",\n    ") + "\n  ]\n}\n"
        let (fromJSON, fromYAML) = try bothReaders(json)
        #expect(fromJSON == fromYAML)
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, "1:9", "expected a key in double quotes"),
        ("{\"a\": 1\n \"b\": 2}", "2:2", "expected ',' or '}' after a value"),
        (#"{"a" 1}"#, "1:6", "expected ':' after the key"),
        (#"[1 2]"#, "1:4", "expected ',' or ']' after a value"),
        (#"{"a": "\x"}"#, "1:9", "unknown escape"),
        (#"{"a": "\ud800"}"#, "1:14", "must be followed by its pair"),
        ("{\"a\": \"line\nbreak\"}", "1:12", "not closed on its line"),
        (#"{"a": 01}"#, "1:8", "not a number"),
        (#"{"a": 1.}"#, "1:9", "decimal point"),
        (#"{"a": NaN}"#, "1:7", "expected a value"),
        (#"{"a": Infinity}"#, "1:7", "expected a value"),
        (#"{"a": tru}"#, "1:7", "expected a value"),
        (#"{"a": 1} x"#, "1:10", "more text after"),
        (#"{"a": "open"#, "1:12", "not closed"),
        ("", "1:1", "the file is empty"),
        ("   \n ", "1:1", "the file is empty"),
        (#"{"a": 1, "a": 2}"#, "1:10", "key 'a' is given more than once"),
    ])
    func refusesBadJSONWithALocation(json: String, location: String, message: String) {
        do {
            _ = try JSONReader.read(json, file: "bad.json")
            Issue.record("read \(json)")
        } catch {
            let diagnostic = error.diagnostics.first
            #expect(diagnostic.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == location, "\(error.diagnostics)")
            #expect(diagnostic?.message.contains(message) == true, "\(diagnostic?.message ?? "")")
        }
    }

    @Test func nestingDeeperThanTheLimitIsRefusedNotACrash() {
        let json = String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)
        #expect(throws: FolioError.self) { try JSONReader.read(json, file: "deep.json") }
        do { _ = try JSONReader.read(json, file: "deep.json") } catch {
            #expect(error.diagnostics.first?.code == .limitExceeded)
        }
    }
}

/// A JSON briefing's top-level sections are handed over as they are read, so that its nodes never all exist
/// at once: the items must arrive whole, in order, and the rest of the document be read as before.
@Suite struct JSONHandoverTests {
    @Test func theRootsListItemsAreHandedOverInOrderAndTheRootKeepsAnEmptyList() throws {
        let json = #"{"title": "T", "sections": [{"title": "A", "sections": [{"title": "A.1"}]}, "two", [3]], "after": 1}"#
        var handed: [String] = []
        let root = try JSONReader.read(json, file: "a.json", handingOver: "sections") { item, index in
            handed.append("\(index): \(JSONReaderTests.dump(item))")
        }
        // Each item as the whole tree has it; the nested "sections" is not the root's and stays in its item.
        let whole = try JSONReader.read(json, file: "a.json")
        guard case .mapping(var entries) = whole.value, case .sequence(let items) = entries[1].value.value else {
            Issue.record("expected a mapping with a list")
            return
        }
        #expect(handed == items.enumerated().map { "\($0.offset): \(JSONReaderTests.dump($0.element))" })
        #expect(handed.count == 3 && handed[0].contains("A.1"))
        entries[1].value.value = .sequence([])
        #expect(JSONReaderTests.dump(root) == JSONReaderTests.dump(SourceNode(.mapping(entries), mark: whole.mark)))
    }

    @Test func aRootValueThatIsNoListIsKeptAndNothingIsHandedOver() throws {
        var handed = 0
        let json = #"{"sections": "none", "other": [1]}"#
        let root = try JSONReader.read(json, file: "a.json", handingOver: "sections") { _, _ in handed += 1 }
        #expect(handed == 0)
        #expect(JSONReaderTests.dump(root) == JSONReaderTests.dump(try JSONReader.read(json, file: "a.json")))
    }

    @Test func badJSONAfterHandedOverItemsIsStillRefusedWithItsPlace() {
        do {
            _ = try JSONReader.read("{\"sections\": [{\"title\": \"A\"},\n {\"title\" \"B\"}]}", file: "a.json", handingOver: "sections") { _, _ in }
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location?.description.hasSuffix("2:11") == true)
        }
    }
}
