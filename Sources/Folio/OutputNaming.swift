import Foundation

/// Names output files from a template: `{name}` (the briefing's file name without extension), `{format}`
/// (pdf, png, svg), `{p}` (the page number) and `{0p}` (the page number padded with zeros to the width of
/// the page count).
public enum OutputNaming {
    /// `template` with `{name}` and `{format}` filled in.
    public static func fill(_ template: String, name: String, format: String) -> String {
        template.replacingOccurrences(of: "{name}", with: name).replacingOccurrences(of: "{format}", with: format)
    }

    /// Whether `template` names each page's file itself.
    public static func hasPageNumber(_ template: String) -> Bool {
        template.contains("{p}") || template.contains("{0p}")
    }

    /// The file for page `pageNumber` (1-based) of `pageCount`: `{p}` and `{0p}` in `output` become the
    /// number; without them, NAME.png becomes NAME-1.png, NAME-2.png and so on. A one-page document keeps
    /// `output` as it is unless it asks for the number.
    public static func url(for output: URL, pageNumber: Int, pageCount: Int) -> URL {
        let name = output.lastPathComponent
        if hasPageNumber(name) {
            let width = String(max(pageCount, 1)).count
            let padded = String(repeating: "0", count: max(0, width - String(pageNumber).count)) + String(pageNumber)
            return output.deletingLastPathComponent().appendingPathComponent(
                name.replacingOccurrences(of: "{0p}", with: padded).replacingOccurrences(of: "{p}", with: "\(pageNumber)"))
        }
        guard pageCount > 1 else { return output }
        let base = output.deletingPathExtension().lastPathComponent
        let ext = output.pathExtension
        return output.deletingLastPathComponent()
            .appendingPathComponent(ext.isEmpty ? "\(base)-\(pageNumber)" : "\(base)-\(pageNumber).\(ext)")
    }
}
