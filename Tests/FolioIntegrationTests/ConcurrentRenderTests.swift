import Folio
import Foundation
import Testing

/// Several reports made and written at once, on threads of one process (`CairoLock` keeps Cairo's fonts
/// safe) and in a batch's worker processes, give the bytes each gives alone.
@Suite struct ConcurrentRenderTests {
    /// Eight small briefings, each with something of its own: tables, a timeline, a chart, right-to-left
    /// and Japanese text, a justified and hyphenated style, an image.
    static let briefings: [(name: String, text: String)] = {
        let blocks = [
            "      - paragraph: Plain text, **bold** and *italic*, with a [link](#s1) back.\n",
            "      - table: {caption: T, columns: [A, B, C], rows: [[\"1\", \"2\", \"3\"], [\"Prishtinë\", \"Ελληνικά\", \"кириллица\"]]}\n",
            "      - timeline: {caption: F, events: [{date: \"2024-01-02\", label: Start}, {date: \"2024-06\", label: Mid}, {start: \"2024-02\", end: \"2024-09\", label: Span}]}\n",
            "      - chart: {caption: C, categories: [a, b, c], series: [{name: s, values: [1, 2.5, -3]}, {name: t, values: [4, 0, 1e6]}]}\n",
            "      - paragraph: \"مرحبا بالعالم — שלום עולם — a paragraph that goes right to left and back again, long enough to wrap.\"\n",
            "      - paragraph: \"日本語の文章は単語の間に空白を置かずに書かれるので、どの文字の間でも行を折り返すことができます。\"\n",
            "      - image: {path: map.png, alt: A map, caption: M}\n",
            "      - list: {items: [One, Two, {text: Three, items: [Three and a half]}]}\n",
        ]
        return (0..<8).map { index in
            var text = "title: Briefing \(index)\n" + (index % 3 == 0 ? "style: print\n" : "") + "sections:\n"
            for section in 0..<2 {
                text += "  - title: Section \(section)\n" + (section == 0 ? "    id: s1\n" : "") + "    blocks:\n"
                for offset in 0..<4 { text += blocks[(index + section * 3 + offset) % blocks.count] }
            }
            return ("b\(index).yaml", text)
        }
    }()

    func render(_ briefing: (name: String, text: String), in folder: URL) throws -> Data {
        let url = folder.appendingPathComponent(briefing.name)
        let loaded = try Folio.loadBriefing(contentsOf: url)
        let style = try loaded.style.map { try StyleLoader.resolve($0, relativeTo: folder) } ?? .standard
        return try Report(briefing: loaded, style: style, creationDate: "2026-01-01", baseDirectory: folder).data(.pdf)
    }

    @Test func reportsOnTwoToEightThreadsWriteWhatEachWritesAlone() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images/network.png"), to: folder.file("map.png"))
        for briefing in Self.briefings { try briefing.text.write(to: folder.file(briefing.name), atomically: true, encoding: .utf8) }
        let alone = try Self.briefings.map { try render($0, in: folder.url) }
        let url = folder.url
        var differences: [String] = []
        for round in 0..<200 {
            let count = 2 + round % 7
            let chosen = (0..<count).map { (round * 3 + $0) % Self.briefings.count }
            let written = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
                for index in chosen {
                    group.addTask { (index, try render(Self.briefings[index], in: url)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for (index, data) in written where data != alone[index] { differences.append("round \(round): \(Self.briefings[index].name)") }
        }
        #expect(differences.isEmpty, "\(differences.count) differ: \(differences.prefix(5))")
    }

    @Test func aBatchInWorkerProcessesWritesWhatOneProcessWrites() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let inputs = folder.file("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images/network.png"), to: inputs.appendingPathComponent("map.png"))
        for briefing in Self.briefings { try briefing.text.write(to: inputs.appendingPathComponent(briefing.name), atomically: true, encoding: .utf8) }
        let single = try Tool.run([Tool.folio, "render", inputs.path, "--out-dir", folder.file("one").path, "-j", "1", "-q"])
        #expect(single.status == 0, "\(single.error)")
        for round in 0..<5 {
            let jobs = ["2", "4", "8"][round % 3]
            let batch = try Tool.run([Tool.folio, "render", inputs.path, "--out-dir", folder.file("many").path, "-j", jobs, "-q"])
            #expect(batch.status == 0, "\(batch.error)")
            for briefing in Self.briefings {
                let name = briefing.name.replacingOccurrences(of: ".yaml", with: ".pdf")
                #expect(try Data(contentsOf: folder.file("one/\(name)")) == Data(contentsOf: folder.file("many/\(name)")), "-j \(jobs) \(name)")
            }
        }
    }
}
