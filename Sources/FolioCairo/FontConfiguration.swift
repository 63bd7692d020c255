import CFolio
import Foundation

/// A fontconfig configuration of Folio's own: only the font folders Folio names, so that output does not
/// change with whatever else is installed on the machine, and the same families always resolve to the same files.
///
/// Built for a session (a fraction of a millisecond: the system's font caches hold the standard folders) and
/// immutable once built; fontconfig locks its own state, so the font maps of a session share it across threads.
public final class FontConfiguration: @unchecked Sendable {
    /// The folders of the Debian font packages the built-in styles use (fonts-dejavu-core, fonts-noto-core).
    public static let standardFolders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/noto"]

    /// The folders this configuration reads fonts from.
    public let folders: [String]
    let config: OpaquePointer

    /// The standard folders and `extraFolders` (as `--font-dir` gives them); nil when fontconfig cannot build it.
    public init?(extraFolders: [String] = []) {
        let folders = Self.standardFolders + extraFolders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        guard let config = FcConfigCreate() else { return nil }
        self.folders = folders
        self.config = config
        var xml = "<?xml version=\"1.0\"?><fontconfig>"
        for folder in folders { xml += "<dir>\(Self.escaped(folder))</dir>" }
        // The system's caches make loading the standard folders fast; other folders are scanned.
        xml += "<cachedir>/var/cache/fontconfig</cachedir><cachedir prefix=\"xdg\">fontconfig</cachedir>"
        for (generic, family) in [("sans-serif", "DejaVu Sans"), ("serif", "DejaVu Serif"), ("monospace", "DejaVu Sans Mono")] {
            xml += "<alias><family>\(generic)</family><prefer><family>\(family)</family></prefer></alias>"
        }
        xml += "</fontconfig>"
        guard FcConfigParseAndLoadFromMemory(config, xml, 1) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            return nil
        }
    }

    deinit {
        FcConfigDestroy(config)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
