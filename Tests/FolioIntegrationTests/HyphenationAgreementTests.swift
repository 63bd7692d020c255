@testable import FolioCairo
import FolioGraphics
import Foundation
import Testing

/// Words break only where their language's dictionary breaks them — in hyphenated paragraphs, and when a
/// word is wider than its line or table cell — as Python's pyphen, reading the same pattern file apart from
/// libhyphen, finds; and a number never parts from its unit.
@Suite struct HyphenationAgreementTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var language: String
        var dictionary: String
        var words: [String]
        var testDescription: String { language }
    }

    static let samples = [
        Sample(language: "de", dictionary: "/usr/share/hyphen/hyph_de_DE.dic",
               words: ["Rechtsschutzversicherungsgesellschaften", "Donaudampfschifffahrtsgesellschaftskapitän",
                       "Kostenübernahmeerklärungen", "Bundesverfassungsgericht", "Verhandlungsbereitschaft", "Grenzüberschreitende"]),
        Sample(language: "fr", dictionary: "/usr/share/hyphen/hyph_fr.dic",
               words: ["anticonstitutionnellement", "interopérabilité", "réglementation", "développement", "coopération",
                       "infrastructures"]),
        Sample(language: "en", dictionary: "/usr/share/hyphen/hyph_en_US.dic",
               words: ["internationalisation", "interoperability", "accountability", "infrastructure", "consolidated",
                       "representatives"]),
    ]

    /// Where each word was split between two lines: the word, and how many characters stood before the break.
    static func splits(of lines: [TextLine]) -> [(word: String, at: Int)] {
        var splits: [(word: String, at: Int)] = []
        let texts = lines.map { $0.text.replacingOccurrences(of: "\u{2010}", with: "").replacingOccurrences(of: "-", with: "") }
        var index = 0
        while index + 1 < texts.count {
            // A break inside a word: letters on both sides.
            guard let last = texts[index].last, last.isLetter, let first = texts[index + 1].first, first.isLetter else {
                index += 1
                continue
            }
            let head = String(texts[index].reversed().prefix { $0.isLetter }.reversed())
            var word = head, at = [head.count]
            var next = index + 1
            // A word may run over several lines.
            while next < texts.count {
                let part = String(texts[next].prefix { $0.isLetter })
                word += part
                if part.count == texts[next].count, next + 1 < texts.count, texts[next + 1].first?.isLetter == true {
                    at.append(word.count)
                    next += 1
                } else {
                    break
                }
            }
            splits += at.map { (word, $0) }
            index = next
        }
        return splits
    }

    @Test(arguments: samples)
    func wordsBreakOnlyWhereTheDictionaryBreaksThem(sample: Sample) throws {
        let measurer = PangoTextMeasurer(language: sample.language)
        let font = FontSpec(family: "DejaVu Sans", size: 11)
        var splits: [(word: String, at: Int)] = []
        for width in stride(from: 60.0, through: 160, by: 10) {
            // Long words alone in a cell: broken because they must be, at syllables, by the dictionary.
            for word in sample.words {
                let lines = measurer.lines(of: RichText(word, attributes: TextAttributes(font: font)), width: width, alignment: .left,
                                           hyphenate: false)
                splits += Self.splits(of: lines)
            }
            // A hyphenated paragraph of them.
            let paragraph = RichText(sample.words.joined(separator: " "), attributes: TextAttributes(font: font))
            splits += Self.splits(of: measurer.lines(of: paragraph, width: width * 2, alignment: .justified, hyphenate: true))
        }
        #expect(splits.count > 20, "\(splits.count) breaks inside words")
        let words = Array(Set(splits.map { $0.word.lowercased() })).sorted()
        let script = """
            import json, sys, pyphen
            dictionary = pyphen.Pyphen(filename=sys.argv[1], left=1, right=1)
            print(json.dumps({word: dictionary.positions(word) for word in json.load(sys.stdin)}))
            """
        let input = String(decoding: try JSONEncoder().encode(words), as: UTF8.self)
        let result = try Tool.run(["sh", "-c", "printf '%s' \"$1\" | python3 -c \"$2\" \"$3\"", "sh", input, script, sample.dictionary])
        #expect(result.status == 0, "\(result.error)")
        let positions = try JSONDecoder().decode([String: [Int]].self, from: Data(result.output.utf8))
        for split in splits {
            let allowed = positions[split.word.lowercased()] ?? []
            #expect(allowed.contains(split.at), "\(sample.language): '\(split.word)' broken after \(split.at) letters; pyphen breaks it at \(allowed)")
        }
    }

    @Test func aNumberNeverPartsFromItsUnit() {
        let measurer = PangoTextMeasurer(language: "de")
        let font = FontSpec(family: "DejaVu Sans", size: 11)
        let text = "Im Umfang von 1.234,56 € pro Fall, etwa 47 min Beratung, 31,5 % der Summe oder EUR 12.500 und 3 kWh."
        // From the narrowest column that holds the widest of them ("1.234,56 €").
        for width in stride(from: 80.0, through: 300, by: 7) {
            let lines = measurer.lines(of: RichText(text, attributes: TextAttributes(font: font)), width: width, alignment: .left,
                                       hyphenate: true).map { $0.text.trimmingCharacters(in: .whitespaces) }
            for glued in ["1.234,56 €", "47 min", "31,5 %", "EUR 12.500", "3 kWh"] {
                #expect(lines.contains { $0.contains(glued) }, "width \(width): '\(glued)' split in \(lines)")
            }
        }
    }
}
