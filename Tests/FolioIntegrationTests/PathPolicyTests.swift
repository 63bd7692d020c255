import Foundation
import Testing

/// Images are read from the briefing's folder and below; a path that leaves it (by `..`, an absolute path
/// or a symbolic link) is refused unless `--allow-path` allows its folder, and URLs are never fetched.
@Suite struct PathPolicyTests {
    /// A briefing folder inside a scratch folder, with a PNG beside it and another outside it.
    struct Layout {
        let root: ScratchFolder
        var briefingFolder: URL { root.file("briefing") }
        var outsideFolder: URL { root.file("outside") }

        init() throws {
            root = try ScratchFolder()
            for folder in [briefingFolder, outsideFolder] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: examplesFolder.appendingPathComponent("images/network.png"),
                                                 to: folder.appendingPathComponent("map.png"))
            }
        }

        /// A briefing whose one image block has `path`.
        func briefing(imagePath: String) throws -> URL {
            let url = briefingFolder.appendingPathComponent("b.yaml")
            try "title: Paths\nsections:\n  - title: S\n    blocks:\n      - image: {path: \"\(imagePath)\", alt: A map}\n"
                .write(to: url, atomically: true, encoding: .utf8)
            return url
        }

        func render(_ imagePath: String, _ extra: [String] = []) throws -> Tool.Result {
            try Tool.run([Tool.folio, "render", try briefing(imagePath: imagePath).path, "-o", root.file("out.pdf").path] + extra)
        }
    }

    @Test func anImageBesideOrBelowTheBriefingIsRead() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        try FileManager.default.createDirectory(at: layout.briefingFolder.appendingPathComponent("img"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: layout.briefingFolder.appendingPathComponent("map.png"),
                                         to: layout.briefingFolder.appendingPathComponent("img/map.png"))
        #expect(try layout.render("map.png").status == 0)
        #expect(try layout.render("img/map.png").status == 0)
        #expect(try layout.render("img/../map.png").status == 0)
    }

    @Test(arguments: ["../outside/map.png", "ABSOLUTE", "link.png", "linked/map.png"])
    func aPathLeavingTheFolderIsRefusedUnlessAllowed(path: String) throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        try FileManager.default.createSymbolicLink(at: layout.briefingFolder.appendingPathComponent("link.png"),
                                                   withDestinationURL: layout.outsideFolder.appendingPathComponent("map.png"))
        try FileManager.default.createSymbolicLink(at: layout.briefingFolder.appendingPathComponent("linked"),
                                                   withDestinationURL: layout.outsideFolder)
        let imagePath = path == "ABSOLUTE" ? layout.outsideFolder.appendingPathComponent("map.png").path : path
        let refused = try layout.render(imagePath)
        #expect(refused.status == 1)
        #expect(refused.error.contains("b.yaml:5:"), "\(refused.error)")
        #expect(refused.error.contains("is outside the briefing's folder"), "\(refused.error)")
        #expect(refused.error.contains("--allow-path"))
        #expect(!FileManager.default.fileExists(atPath: layout.root.file("out.pdf").path))
        let allowed = try layout.render(imagePath, ["--allow-path", layout.outsideFolder.path])
        #expect(allowed.status == 0, "\(allowed.error)")
    }

    @Test(arguments: ["https://example.com/map.png", "http://127.0.0.1:9/map.png", "file:///etc/map.png"])
    func aURLIsNeverFetched(url: String) throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        let result = try layout.render(url, ["--allow-path", "/"])
        #expect(result.status == 1)
        #expect(result.error.contains("never fetches from the network"), "\(result.error)")
    }

    @Test func outputGoesOnlyWhereItWasAskedFor() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        let input = try layout.briefing(imagePath: "map.png")
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: layout.briefingFolder.path))
        #expect(try Tool.run([Tool.folio, "render", input.path, "-o", layout.root.file("out.pdf").path]).status == 0)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: layout.briefingFolder.path)) == before)
        #expect(layout.root.contents == ["briefing", "out.pdf", "outside"])
    }
}
