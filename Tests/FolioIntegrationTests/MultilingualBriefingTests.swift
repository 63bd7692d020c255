import Foundation
import Testing

/// A briefing whose sections are in Albanian, Serbian, Greek, Arabic and English: each section's element
/// says its language, each is hyphenated by its own language's dictionary (as pyphen reads it), Albanian
/// (which has no dictionary) not at all, and the Arabic section's list and callout run right to left.
@Suite struct MultilingualBriefingTests {
    static let briefing = """
        title: Bashkëpunimi rajonal
        language: en
        style: print
        sections:
          - title: Shqip
            language: sq
            blocks:
              - paragraph: >-
                  Bashkëpunimi ndërkombëtar në fushën e sigurisë kombëtare është thelbësor për zhvillimin demokratik
                  dhe stabilitetin afatgjatë të rajonit. Stërvitjet e përbashkëta forcojnë gatishmërinë operacionale
                  dhe ndërveprimin me forcat e aleatëve, ndërsa çështja e njohjes ndërkombëtare mbetet ende e hapur.
          - title: Српски
            language: sr
            blocks:
              - paragraph: >-
                  Међународна безбедносна сарадња представља најзначајнији инструмент стабилизације Западног Балкана.
                  Заједничке војне вежбе унапређују интероперабилност оружаних снага, јачају међусобно поверење
                  суседних држава и омогућавају размену искустава у области кризног менаџмента и координације.
          - title: Ελληνικά
            language: el
            blocks:
              - paragraph: >-
                  Η περιφερειακή συνεργασία στον τομέα της ασφάλειας ενισχύει σημαντικά τη σταθερότητα στα Δυτικά
                  Βαλκάνια. Οι κοινές στρατιωτικές ασκήσεις βελτιώνουν την επιχειρησιακή ετοιμότητα, τη
                  διαλειτουργικότητα και την ικανότητα συνεργασίας με τις δυνάμεις των συμμάχων, ενώ παράλληλα
                  ενδυναμώνουν την αμοιβαία εμπιστοσύνη των κυβερνήσεων.
          - title: العربية
            language: ar
            blocks:
              - paragraph: يعزز التعاون الإقليمي في مجال الأمن الاستقرار في منطقة البلقان.
              - list:
                  - term: الفوائد
                    text: ضمانات أمنية وقدرات دفاعية أفضل ودعم سياسي.
                  - term: التحديات
                    text: الخلافات السياسية والإصلاحات التي لم تنجز بعد.
              - callout:
                  title: ملاحظة
                  text: لا تزال مسألة الاعتراف الدولي مفتوحة.
          - title: English
            language: en
            blocks:
              - paragraph: >-
                  International cooperation strengthens the accountability, interoperability and representativeness
                  of consolidated institutions; intergovernmental coordination mechanisms complement parliamentary
                  oversight, and comprehensive reconciliation programmes accompany infrastructural modernisation.
              - paragraph: >-
                  Die grenzüberschreitende Zusammenarbeit der Sicherheitsbehörden stärkt die Verhandlungsbereitschaft
                  und die Rechtsstaatlichkeit in der gesamten Region.
                language: de
        """

    /// The pattern file pyphen reads for each script's section: Cyrillic is Serbian, Greek is Greek, Latin is
    /// English or Albanian (none: Debian has no Albanian patterns).
    static let dictionaries = ["sr": "/usr/share/hyphen/hyph_sr_RS.dic", "el": "/usr/share/hyphen/hyph_el_GR.dic",
                               "en": "/usr/share/hyphen/hyph_en_US.dic", "de": "/usr/share/hyphen/hyph_de_DE.dic"]

    static func render(width: String) throws -> (folder: ScratchFolder, pdf: URL) {
        let folder = try ScratchFolder()
        let input = folder.file("multilingual.yaml"), pdf = folder.file("out.pdf")
        try briefing.write(to: input, atomically: true, encoding: .utf8)
        let render = try Tool.run([Tool.folio, "render", input.path, "-o", pdf.path, "-q",
                                   "--set", "page.size={width: \(width), height: 297mm}"])
        #expect(render.status == 0, "\(render.error)")
        return (folder, pdf)
    }

