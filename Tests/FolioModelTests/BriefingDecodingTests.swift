import FolioCore
import Foundation
import Testing
@testable import FolioModel

@Suite struct BriefingDecodingTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")

    @Test func decodesTheExampleBriefing() throws {
        let briefing = try BriefingLoader.load(contentsOf: Self.examples.appendingPathComponent("kosovo-nato.yaml"))
        #expect(briefing.title.plainText == "Military Alliances and Kosovo’s Path to NATO")
        #expect(briefing.date == BriefingDate("2023-10"))
        #expect(briefing.authors == ["Regional Security Desk"])
        #expect(briefing.summary?.plainText.hasPrefix("Analysts agree") == true)
        #expect(briefing.sections.count == 7)
        guard case .list(let list) = briefing.sections[0].blocks[1] else {
            Issue.record("the second block of the first section should be a list")
            return
        }
        #expect(list.items.count == 3)
        #expect(list.items[0].term?.plainText == "Joint military exercises")
        #expect(list.items[0].text.plainText.hasPrefix("building skills"))
    }

    @Test func yamlAndJSONDecodeToTheSameBriefing() throws {
        let yaml = """
            title: Status
            date: 2024-Q2
            authors: [A. Writer, B. Editor]
            sections:
              - title: One
                id: one
                blocks:
                  - paragraph: Some **bold** text.
                  - list:
                      ordered: true
                      items:
                        - plain item
                        - {term: Lead, text: and the rest, items: [nested]}
            """
        let json = """
            {"title": "Status", "date": "2024-Q2", "authors": ["A. Writer", "B. Editor"],
             "sections": [{"title": "One", "id": "one", "blocks": [
               {"paragraph": "Some **bold** text."},
               {"list": {"ordered": true, "items": ["plain item",
                 {"term": "Lead", "text": "and the rest", "items": ["nested"]}]}}]}]}
            """
        let fromYAML = try BriefingLoader.load(text: yaml, file: "a.yaml")
        let fromJSON = try BriefingLoader.load(text: json, file: "a.json")
        #expect(fromYAML == fromJSON)
        #expect(fromYAML.date?.precision == .quarter(2))
        guard case .list(let list) = fromYAML.sections[0].blocks[1] else {
            Issue.record("expected a list")
            return
        }
        #expect(list.ordered)
        #expect(list.items[1].sublist?.items.first?.text.plainText == "nested")
    }

    /// Each case: the input, then the expected `line:col` and a part of the message, for the first error.
    static let invalidInputs: [(String, String, String)] = [
        ("titel: A\n", "1:1", "unknown key 'titel'; did you mean 'title'?"),
        ("subtitle: A\n", "1:1", "missing required key 'title'"),
        ("title: A\ndate: 2025-13\n", "2:7", "\"2025-13\" is not a date"),
        ("title: A\ndate: 2023-02-29\n", "2:7", "is not a date"),
        ("title: A\nsections:\n  - title: S\n    blocks:\n      - paragrap: x\n", "5:9", "did you mean 'paragraph'?"),
        ("title: A\nsections:\n  - title: S\n    blocks:\n      - paragraph: [1, 2]\n", "5:20", "expected text, found a list"),
        ("title: A\nsections: nope\n", "2:11", "expected a list"),
        ("title: A\nsections:\n  - title: S\n    blocks:\n      - list:\n          - {term: T, txt: x}\n", "6:23",
         "unknown key 'txt'; did you mean 'text'?"),
        ("title: A\ntitle: B\n", "2:1", "given more than once"),
        ("title: [unclosed\n", "2:1", "not valid YAML or JSON"),
        ("- just\n- a list\n", "1:1", "expected a briefing"),
        ("title: A\nsections:\n  - title: S\n    blocks:\n      - paragraph: x\n        list: [y]\n", "6:9",
         "exactly one key"),
    ]

    @Test(arguments: invalidInputs)
    func reportsErrorsWhereTheyAre(input: String, location: String, message: String) {
        do {
            _ = try BriefingLoader.load(text: input, file: "bad.yaml")
            Issue.record("expected an error for \(input)")
        } catch {
            let first = error.diagnostics.first
            #expect(first.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == location)
            #expect(first?.message.contains(message) == true, "\(error)")
            #expect(first?.location?.file == "bad.yaml")
        }
    }

    @Test func reportsEveryErrorInOneRun() {
        let input = "titel: A\ndate: 2025-13\nsections:\n  - blocks: []\n"
        do {
            _ = try BriefingLoader.load(text: input, file: "bad.yaml")
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.count == 4, "\(error)")
            #expect(error.diagnostics.map(\.path?.description).contains("sections[0]"))
        }
    }

    @Test func refusesAnAliasBomb() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "title: *a8\n"
        do {
            _ = try BriefingLoader.load(text: yaml, file: "bomb.yaml")
            Issue.record("an alias bomb must be refused")
        } catch {
            #expect(error.code == .limitExceeded, "\(error)")
        }
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        for depth in [300, 100_000] {
            let yaml = "title: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
            do {
                _ = try BriefingLoader.load(text: yaml, file: "deep.yaml")
                Issue.record("nesting \(depth) deep must be refused")
            } catch {
                #expect(error.code == .limitExceeded, "\(error)")
                #expect(error.diagnostics.first?.message.contains("nested too deeply") == true, "\(error)")
            }
        }
    }

    @Test func refusesInvalidUTF8WithItsLocation() {
        let data = Data("title: ok\nsubtitle: caf".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        do {
            _ = try BriefingLoader.load(data: data, file: "bad.yaml")
            Issue.record("invalid UTF-8 must be refused")
        } catch {
            #expect(error.diagnostics.first?.location?.line == 2)
            #expect(error.diagnostics.first?.location?.column == 14)
        }
    }
}

