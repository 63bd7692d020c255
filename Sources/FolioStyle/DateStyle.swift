/// How a style writes dates — in the title block, the footer, timeline labels, data tables and axes alike —
/// each in the briefing's language by ICU's patterns for it (`text: {dates: medium}`).
public enum DateStyle: String, CaseIterable, Hashable, Sendable {
    /// Month names in full: "6 October 2025", "October 2025"; "6 octobre 2025" in French.
    case long
    /// Month names shortened: "6 Oct 2025", "Oct 2025"; "6 oct. 2025" in French.
    case medium
    /// Digits, in the order and with the separators of the language: "06/10/2025", "10/2025"; "06.10.2025" in German.
    case numeric
    /// ISO 8601, the same in every language: "2025-10-06", "2025-10", "2025-Q4".
    case iso
}
