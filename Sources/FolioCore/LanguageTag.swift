import Foundation

/// What the locale data (ICU/CLDR, through Foundation) says of a BCP 47 language tag.
public enum LanguageTag {
    /// The first subtag of `tag` that names no language, script or region the locale data knows, or nil
    /// when every one does. Variants and extensions are not checked.
    public static func unknownSubtag(of tag: String) -> String? {
        let subtags = tag.split(separator: "-").map(String.init)
        guard let language = subtags.first else { return tag }
        if !Locale.LanguageCode(language).isISOLanguage { return language }
        for subtag in subtags.dropFirst() {
            if subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                if !Locale.Script(subtag).isISOScript { return subtag }
            } else if (subtag.count == 2 && subtag.allSatisfy(\.isLetter)) || (subtag.count == 3 && subtag.allSatisfy(\.isNumber)) {
                if !Locale.Region(subtag).isISORegion { return subtag }
            }
        }
        return nil
    }

    /// Whether text in `tag` runs right to left: its script does (Arabic, Hebrew, Syriac, Thaana, N'Ko…),
    /// the script written in the tag or, without one, the language's usual script.
    public static func isRightToLeft(_ tag: String) -> Bool {
        let language = Locale.Language(identifier: tag)
        if let script = language.script?.identifier ?? Locale.Language(identifier: language.maximalIdentifier).script?.identifier {
            return rightToLeftScripts.contains(script)
        }
        return language.characterDirection == .rightToLeft
    }

    /// The ISO 15924 codes of the scripts written right to left.
    private static let rightToLeftScripts: Set<String> = ["Arab", "Aran", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand",
                                                          "Samr", "Mend", "Yezi"]
}
