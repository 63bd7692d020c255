import FolioCharts

/// How pages are numbered: front matter (a title page, the contents) in roman numerals, the body from 1.
public struct PageNumbering: Hashable, Sendable {
    public let pageCount: Int
    /// The pages before the body.
    public let frontMatterCount: Int

    public init(pageCount: Int, frontMatterCount: Int) {
        self.pageCount = pageCount
        self.frontMatterCount = min(max(frontMatterCount, 0), pageCount)
    }

    /// The page at `index` as the footer and the contents write it: `label(of:)`, a number in the digits of
    /// `numbers` (Latin, or the language's own when the style asks).
    func label(of index: Int, in numbers: LocalizedNumbers) -> String {
        let label = label(of: index)
        return Int(label).map(numbers.integer) ?? label
    }

    /// The number of pages in the body, the "y" of "Page x of y".
    public var bodyPageCount: Int { pageCount - frontMatterCount }

    /// Whether the page at `index` is front matter.
    public func isFrontMatter(_ index: Int) -> Bool { index < frontMatterCount }

    /// The number of the page at `index` as printed: "ii" in the front matter, "3" in the body.
    public func label(of index: Int) -> String {
        isFrontMatter(index) ? Self.roman(index + 1) : "\(index - frontMatterCount + 1)"
    }

    /// The label PDF readers show, or nil when the pages are simply numbered 1, 2, 3.
    public func pdfLabel(of index: Int) -> String? {
        frontMatterCount == 0 ? nil : label(of: index)
    }

    /// `value` in lower-case roman numerals.
    static func roman(_ value: Int) -> String {
        let numerals: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value, result = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                result += numeral
                rest -= amount
            }
        }
        return result
    }
}
