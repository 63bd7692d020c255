import Folio
import Foundation
import Testing

/// Fonts: Folio's own font folders, --font-dir, warnings for missing families and characters, --strict-fonts.
@Suite struct FontTests {
    /// A briefing in `folder` whose style asks for `family`, with `text` as its only paragraph.
    func briefing(family: String, text: String, in folder: ScratchFolder) throws -> URL {
        let style = try String(contentsOf: examplesFolder.deletingLastPathComponent().appendingPathComponent("Styles/default.yaml"),
                               encoding: .utf8)
        try style.replacingOccurrences(of: "family: DejaVu Sans  ", with: "family: \(family)  ")
            .write(to: folder.file("style.yaml"), atomically: true, encoding: .utf8)
        let url = folder.file("fonts.yaml")
        try "title: Fonts\nstyle: style.yaml\nsections:\n  - title: S\n    blocks:\n      - paragraph: \"\(text)\"\n"
            .write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aMissingFamilyIsAWarningAndAnErrorWhenStrict() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = try briefing(family: "No Such Family", text: "Plain text.", in: folder)
        let lenient = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("a.pdf").path])
        #expect(lenient.status == 0)
        #expect(lenient.error.contains("warning: font family 'No Such Family' is not installed; 'DejaVu Sans' was used instead"))
        let strict = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("b.pdf").path, "--strict-fonts"])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("b.pdf").path))
    }

    @Test func aCharacterNoFontHasIsNamed() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let input = try briefing(family: "DejaVu Sans", text: "Private use \u{E000} here.", in: folder)
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("a.pdf").path])
        #expect(result.status == 0)
        // Located where the character is: the file, line and column, and the path of the paragraph.
        #expect(result.error.contains("fonts.yaml:6:9: warning: sections[0].blocks[0].paragraph: no font has the character U+E000"),
                "\(result.error)")
    }

    @Test func fontDirAddsFontsOutsideFolioFolders() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let fonts = folder.file("fonts")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                                        toPath: fonts.appendingPathComponent("DroidSansFallbackFull.ttf").path)
        let input = try briefing(family: "Droid Sans Fallback", text: "中文 (a script only that font has here)", in: folder)
        // Installed on the system, but not in Folio's folders: not used without --font-dir.
        let without = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("a.pdf").path])
        #expect(without.error.contains("'Droid Sans Fallback' is not installed"))
        let with = try Tool.run([Tool.folio, "render", input.path, "-o", folder.file("b.pdf").path, "--font-dir", fonts.path])
        #expect(with.status == 0)
        #expect(!with.error.contains("not installed"), "\(with.error)")
        #expect(try Tool.run(["pdffonts", folder.file("b.pdf").path]).output.contains("DroidSansFallback"))
    }

    @Test func everyScriptOfTheMultilingualExampleIsShapedAndExtractable() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pdf = folder.file("multilingual.pdf")
        let result = try Tool.run([Tool.folio, "render", examplesFolder.appendingPathComponent("multilingual.yaml").path,
                                   "-o", pdf.path, "--strict-fonts"])
        #expect(result.status == 0, "\(result.error)")
        let text = try Tool.run(["pdftotext", "-enc", "UTF-8", pdf.path, "-"]).output
        for word in ["Bashkëpunimi", "çështja", "Регионална", "сарадња", "περιφερειακή", "συνεργασία", "التعاون", "الإقليمي"] {
            #expect(text.contains(word), "pdftotext does not find \(word)")
        }
        let fonts = try Tool.run(["pdffonts", pdf.path]).output.split(separator: "\n").dropFirst(2)
        #expect(fonts.allSatisfy { $0.contains(" yes yes yes ") }, "\(fonts)")
    }

    /// librsvg sets the text of SVG images through Pango's default font map, which reads fontconfig's current
    /// configuration (`ProcessWideState`): Folio's own, so the image's text shares the body's font, options
    /// and all. With the machine's configuration it came out as a second copy of DejaVu Sans in the PDF.
    @Test func svgImageTextUsesFolioFonts() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
              <text x="4" y="28" font-family="DejaVu Sans" font-size="20">Seen in an image</text>
            </svg>
            """
        try svg.write(to: folder.file("label.svg"), atomically: true, encoding: .utf8)
        let input = folder.file("image.yaml")
        try "title: Image text\nsections:\n  - title: S\n    blocks:\n      - paragraph: Body text.\n      - image: {path: label.svg}\n"
            .write(to: input, atomically: true, encoding: .utf8)
        let pdf = folder.file("image.pdf")
        let result = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path])
        #expect(result.status == 0, "\(result.error)")
        let fonts = try Tool.run(["pdffonts", pdf.path]).output.split(separator: "\n").dropFirst(2)
        #expect(fonts.filter { $0.contains("+DejaVuSans ") }.count == 1, "\(fonts)")
        #expect(try Tool.run(["pdftotext", pdf.path, "-"]).output.contains("Seen in an image"))
    }
}
