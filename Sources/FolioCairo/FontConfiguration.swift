import CFolio
import Foundation

/// Folio's own fontconfig configuration: only the font folders Folio names, so that output does not change
/// with whatever else is installed on the machine, and the same families always resolve to the same files.
///
/// A configuration is immutable once built, and fontconfig locks its own state, so one is shared by every
/// export that uses the same folders, on any thread.
public final class FontConfiguration: @unchecked Sendable {
    /// The folders of the Debian font packages the built-in styles use (fonts-dejavu-core, fonts-noto-core).
    public static let standardFolders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/noto"]

    /// The folders this configuration reads fonts from.
    public let folders: [String]
    let config: OpaquePointer

    private init?(folders: [String]) {
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

    private static let lock = NSLock()
    nonisolated(unsafe) private static var built: [[String]: FontConfiguration] = [:]

    /// The configuration with the standard folders and `extraFolders` (as `--font-dir` gives them), built once.
    public static func with(extraFolders: [String] = []) -> FontConfiguration? {
        let folders = standardFolders + extraFolders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        lock.lock()
        defer { lock.unlock() }
        if let existing = built[folders] { return existing }
        let configuration = FontConfiguration(folders: folders)
        built[folders] = configuration
        return configuration
    }

    /// Makes the standard configuration fontconfig's current one; done once, before the first font map.
    ///
    /// Pango starts a thread with its first font map that loads the system's configuration (every file in
    /// /etc/fonts and every font cache), 10 ms of a core, unless a configuration is current already; and
    /// Cairo reads font options from the current configuration, so output would depend on the machine's rules.
    /// Set before any font map exists, the current configuration is never replaced while in use.
    static let madeCurrent: Bool = {
        guard let standard = FontConfiguration.with() else { return false }
        return FcConfigSetCurrent(standard.config) != 0
    }()

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
