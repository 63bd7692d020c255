import FolioGraphics

/// The keys of the sections of a style file that hold one kind of value each, in the order they are checked.
enum StyleKeys {
    static var colors: [StyleKey<Style.Colors, Color>] {
        [
            StyleKey("text", \.text), StyleKey("accent", \.accent), StyleKey("muted", \.muted), StyleKey("rule", \.rule),
            StyleKey("link", \.link), StyleKey("summary_fill", \.summaryFill), StyleKey("callout_info", \.calloutInfo),
            StyleKey("callout_warning", \.calloutWarning), StyleKey("callout_key", \.calloutKey), StyleKey("banner", \.banner),
            StyleKey("table_header_fill", \.tableHeaderFill), StyleKey("table_zebra_fill", \.tableZebraFill),
            StyleKey("table_rule", \.tableRule),
            StyleKey("tone_good") { $0.tones["good"] = $1 }, StyleKey("tone_warning") { $0.tones["warning"] = $1 },
            StyleKey("tone_bad") { $0.tones["bad"] = $1 }, StyleKey("tone_muted") { $0.tones["muted"] = $1 },
            StyleKey("chart_axis", \.chartAxis), StyleKey("chart_grid", \.chartGrid),
        ]
    }

    /// Every length of `spacing:` (its line height, a multiple of the font size, is read apart).
    static var spacingLengths: [StyleKey<Style.Spacing, Double>] {
        [
            StyleKey("paragraph", \.paragraphGap), StyleKey("heading_before", \.headingGapBefore),
            StyleKey("heading_after", \.headingGapAfter), StyleKey("list_indent", \.listIndent),
            StyleKey("list_item", \.listItemGap), StyleKey("footer", \.footerGap),
        ]
    }

    /// Every font of `fonts:` (its default family and the code family are read apart).
    static var fonts: [StyleKey<Style.Fonts, FontSpec>] {
        [
            StyleKey("body", \.body), StyleKey("title", \.title), StyleKey("subtitle", \.subtitle),
            StyleKey("heading1") { $0.headings[0] = $1 }, StyleKey("heading2") { $0.headings[1] = $1 },
            StyleKey("heading3") { $0.headings[2] = $1 },
            StyleKey("meta", \.meta), StyleKey("caption", \.caption), StyleKey("footer", \.footer), StyleKey("table", \.table),
            StyleKey("chart", \.chart),
        ]
    }

    static var document: [StyleKey<Style.DocumentOptions, Bool>] {
        [
            StyleKey("title_page", \.titlePage), StyleKey("contents", \.tableOfContents),
            StyleKey("numbered_headings", \.numberedHeadings),
        ]
    }

    static var charts: [StyleKey<Style.ChartOptions, Bool>] {
        [
            StyleKey("data_table", \.dataTable), StyleKey("patterns", \.patterns),
        ]
    }
}

extension Style.Colors {
    /// Every colour black and no palette: what a style file's colours are decoded into.
    static let unset: Style.Colors = {
        let black = Color.black
        return Style.Colors(text: black, accent: black, muted: black, rule: black, link: black, summaryFill: black,
                            calloutInfo: black, calloutWarning: black, calloutKey: black, banner: black,
                            tableHeaderFill: black, tableZebraFill: black, tableRule: black, tones: [:],
                            chartAxis: black, chartGrid: black, palette: [])
    }()
}

extension Style.Spacing {
    /// Every gap zero: what a style file's spacing is decoded into.
    static let unset = Style.Spacing(lineHeight: 1, paragraphGap: 0, headingGapBefore: 0, headingGapAfter: 0,
                                     listIndent: 0, listItemGap: 0, footerGap: 0)
}

extension Style.Fonts {
    /// Every font the family at 10 pt: what a style file's fonts are decoded into.
    static func unset(family: String, codeFamily: String) -> Style.Fonts {
        let font = FontSpec(family: family, size: 10)
        return Style.Fonts(body: font, title: font, subtitle: font, headings: [font, font, font], meta: font, caption: font,
                           footer: font, table: font, chart: font, codeFamily: codeFamily)
    }
}
