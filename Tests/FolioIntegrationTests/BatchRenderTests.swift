import Foundation
import Testing

/// `folio render` on many briefings: formats, templates, pages, shards, failures, and files never left half-written.
@Suite struct BatchRenderTests {
    let examples = examplesFolder.path

    @Test func rendersAFolderInSeveralFormatsInParallel() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let out = folder.file("build")
        let result = try Tool.run([Tool.folio, "render", examples, "--out-dir", out.path, "-f", "pdf,svg", "-j", "2"])
        #expect(result.status == 0, "\(result.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.contains("kosovo-nato.pdf") && files.contains("kosovo-nato-markdown.pdf") && files.contains("kosovo-nato-1.svg"))
        #expect(files.filter { $0.hasSuffix(".pdf") }.count == 7)
        #expect(result.error.contains("folio: rendered 7 of 7 briefings:"), "\(result.error)")
        // Not a terminal: no progress bar.
        #expect(!result.error.contains("\r"))
        // The same bytes as rendering one at a time.
        let single = folder.file("single.pdf")
        #expect(try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent("programme-status.yaml").path, "-o", single.path]).status == 0)
        #expect(try Data(contentsOf: single) == Data(contentsOf: out.appendingPathComponent("programme-status.pdf")))
    }

    @Test func templatesAndPageSelectionNameEveryFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent("kosovo-nato.yaml").path,
                                   "--out-dir", folder.url.path, "-o", "{name}/page-{0p}.{format}", "-f", "png,svg",
                                   "--pages", "2-3,5", "--ppi", "30"])
        #expect(result.status == 0, "\(result.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("kosovo-nato").path).sorted()
        #expect(files == ["page-2.png", "page-2.svg", "page-3.png", "page-3.svg", "page-5.png", "page-5.svg"])
        let pdf = folder.file("two.pdf")
        #expect(try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent("kosovo-nato.yaml").path,
                              "-o", pdf.path, "--pages", "1,4"]).status == 0)
        #expect(try Tool.run(["pdfinfo", pdf.path]).output.contains("Pages:           2"))
        let beyond = try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent("kosovo-nato.yaml").path,
                                   "-o", folder.file("x.pdf").path, "--pages", "9"])
        #expect(beyond.status == 64 && beyond.error.contains("page 9 does not exist"))
    }

    @Test func shardsSplitABatchWithoutOverlap() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var seen: [String] = []
        for shard in 1...3 {
            let out = folder.file("shard\(shard)")
            #expect(try Tool.run([Tool.folio, "render", examples, "--out-dir", out.path, "--shard", "\(shard)/3", "-q"]).status == 0)
            seen += (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        }
        #expect(seen.sorted() == ["data-briefing.pdf", "incident-review.pdf", "kosovo-nato-markdown.pdf", "kosovo-nato.pdf", "multilingual.pdf", "programme-status.pdf", "trends.pdf"])
    }

    @Test func oneBadBriefingDoesNotStopTheOthersButSetsTheExitStatus() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try "title: Bad\nsections: 3\n".write(to: folder.file("a-bad.yaml"), atomically: true, encoding: .utf8)
        let good = examplesFolder.appendingPathComponent("kosovo-nato.yaml").path
        let out = folder.file("build")
        let result = try Tool.run([Tool.folio, "render", folder.file("a-bad.yaml").path, good, "--out-dir", out.path,
                                   "-j", "1", "--diagnostic-format", "json"])
        #expect(result.status == 1)
        #expect(result.error.contains(#""file":"\#(folder.file("a-bad.yaml").path)","line":2,"column":11"#), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("kosovo-nato.pdf").path))
        let fast = try Tool.run([Tool.folio, "render", folder.file("a-bad.yaml").path, good, "--out-dir", folder.file("fast").path,
                                 "-j", "1", "--fail-fast"])
        #expect(fast.status == 1 && fast.error.contains("1 not started (--fail-fast)"), "\(fast.error)")
        try FileManager.default.createDirectory(at: folder.file("copy"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: good, toPath: folder.file("copy/kosovo-nato.yaml").path)
        let clash = try Tool.run([Tool.folio, "render", good, folder.file("copy/kosovo-nato.yaml").path, "--out-dir", out.path])
        #expect(clash.status == 64 && clash.error.contains("would both be written to"))
    }

    /// A render killed by a signal, or stopped by a full disk (`ulimit -f`), leaves no file behind and the old one intact.
    @Test func interruptedRendersLeaveNothingBehind() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var rows = "title: Big\nsections:\n  - title: T\n    blocks:\n      - table:\n          columns: [Name, Value]\n          rows:\n"
        for index in 0..<20_000 { rows += "            - [Row \(index), \(index)]\n" }
        try rows.write(to: folder.file("big.yaml"), atomically: true, encoding: .utf8)
        let target = folder.file("out.pdf")
        try Data("old".utf8).write(to: target)
        let killed = try Tool.run(["bash", "-c", "\"$0\" render \"$1\" -o \"$2\" & pid=$!; sleep 1.5; kill -TERM $pid; wait $pid",
                                   Tool.folio, folder.file("big.yaml").path, target.path])
        #expect(killed.status == 143)
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(folder.contents == ["big.yaml", "out.pdf"], "\(folder.contents)")
        let full = try Tool.run(["bash", "-c", "ulimit -f 40; \"$0\" render \"$1\" -o \"$2\"", Tool.folio,
                                 examplesFolder.appendingPathComponent("programme-status.yaml").path, target.path])
        #expect(full.status == 74 && full.error.contains("File too large"), "\(full.error)")
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(folder.contents == ["big.yaml", "out.pdf"])
    }
}

/// Examples/LibraryExample: a briefing built in Swift, rendered through the library.
@Suite struct LibraryExampleTests {
    @Test func theExampleProgramRendersItsBriefing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let program = URL(fileURLWithPath: Tool.folio).deletingLastPathComponent().appendingPathComponent("folio-library-example").path
        let result = try Tool.run([program, folder.url.path])
        #expect(result.status == 0, "\(result.error)")
        let text = try Tool.run(["pdftotext", folder.file("network-review.pdf").path, "-"]).output
        #expect(text.contains("Quarterly Network Review") && text.contains("Second data centre live"))
        #expect(try String(contentsOf: folder.file("milestones.svg"), encoding: .utf8).hasPrefix("<?xml"))
    }
}
