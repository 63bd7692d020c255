/// The part a stretch of content plays in the document's logical structure: becomes a PDF structure tag.
///
/// Roles are a closed set so that only well-formed tag names ever reach the PDF writer;
/// user text appears only as alt text, never as a tag.
public enum StructureRole: Hashable, Sendable, Codable {
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    case listLabel
    case listBody
    /// A figure (an image or a chart) with the text that describes it to readers who cannot see it.
    case figure(alt: String)
    case caption
    case blockQuote
    /// Computer code, set as written (a block of code: commands, logs).
    case code
    /// A footnote at the foot of a page: its number (a `listLabel`) and its text.
    case note
    case table
    /// The header rows of a table, and its body rows.
    case tableHead
    case tableBody
    case tableRow
    /// A header cell: the cells it heads, and the rows and columns it spans.
    case tableHeaderCell(scope: TableHeaderScope, span: TableCellSpan = .single)
    case tableCell(span: TableCellSpan = .single)
    /// The table of contents, and one entry of it.
    case tableOfContents
    case tableOfContentsItem
    /// A stretch of text inside a block that also holds links (structure content belongs to leaf elements).
    case span
    /// Linked text: the element wraps the text, and the link's clickable area is the text's extent,
    /// or `area` when given (a contents entry, clickable across its whole row).
    case link(LinkTarget, area: Rect?)
    /// What is not content, skipped by screen readers: page furniture, and what is drawn again on a
    /// continuation page. Everything inside is part of it, even text that would be content elsewhere.
    ///
    /// Vector drawing outside a figure (rules, fills, boxes) only decorates: the PDF writer makes it a
    /// layout artifact without being told.
    case artifact(ArtifactKind)
    /// A section written in another language than the document (a BCP 47 tag): its element says so (/Lang).
    case section(language: String)
    /// Content in another language than what it stands in, with no element of its own: each element begun
    /// directly inside it says so (/Lang), and what is inside those inherits it.
    case language(String)
}

extension StructureRole {
    /// Whether the role marks what is not content.
    public var isArtifact: Bool {
        if case .artifact = self { true } else { false }
    }

    /// The role's standard structure type in PDF ("P", "H2", "TH"), "Artifact" for what is not content.
    public var structureType: String {
        switch self {
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .listLabel: "Lbl"
        case .listBody: "LBody"
        case .figure: "Figure"
        case .caption: "Caption"
        case .blockQuote: "BlockQuote"
        case .code: "Code"
        case .note: "Note"
        case .table: "Table"
        case .tableHead: "THead"
        case .tableBody: "TBody"
        case .tableRow: "TR"
        case .tableHeaderCell: "TH"
        case .tableCell: "TD"
        case .tableOfContents: "TOC"
        case .tableOfContentsItem: "TOCI"
        case .span: "Span"
        case .link: "Link"
        case .artifact: "Artifact"
        case .section: "Sect"
        // Never an element of its own in a tagged PDF; a target that must make one makes a generic block.
        case .language: "Div"
        }
    }
}

/// Which cells a table header cell heads.
public enum TableHeaderScope: String, Hashable, Sendable, Codable {
    case column = "Column"
    case row = "Row"
    case both = "Both"
}

/// The start or the end of a structure element in the display list. Elements nest, may span pages,
/// and are balanced over the whole document.
public enum StructureMark: Hashable, Sendable, Codable {
    case begin(StructureRole)
    case end
}
