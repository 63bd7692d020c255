/// The part a group of items plays in the document's logical structure: becomes a PDF structure tag.
///
/// Roles are a closed set so that only well-formed tag names ever reach the PDF writer;
/// user text appears only as alt text or as a destination name, never as a tag.
public enum StructureRole: Hashable, Sendable {
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    case listLabel
    case listBody
    case figure(alt: String)
    case quote
    case artifact
}
