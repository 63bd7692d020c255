import FolioGraphics

extension Style {
    /// The built-in default: a clean sans-serif briefing on A4 with 2.5 cm margins.
    public static let standard: Style = {
        let family = "DejaVu Sans"
        let body = FontSpec(family: family, size: 11)
        return Style(
            page: PageSetup(size: .a4, marginTop: 70.87, marginRight: 70.87, marginBottom: 70.87, marginLeft: 70.87),
            fonts: Fonts(
                body: body,
                title: FontSpec(family: family, size: 22, weight: .bold),
                subtitle: FontSpec(family: family, size: 13),
                headings: [
                    FontSpec(family: family, size: 15, weight: .bold),
                    FontSpec(family: family, size: 12.5, weight: .bold),
                    FontSpec(family: family, size: 11, weight: .bold),
                ],
                meta: FontSpec(family: family, size: 9.5),
                footer: FontSpec(family: family, size: 8.5),
                codeFamily: "DejaVu Sans Mono"
            ),
            colors: Colors(
                text: Color(rgb: 0x1A1A1A),
                accent: Color(rgb: 0x1F4E79),
                muted: Color(rgb: 0x5C5C5C),
                rule: Color(rgb: 0xB8C4D0),
                link: Color(rgb: 0x1F5C99),
                summaryFill: Color(rgb: 0xEEF3F8)
            ),
            spacing: Spacing(lineHeight: 1.36, paragraphGap: 7, headingGapBefore: 14, headingGapAfter: 6,
                             listIndent: 16, listItemGap: 3.5, footerGap: 28)
        )
    }()
}
