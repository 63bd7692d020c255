import FolioCairo
@_exported import FolioCore
@_exported import FolioGraphics
@_exported import FolioModel
@_exported import FolioStyle
import FolioMarkdown
import Foundation

/// The fonts of one export, handed to a `Report`: a fontconfig configuration, and a measurer with a font map
/// of its own for each thread the layout uses. Made before the briefing is read, it prepares its font maps on
/// another core meanwhile.
public typealias FontSession = FolioCairo.FontSession

/// Folio's entry points: load a briefing, lay it out, write it.
public enum Folio {
    /// The briefing in the YAML, JSON or Markdown file at `url`; throws a `FolioError` listing every problem with its location.
    /// Images are read from the briefing's folder (and below) and from `allowedDirectories`, nowhere else.
    public static func loadBriefing(contentsOf url: URL, allowedDirectories: [URL] = []) throws(FolioError) -> Briefing {
        var options = options
        options.allowedDirectories = allowedDirectories
        return try BriefingLoader.load(contentsOf: url, options: options)
    }

    /// What Folio checks briefings against: the built-in style names, cmark-gfm for Markdown, and images
    /// decoded by the backend to be sure they can be drawn.
    static var options: BriefingDecoder.Options {
        BriefingDecoder.Options(styleNames: StyleLoader.builtinNames, markdownParser: CMarkParser(),
                                imageInspector: ImageInspector(decoder: CairoImageDecoding()))
    }

    /// The briefing written in `text` (YAML or JSON, or Markdown when `file` ends in .md); `file` names it in
    /// diagnostics. Images are read from `baseDirectory` (and below) and `allowedDirectories`.
    public static func loadBriefing(text: String, file: String = "<input>", baseDirectory: URL? = nil,
                                    allowedDirectories: [URL] = []) throws(FolioError) -> Briefing {
        var options = options
        options.baseDirectory = baseDirectory
        options.allowedDirectories = allowedDirectories
        return try BriefingLoader.load(text: text, file: file, options: options)
    }

    /// Has the process return large freed blocks to the system at once (`FreedMemory`): for a program that
    /// renders long briefings, as the `folio` command does. Process-wide, so the library does not do it itself.
    public static func returnLargeFreedBlocksAtOnce() {
        FreedMemory.returnLargeBlocksAtOnce()
    }
}
