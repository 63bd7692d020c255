import Foundation
import Testing

/// Faults outside the input: where the output cannot go, a style file that is not there, a batch stopped
/// halfway. Each gives a clear error and leaves no partial file; an existing output stays as it was.
/// (A full disk and SIGTERM during a render: `BatchRenderTests.interruptedRendersLeaveNothingBehind`.)
@Suite struct FaultTests {
    var example: String { examplesFolder.appendingPathComponent("kosovo-nato.yaml").path }

    @Test func anOutputFolderThatCannotBeWrittenIsAnIOError() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // Tests run as root, whom permissions do not stop: a file where a folder should be, and /proc, do.
        try Data("a file".utf8).write(to: folder.file("file"))
        for destination in [folder.file("file/out.pdf").path, "/proc/folio-out.pdf"] {
            let result = try Tool.run([Tool.folio, "render", example, "-o", destination])
            #expect(result.status == 74, "\(destination): \(result.status) \(result.error)")
            #expect(result.error.contains("error:") && result.error.contains(destination.hasPrefix("/proc") ? "/proc" : "file"),
                    "\(result.error)")
        }
        #expect(folder.contents == ["file"])
    }

    @Test func aMissingStyleFileIsNamedAndNothingIsWritten() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Data("old".utf8).write(to: folder.file("out.pdf"))
        let option = try Tool.run([Tool.folio, "render", example, "-o", folder.file("out.pdf").path, "--style", folder.file("gone.yaml").path])
        #expect(option.status != 0)
        #expect(option.error.contains("gone.yaml"), "\(option.error)")
        try "title: S\nstyle: gone.yaml\nsections:\n  - title: One\n".write(to: folder.file("b.yaml"), atomically: true, encoding: .utf8)
        let named = try Tool.run([Tool.folio, "render", folder.file("b.yaml").path, "-o", folder.file("out.pdf").path])
        #expect(named.status == 1)
        #expect(named.error.contains("b.yaml:2:8: error:"), "\(named.error)")
        #expect(try Data(contentsOf: folder.file("out.pdf")) == Data("old".utf8))
        #expect(folder.contents == ["b.yaml", "out.pdf"])
    }

    @Test func aBatchStoppedHalfwayLeavesOnlyWholeFiles() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let inputs = folder.file("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        var rows = "title: Big\nsections:\n  - title: T\n    blocks:\n      - table:\n          columns: [Name, Value]\n          rows:\n"
        for index in 0..<6_000 { rows += "            - [Row \(index), \(index)]\n" }
        for index in 0..<6 { try rows.write(to: inputs.appendingPathComponent("b\(index).yaml"), atomically: true, encoding: .utf8) }
        let out = folder.file("out")
        let stopped = try Tool.run(["bash", "-c", "\"$0\" render \"$1\" --out-dir \"$2\" -j 2 -q & pid=$!; sleep 2; kill -TERM $pid; wait $pid",
                                    Tool.folio, inputs.path, out.path])
        #expect(stopped.status == 143, "\(stopped.error)")
        // The workers stop with the batch; give them a moment to clean up after themselves.
        Thread.sleep(forTimeInterval: 1)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(written.allSatisfy { $0.hasPrefix("b") && $0.hasSuffix(".pdf") }, "\(written)")
        for name in written {
            #expect(try Tool.run(["qpdf", "--check", out.appendingPathComponent(name).path]).status == 0, "\(name)")
        }
        // This batch's workers only (other tests run batches at the same time); the bracket keeps pgrep from
        // finding its own shell.
        let workers = try Tool.run(["bash", "-c", "pgrep -f -- \"$0.*--batch-work[e]r\" | wc -l", inputs.path])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(workers == "0")
    }
}
