import FolioModel
import FolioStyle

extension Labels {
    /// The words a document writes itself: its language's, the style's in their place, and the briefing's
    /// over both.
    public static func of(_ briefing: Briefing, style: Style) -> Labels {
        Labels(language: briefing.language).overriding(with: style.labels).overriding(with: briefing.labels)
    }
}
