@_exported import FolioCairo
@_exported import FolioCore
@_exported import FolioGraphics
@_exported import FolioModel
@_exported import FolioStyle
import Foundation

/// Folio's entry points: load a briefing, lay it out, write it.
public enum Folio {
    /// The briefing in the YAML or JSON file at `url`; throws a `FolioError` listing every problem with its location.
    public static func loadBriefing(contentsOf url: URL) throws(FolioError) -> Briefing {
        try BriefingLoader.load(contentsOf: url, options: BriefingDecoder.Options(styleNames: StyleLoader.builtinNames))
    }

    /// The briefing written in `text` (YAML or JSON); `file` names it in diagnostics.
    public static func loadBriefing(text: String, file: String = "<input>") throws(FolioError) -> Briefing {
        try BriefingLoader.load(text: text, file: file, options: BriefingDecoder.Options(styleNames: StyleLoader.builtinNames))
    }
}
