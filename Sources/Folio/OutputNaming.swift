import Foundation

/// Names the files of a multi-page PNG or SVG export.
public enum OutputNaming {
    /// The file for page `pageNumber` (1-based): `{p}` in `output` becomes the number; without it,
    /// NAME.png becomes NAME-1.png, NAME-2.png and so on. A one-page document keeps `output` as it is
    /// unless it holds `{p}`.
    public static func url(for output: URL, pageNumber: Int, pageCount: Int) -> URL {
        let name = output.lastPathComponent
        if name.contains("{p}") {
            return output.deletingLastPathComponent()
                .appendingPathComponent(name.replacingOccurrences(of: "{p}", with: "\(pageNumber)"))
        }
        guard pageCount > 1 else { return output }
        let base = output.deletingPathExtension().lastPathComponent
        let ext = output.pathExtension
        return output.deletingLastPathComponent()
            .appendingPathComponent(ext.isEmpty ? "\(base)-\(pageNumber)" : "\(base)-\(pageNumber).\(ext)")
    }
}