/// A JSON briefing's sections are decoded as the file is read (`JSONReader`'s handover); read whole as YAML,
/// the same text must give the same briefing, the same places, and the same problems in the same order.
@Suite struct StreamedSectionDecodingTests {
    static let sections = (0..<6).map { index in
        #"{"title": "Section \#(index)", "id": "s\#(index)", "blocks": [{"paragraph": "Text \#(index), see [[s\#((index + 1) % 6)]]."}, {"table": {"columns": ["A", "B"], "rows": [["1", "2"]]}}]}"#
    }

    static func briefing(_ sections: [String], before: String = #""title": "Streamed", "#, after: String = #", "subtitle": "After""#) -> String {
        "{" + before + "\"sections\": [\n" + sections.joined(separator: ",\n") + "\n]" + after + "}\n"
    }

    @Test func aValidBriefingDecodesAsItDoesReadWhole() throws {
        let text = Self.briefing(Self.sections)
        let streamed = try BriefingLoader.load(text: text, file: "a.json")
        let whole = try BriefingLoader.load(text: text, file: "a.yaml")
        #expect(streamed == whole)
        #expect(streamed.sections.count == 6)
        for index in 0..<6 {
            let path = DataPath.root.appending("sections").appending(index).appending("blocks").appending(1)
            #expect(streamed.sourceMap.location(of: path)?.line == whole.sourceMap.location(of: path)?.line)
            #expect(streamed.sourceMap.location(of: path) != nil)
        }
    }

    /// Found by folio-fuzz: sections given as text were taken for none, and the briefing rendered.
    @Test(arguments: [#""none yet""#, #"{"title": "A"}"#, "[]", "null", "3", #"[{"title": "A"}, "two"]"#])
    func sectionsThatAreNoListAreRefusedAsTheyAreReadWhole(sections: String) {
        let text = #"{"title": "T", "sections": "# + sections + #", "subtitle": 5}"#
        func outcome(_ file: String) -> String {
            do {
                return "\(try BriefingLoader.load(text: text, file: file).sections.count) sections"
            } catch {
                return error.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "") \($0.message)" }.joined(separator: "; ")
            }
        }
        #expect(outcome("a.json") == outcome("a.yaml"))
    }

    @Test func problemsInAndAroundTheSectionsComeInTheOrderTheyDoReadWhole() {
        var sections = Self.sections
        sections[1] = #"{"title": 5, "colour": "red", "blocks": [{"paragraph": ["not", "text"]}]}"#
        sections[3] = #""not a section""#
        sections[4] = #"{"title": "Refers", "blocks": [{"paragraph": "See [[nowhere]]."}]}"#
        let text = Self.briefing(sections, before: #""title": ["bad"], "date": "someday", "unknown": 1, "#,
                                 after: #", "keywords": 3, "subtitle": {"a": 1}"#)
        func problems(_ file: String) -> [String] {
            do {
                _ = try BriefingLoader.load(text: text, file: file)
                return []
            } catch {
                return error.diagnostics.map { "\($0.severity) \($0.location.map { "\($0.line):\($0.column)" } ?? "") \($0.path?.description ?? "") \($0.message)" }
            }
        }
        let streamed = problems("a.json")
        #expect(streamed.count >= 7)
        #expect(streamed == problems("a.yaml"))
    }
}
