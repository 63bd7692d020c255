import FolioGraphics

extension Style.Colors {
    /// The pale background of a table cell or row in tone `name` (good, warning, bad, muted): its text is
    /// drawn in the tone's colour on it.
    public func toneFill(named name: String) -> Color {
        (tones[name] ?? muted).mixed(with: .white, amount: name == "muted" ? 0.9 : 0.86)
    }

    /// The pale box of a callout whose bar and title are `accent`.
    public func calloutFill(_ accent: Color) -> Color {
        accent.mixed(with: .white, amount: 0.9)
    }

    /// The box of a quote.
    public var quoteFill: Color { rule.mixed(with: .white, amount: 0.8) }

    /// Every pairing of a text colour with the background it is drawn on, named for reports: what the
    /// contrast test checks.
    public var textPairings: [(name: String, text: Color, background: Color)] {
        var pairs: [(String, Color, Color)] = [
            ("text", text, .white), ("muted", muted, .white), ("accent", accent, .white), ("link", link, .white),
            ("banner", banner, .white), ("chart_axis", chartAxis, .white), ("text on summary_fill", text, summaryFill),
            ("text on table_header_fill", text, tableHeaderFill), ("text on table_zebra_fill", text, tableZebraFill),
            ("muted on table_zebra_fill", muted, tableZebraFill), ("text on a quote", text, quoteFill),
        ]
        for (name, color) in [("callout_info", calloutInfo), ("callout_warning", calloutWarning), ("callout_key", calloutKey)] {
            pairs.append(("\(name) on its box", color, calloutFill(color)))
            pairs.append(("text in a \(name) box", text, calloutFill(color)))
        }
        for name in tones.keys.sorted() {
            pairs.append(("tone_\(name) on its fill", tones[name] ?? muted, toneFill(named: name)))
        }
        return pairs
    }
}
