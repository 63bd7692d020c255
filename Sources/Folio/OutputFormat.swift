/// The file formats a report is written in.
public enum OutputFormat: Hashable, Sendable, CustomStringConvertible {
    case pdf
    /// One PNG a page at `ppi` pixels per inch.
    case png(ppi: Double)
    /// One SVG a page.
    case svg

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .png: "png"
        case .svg: "svg"
        }
    }

    /// Whether every page is a file of its own.
    public var writesFilePerPage: Bool { self != .pdf }

    public var description: String { fileExtension.uppercased() }
}