    @Test func eachSectionSaysItsLanguage() throws {
        let (folder, pdf) = try Self.render(width: "210mm")
        defer { folder.remove() }
        let objects = try PDFObjects(pdf: pdf)
        #expect(PDFObjects.text(objects.catalog["/Lang"]) == "en")
        let sections = objects.structureElements.filter { $0.dictionary["/S"] as? String == "/Sect" }
        #expect(sections.map { PDFObjects.text($0.dictionary["/Lang"]) } == ["sq", "sr", "el", "ar", "en"])
        // Each section holds its heading and its blocks.
        #expect(sections.map { objects.childTypes(of: $0.dictionary).first } == Array(repeating: "/H1", count: 5))
        // A block in another language than its section says so on its own element.
        let english = try #require(sections.last)
        let paragraphs = objects.array(english.dictionary["/K"]).compactMap { objects.dictionary($0) }.filter { $0["/S"] as? String == "/P" }
        #expect(paragraphs.map { PDFObjects.text($0["/Lang"]) } == [nil, "de"])
        let arabic = try #require(sections.dropFirst(3).first)
        // Its paragraph, list, and callout (a paragraph for its title, one for its text).
        #expect(objects.childTypes(of: arabic.dictionary) == ["/H1", "/P", "/L", "/P", "/P"])
    }

    @Test func eachSectionIsHyphenatedInItsOwnLanguage() throws {
        var splits: [(language: String, word: String, at: Int)] = []
        for width in ["95mm", "110mm", "125mm", "140mm"] {
            let (folder, pdf) = try Self.render(width: width)
            defer { folder.remove() }
            let text = try Tool.run(["pdftotext", "-enc", "UTF-8", pdf.path, "-"]).output
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            for (line, next) in zip(lines, lines.dropFirst()) {
                guard let hyphen = line.last, hyphen == "\u{2010}" || hyphen == "-",
                      let before = line.dropLast().last, before.isLetter, let after = next.first, after.isLetter else { continue }
                let head = String(line.dropLast().reversed().prefix { $0.isLetter }.reversed())
                let word = head + next.prefix { $0.isLetter }
                let language = switch word.unicodeScalars.first?.value ?? 0 {
                case 0x0400...0x04FF: "sr"
                case 0x0370...0x03FF, 0x1F00...0x1FFF: "el"
                default: Self.briefing.components(separatedBy: "Die grenz")[1].contains(word) ? "de"
                    : Self.briefing.components(separatedBy: "title: English")[1].contains(word) ? "en" : "sq"
                }
                splits.append((language, word, head.count))
            }
        }
        // Albanian has no patterns: none of its words is broken, rather than broken by English patterns.
        #expect(!splits.contains { $0.language == "sq" }, "\(splits.filter { $0.language == "sq" })")
        for language in ["sr", "el", "en", "de"] {
            let found = splits.filter { $0.language == language }
            #expect(found.count >= (language == "de" ? 1 : 2), "\(language): \(found.count) words broken")
            let words = Array(Set(found.map { $0.word.lowercased() })).sorted()
            let script = """
                import json, sys, pyphen
                dictionary = pyphen.Pyphen(filename=sys.argv[1], left=1, right=1)
                print(json.dumps({word: dictionary.positions(word) for word in json.load(sys.stdin)}))
                """
            let input = String(decoding: try JSONEncoder().encode(words), as: UTF8.self)
            let result = try Tool.run(["sh", "-c", "printf '%s' \"$1\" | python3 -c \"$2\" \"$3\"", "sh", input, script,
                                       Self.dictionaries[language] ?? ""])
            #expect(result.status == 0, "\(result.error)")
            let positions = try JSONDecoder().decode([String: [Int]].self, from: Data(result.output.utf8))
            for split in found {
                let allowed = positions[split.word.lowercased()] ?? []
                #expect(allowed.contains(split.at), "\(language): '\(split.word)' broken after \(split.at) letters; pyphen: \(allowed)")
            }
        }
    }

    @Test func theArabicSectionRunsRightToLeft() throws {
        let (folder, pdf) = try Self.render(width: "210mm")
        defer { folder.remove() }
        let bbox = try Tool.run(["pdftotext", "-bbox", pdf.path, "-"]).output
        var words: [(minX: Double, minY: Double, maxX: Double, text: String)] = []
        let pattern = try NSRegularExpression(pattern: #"xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]+)<"#)
        for match in pattern.matches(in: bbox, range: NSRange(bbox.startIndex..., in: bbox)) {
            let fields = (1...4).compactMap { Range(match.range(at: $0), in: bbox).map { String(bbox[$0]) } }
            guard fields.count == 4, let minX = Double(fields[0]), let minY = Double(fields[1]), let maxX = Double(fields[2]) else { continue }
            words.append((minX, minY, maxX, fields[3]))
        }
        // The list's bullets stand at the right edge of the text, right of everything on their lines.
        let bullets = words.filter { $0.text == "•" }
        #expect(bullets.count == 2)
        for bullet in bullets {
            let line = words.filter { abs($0.minY - bullet.minY) < 3 && $0.text != "•" }
            #expect(line.count > 5 && line.allSatisfy { $0.maxX < bullet.minX }, "bullet at \(bullet.minX): \(line.map(\.maxX).max() ?? 0)")
            #expect(bullet.minX > 400)
        }
        let english = try #require(words.first { $0.text == "International" })
        #expect(english.minX < 150)
    }
}
