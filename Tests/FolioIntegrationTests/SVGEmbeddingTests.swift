import Folio
import Foundation
import Testing

/// SVG pages and charts are made to be put into other documents: every id is the page's own, a chart says
/// what it is, and a JPEG stays a JPEG.
@Suite struct SVGEmbeddingTests {
    /// Every `id="…"` of an SVG file.
    static func ids(in svg: String) -> Set<String> {
        var ids = Set<String>()
        var rest = svg[...]
        while let range = rest.range(of: " id=\"") {
            let tail = rest[range.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            ids.insert(String(tail[..<end]))
            rest = tail[end...]
        }
        return ids
    }

    @Test func noTwoPagesShareAnId() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("programme-status.yaml"))
        let files = try Report(briefing: briefing, baseDirectory: examplesFolder).write(.svg, to: folder.file("status.svg"))
        var seen: [String: String] = [:]
        for file in files {
            let ids = Self.ids(in: try String(contentsOf: file, encoding: .utf8))
            #expect(!ids.isEmpty)
            for id in ids {
                #expect(seen[id] == nil, "\(id) is in \(seen[id] ?? "") and \(file.lastPathComponent)")
                seen[id] = file.lastPathComponent
                #expect(id.hasPrefix("status-p"), "\(id)")
            }
        }
    }

    /// All pages of an example inlined into one HTML page look, in headless Chromium, as the PNG pages do.
    @Test func pagesInlinedTogetherDrawTheirOwnGlyphsInChromium() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("kosovo-nato.yaml"))
        let report = try Report(briefing: briefing)
        let svgs = try report.write(.svg, to: folder.file("kosovo.svg"))
        var pngs: [String] = []
        for index in svgs.indices {
            let png = folder.file("page-\(index + 1).png")
            try report.data(.png(ppi: 96), pageIndex: index).write(to: png)
            pngs.append(png.path)
        }
        let (width, height) = try pngSize(of: URL(fileURLWithPath: pngs[0]))
        var html = "<!DOCTYPE html><html><body style=\"margin:0;background:#fff\">"
        for svg in svgs {
            let text = try String(contentsOf: svg, encoding: .utf8)
            let markup = text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? text
            html += "<div style=\"width:\(width)px;height:\(height)px;overflow:hidden;line-height:0\">\(markup)</div>"
        }
        html += "</body></html>"
        let page = folder.file("pages.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let shot = folder.file("shot.png")
        let chromium = try Tool.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                     "--force-device-scale-factor=1", "--window-size=\(width),\(height * svgs.count)",
                                     "--screenshot=\(shot.path)", page.absoluteString])
        #expect(FileManager.default.fileExists(atPath: shot.path), "\(chromium.error)")
        let comparison = try Tool.run(["python3", Self.compareScript, shot.path, "\(height)"] + pngs)
        #expect(comparison.status == 0, "\(comparison.error)")
        let shares = comparison.output.split(separator: "\n").compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        #expect(shares.count == svgs.count)
        for (index, share) in shares.enumerated() {
            #expect(share < 0.01, "page \(index + 1): \(share * 100)% of it differs from the PNG page")
        }
    }

    static var compareScript: String {
        examplesFolder.deletingLastPathComponent().appendingPathComponent("Tests/Tools/compare_pages.py").path
    }

    @Test func anExportedChartIsAnImageWithATitleAndADescription() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let svg = folder.file("leakage.svg")
        let result = try Tool.run([Tool.folio, "chart", examplesFolder.appendingPathComponent("programme-status.yaml").path,
                                   "--id", "leakage", "-o", svg.path, "--svg-id-prefix", "chart-a-"])
        #expect(result.status == 0, "\(result.error)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains(" role=\"img\">"))
        #expect(text.contains("<title>Non-revenue water by district</title>"))
        #expect(text.contains("<desc>Bar chart of non-revenue water in four districts, each lower in 2025 than in 2024.</desc>"))
        #expect(Self.ids(in: text).allSatisfy { $0.hasPrefix("chart-a-p1-") })
        #expect(try Tool.run(["rsvg-convert", "-o", folder.file("leakage.png").path, svg.path]).status == 0)
    }

    @Test func aJPEGStaysAJPEG() throws {
        let briefing = try Folio.loadBriefing(contentsOf: examplesFolder.appendingPathComponent("programme-status.yaml"))
        let report = try Report(briefing: briefing, baseDirectory: examplesFolder)
        let pages = try report.document.pages.indices.map { try String(decoding: report.data(.svg, pageIndex: $0), as: UTF8.self) }
        let page = try #require(pages.first { $0.contains("data:image/jpeg;base64,") })
        // The 24 KB file as base64 (about 32 KB), not decoded into a PNG several times its size.
        #expect(!page.contains("data:image/png;base64,"))
        let start = try #require(page.range(of: "data:image/jpeg;base64,"))
        let encoded = page[start.upperBound...].prefix { $0 != "\"" }
        #expect(encoded.utf8.count < 34_000, "\(encoded.utf8.count) bytes of base64")
    }
}
