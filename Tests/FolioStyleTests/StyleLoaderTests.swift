import FolioCore
import FolioDecoding
import FolioGraphics
import Testing
@testable import FolioStyle

@Suite struct StyleLoaderTests {
    @Test func theDefaultStyleIsBuiltIn() throws {
        #expect(StyleLoader.builtinNames.contains("default"))
        let style = try StyleLoader.builtin("default")
        #expect(style.page.size == .a4)
        #expect(abs(style.page.marginLeft - 70.866) < 0.001)
        #expect(style.fonts.body == FontSpec(family: "DejaVu Sans", size: 11))
        #expect(style.fonts.heading(level: 1).weight == .bold)
        #expect(style.fonts.codeFamily == "DejaVu Sans Mono")
        #expect(style.colors.accent == Color(rgb: 0x1F4E79))
        #expect(style.paragraphAlignment == .left)
    }

    @Test(arguments: [("12", 12.0), ("12pt", 12), ("1in", 72), ("25.4mm", 72), ("2.54 cm", 72), (" 3 pt ", 3)])
    func readsLengths(text: String, points: Double) throws {
        let value = try #require(Length.points(text))
        #expect(abs(value - points) < 1e-9)
    }

    @Test(arguments: ["", "pt", "12px", "nan", "infpt", "1e400mm", "twelve"])
    func refusesWhatIsNotALength(text: String) {
        #expect(Length.points(text) == nil)
    }

    /// The default style with one line replaced.
    func defaultStyle(replacing old: String, with new: String) throws -> String {
        let text = try #require(BuiltinStyleFiles.files["default"])
        #expect(text.contains(old))
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test(arguments: [
        ("size: A4 ", "size: A6 ", "\"A6\" is not one of: A3, A4, A5, Legal, Letter"),
        ("margins: 2.5cm", "margins: 12cm", "the margins leave less than 1 inch"),
        ("body: {size: 11pt}", "body: {size: 11px}", "\"11px\" is not a length"),
        ("body: {size: 11pt}", "body: {size: 0.5pt}", "between 1 and 400 pt"),
        ("title: {size: 22pt, weight: bold}", "title: {size: 22pt, weight: bolder}", "did you mean 'bold'?"),
        ("dates: long ", "dates: lang ", "did you mean 'long'?"),
        ("accent: \"#1F4E79\"", "accent: \"#1F4E7\"", "is not a colour"),
        ("line_height: 1.36", "line_height: .nan", "expected a number"),
        ("align: left", "align: justified", "did you mean 'justify'?"),
        ("  rule: \"#B8C4D0\"\n", "  rule: [1, 2]\n", "expected text"),
        ("orientation: portrait", "orientaton: portrait", "did you mean 'orientation'?"),
    ])
    func reportsStyleErrorsWithTheirPlace(old: String, new: String, message: String) throws {
        let text = try defaultStyle(replacing: old, with: new)
        do {
            _ = try StyleLoader.load(text: text, file: "house.yaml")
            Issue.record("expected an error")
        } catch {
            let first = try #require(error.diagnostics.first)
            #expect(first.message.contains(message), "\(error)")
            #expect(first.location?.file == "house.yaml")
            #expect((first.location?.line ?? 0) > 1)
        }
    }

    @Test func landscapeSwapsTheSides() throws {
        let style = try StyleLoader.load(text: defaultStyle(replacing: "orientation: portrait", with: "orientation: landscape"),
                                         file: "wide.yaml")
        #expect(style.page.size == Size(width: Size.a4.height, height: Size.a4.width))
    }

    @Test func anUnknownBuiltInStyleIsAUsageError() {
        #expect(throws: FolioError.self) { try StyleLoader.builtin("defualt") }
        do {
            _ = try StyleLoader.builtin("defualt")
        } catch {
            #expect(error.code == .usage)
            #expect(error.message.contains("did you mean 'default'?"))
        }
    }
}
