import FolioCore
import FolioGraphics
import FolioStyle
import Foundation
import Testing

@Suite struct StyleInheritanceTests {
    let here = URL(fileURLWithPath: "/")

    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-styles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func builtInStylesAreWhatTheySayTheyAre() throws {
        #expect(StyleLoader.builtinNames == ["compact", "default", "print", "slides"])
        let standard = try StyleLoader.builtin("default"), print = try StyleLoader.builtin("print")
        let compact = try StyleLoader.builtin("compact"), slides = try StyleLoader.builtin("slides")
        #expect(print.fonts.body.family == "Noto Serif" && print.charts.patterns && print.colors.palette.allSatisfy { $0.red == $0.green && $0.green == $0.blue })
        #expect(compact.fonts.body.size < standard.fonts.body.size && compact.page.textArea.width > standard.page.textArea.width)
        #expect(slides.page.size.width > slides.page.size.height && slides.fonts.body.size >= 18)
        // What print does not say, it takes from default.
        #expect(print.page == standard.page && print.table == standard.table)
    }

    @Test func aStyleExtendsAnotherFileAndGivesOnlyWhatDiffers() throws {
        let url = try folder(["base.yaml": "extends: print\ncolors: {accent: \"#003366\"}\n",
                              "house.yaml": "extends: base.yaml\npage: {size: Letter}\nfonts: {body: {size: 12pt}}\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let style = try StyleLoader.resolve("house.yaml", relativeTo: url)
        #expect(style.page.size.width == 612)
        #expect(style.fonts.body.size == 12 && style.fonts.body.family == "Noto Serif")
        #expect(style.colors.accent == Color(hex: "#003366"))
        #expect(style.charts.patterns)
    }

    @Test func errorsPointIntoTheFileThatHasThem() throws {
        let url = try folder(["base.yaml": "colors:\n  acent: \"#003366\"\n", "house.yaml": "extends: base.yaml\n",
                              "loop.yaml": "extends: loop.yaml\n", "missing.yaml": "extends: nowhere.yaml\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: FolioError.self) { try StyleLoader.resolve("house.yaml", relativeTo: url) }
        #expect(error.description.contains("base.yaml:2:3: error: colors: unknown key 'acent'; did you mean 'accent'?"), "\(error)")
        let loop = try #require(throws: FolioError.self) { try StyleLoader.resolve("loop.yaml", relativeTo: url) }
        #expect(loop.description.contains("extends itself"))
        let missing = try #require(throws: FolioError.self) { try StyleLoader.resolve("missing.yaml", relativeTo: url) }
        #expect(missing.description.contains("missing.yaml:1:10: error: extends: cannot read the style file"), "\(missing)")
    }

    @Test func overridesFromTheCommandLine() throws {
        let overrides = [try StyleOverride("colors.accent=#123456", index: 1), try StyleOverride("page.size=A5", index: 2),
                         try StyleOverride("fonts.body={size: 12pt}", index: 3), try StyleOverride("document.contents=true", index: 4)]
        let style = try StyleLoader.resolve("default", relativeTo: here, overrides: overrides)
        #expect(style.colors.accent == Color(hex: "#123456"))
        #expect(abs(style.page.size.width - 419.5) < 0.1)
        #expect(style.fonts.body.size == 12 && style.fonts.body.family == "DejaVu Sans")
        #expect(style.document.tableOfContents)
        let typo = try #require(throws: FolioError.self) {
            try StyleLoader.resolve("default", relativeTo: here, overrides: [try StyleOverride("colors.acent=#123456", index: 1)])
        }
        #expect(typo.description.contains("--set:1:8: error: colors: unknown key 'acent'; did you mean 'accent'?"), "\(typo)")
        #expect(throws: FolioError.self) { try StyleOverride("colors.accent", index: 1) }
    }

    @Test func theResolvedStyleIsCompleteYAMLThatLoadsBackTheSame() throws {
        for name in StyleLoader.builtinNames {
            let text = try StyleLoader.resolvedYAML(name, relativeTo: here)
            #expect(!text.contains("extends"))
            let reloaded = try StyleLoader.load(text: "extends: default\n" + text, file: "\(name)-resolved.yaml")
            #expect(reloaded == (try StyleLoader.builtin(name)), "\(name)")
        }
    }
}
