@testable import Folio
import FolioLayout
import Foundation
import Testing

/// Long briefings are measured on two threads (`ParallelComposition`): the bytes must be those of a layout on one.
@Suite struct ParallelLayoutTests {
    /// The example's sections twelve times over, without their ids (which must be unique): every script,
    /// every fallback font, far past the size at which the helper thread starts.
    func longBriefing(from example: String, in folder: ScratchFolder) throws -> URL {
        let text = try String(contentsOf: examplesFolder.appendingPathComponent(example), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("id:") }
            .map { $0.replacingOccurrences(of: #"\]\(#[a-z-]+\)"#, with: "]", options: .regularExpression) }
        guard let start = lines.firstIndex(of: "sections:") else { throw CocoaError(.fileReadCorruptFile) }
        let head = lines[...start].joined(separator: "\n"), body = lines[(start + 1)...].joined(separator: "\n")
        let url = folder.file("long-\(example)")
        try (head + "\n" + Array(repeating: body, count: 12).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images"), to: folder.file("images"))
        return url
    }

    @Test(arguments: ["multilingual.yaml", "programme-status.yaml"])
    func twoThreadsWriteTheSameBytesAsOne(example: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = try longBriefing(from: example, in: folder)
        let briefing = try Folio.loadBriefing(contentsOf: input)
        let parallel = try Report(briefing: briefing, creationDate: "2026-01-01", baseDirectory: folder.url,
                                  fonts: FontSession(threads: 2))
        let single = try Report(briefing: briefing, creationDate: "2026-01-01", baseDirectory: folder.url,
                                fonts: FontSession(threads: 1))
        // The helper's measurer issues font ids from its own range: it did lay out part of the document.
        #expect(parallel.document.fonts.ids.contains { $0.rawValue >= 1 << 16 })
        #expect(!single.document.fonts.ids.contains { $0.rawValue >= 1 << 16 })
        #expect(parallel.pageCount == single.pageCount)
        #expect(try parallel.data(.pdf) == single.data(.pdf), "\(example) PDF")
        for page in [0, 6, parallel.pageCount - 1] {
            #expect(try parallel.data(.svg, pageIndex: page) == single.data(.svg, pageIndex: page), "\(example) page \(page + 1)")
        }
        #expect(parallel.warnings == single.warnings)
    }

    /// A long table in a briefing of one section: the helper measures pieces of its rows for the widths, and
    /// runs of them ahead as they are placed. Row spans cross pieces (256 rows) and runs (64); decimals line
    /// up over every piece; cells have tones and sparklines; one cell has a character no font has. One thread
    /// or two, the bytes and the warnings are the same.
    @Test func aLongTableMeasuredOnTwoThreadsWritesTheSameBytes() throws {
        var rows: [TableRow] = []
        var index = 0
        while index < 2_600 {
            let spans = index % 256 == 255 || index % 64 == 63
            // The widest word of the first column, and the longest amount, each in one row only.
            let id = index == 1_300 ? "Rechtsschutzversicherungsgesellschaften" : spans ? "spanning three rows of the table" : "R\(index)"
            var cells = [TableCell(text: InlineText(plain: id), rowSpan: spans ? 3 : 1),
                         TableCell(text: InlineText(plain: String(repeating: "word ", count: index % 17 + 1) + (index == 1_500 ? "\u{F0000}" : ""))),
                         TableCell(text: InlineText(plain: index == 2_100 ? "1234567.125" : String(format: "%.2f", Double(index * 7_919 % 100_000) / 3)), isNumber: true,
                                   tone: index % 5 == 0 ? .good : nil)]
            if index % 97 == 5 { cells = [cells[0], TableCell(text: "spanning two columns", columnSpan: 2)] }
            if index % 50 == 7, cells.count == 3 { cells[2] = TableCell(text: "", sparkline: [1, 4, nil, 2]) }
            rows.append(TableRow(cells: cells, tone: index % 89 == 3 ? .warning : nil))
            for _ in 1..<(spans ? 3 : 1) {
                index += 1
                rows.append(TableRow(cells: [TableCell(text: InlineText(plain: "under \(index)")), TableCell(text: "7.5", isNumber: true)]))
            }
            index += 1
        }
        let table = Table(caption: "Long", columns: [TableColumn(title: "Id"), TableColumn(title: "Text"),
                                                     TableColumn(title: "Amount", alignment: .decimal)], rows: rows)
        let briefing = Briefing(title: "One long table", sections: [Section(title: "Rows", blocks: [.table(table)])])
        let parallel = try Report(briefing: briefing, creationDate: "2026-01-01", fonts: FontSession(threads: 2))
        let single = try Report(briefing: briefing, creationDate: "2026-01-01", fonts: FontSession(threads: 1))
        // The helper did measure rows: their lines name its font ids.
        #expect(parallel.document.fonts.ids.contains { $0.rawValue >= 1 << 16 })
        #expect(parallel.pageCount == single.pageCount)
        #expect(try parallel.data(.pdf) == single.data(.pdf))
        #expect(!single.warnings.isEmpty)
        #expect(parallel.warnings == single.warnings)
    }

    /// Sections are composed a window at a time as pagination reaches them: windows of any size, one thread or
    /// two, give the same pages and bytes, and warnings in the same order.
    @Test func windowsOfAnySizeWriteTheSameBytes() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = try longBriefing(from: "multilingual.yaml", in: folder)
        let briefing = try Folio.loadBriefing(contentsOf: input)
        let whole = try Report(briefing: briefing, creationDate: "2026-01-01", baseDirectory: folder.url,
                               fonts: FontSession(threads: 1), windowBlocks: .max)
        let expected = try whole.data(.pdf)
        for (windowBlocks, threads) in [(1, 2), (7, 2), (40, 1), (500, 2)] {
            let windowed = try Report(briefing: briefing, creationDate: "2026-01-01", baseDirectory: folder.url,
                                      fonts: FontSession(threads: threads), windowBlocks: windowBlocks)
            #expect(windowed.pageCount == whole.pageCount)
            #expect(try windowed.data(.pdf) == expected, "windows of \(windowBlocks) blocks, \(threads) threads")
            #expect(windowed.warnings == whole.warnings)
        }
    }

    /// Pages beyond a memory budget wait in a temporary file until they are drawn (`PageStore`): with every
    /// page there, the PDF, the SVG pages and the laid-out document are those of a layout kept in memory.
    @Test(arguments: ["multilingual.yaml", "programme-status.yaml"])
    func pagesKeptInAFileDrawTheSameBytes(example: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = try longBriefing(from: example, in: folder)
        let briefing = try Folio.loadBriefing(contentsOf: input)
        let inMemory = try Report(briefing: briefing, creationDate: "2026-01-01", baseDirectory: folder.url, fonts: FontSession(threads: 2),
                                  pageMemoryBudget: .max)
        let inFile = try Report(briefing: briefing, creationDate: "2026-01-01", baseDirectory: folder.url, fonts: FontSession(threads: 2),
                                pageMemoryBudget: 0)
        let kept = try #require(inFile.pages as? LaidOutDocument).pagesKeptInFile
        #expect(kept == inFile.pageCount, "every page waits in the file")
        #expect(try #require(inMemory.pages as? LaidOutDocument).pagesKeptInFile == 0)
        #expect(try inFile.data(.pdf) == inMemory.data(.pdf), "\(example) PDF")
        for page in [0, 1, inFile.pageCount / 2, inFile.pageCount - 1] {
            #expect(try inFile.data(.svg, pageIndex: page) == inMemory.data(.svg, pageIndex: page), "\(example) page \(page + 1)")
        }
        #expect(inFile.document == inMemory.document)
        #expect(inFile.warnings == inMemory.warnings)
    }
}
