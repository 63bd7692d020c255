import FolioGraphics

/// The logical structure of a PDF as its writer met it: the elements, and who owns each marked-content
/// sequence Cairo wrote on each page — an element, or an artifact of some kind.
///
/// Cairo 1.16 marks content only in elements that have no children, and continues an element left open
/// over a page break into the furniture of the next page. So the writer gives Cairo a flat run of marks,
/// one per stretch of drawing, and `PDFFinisher` builds the structure tree from this record.
struct PDFStructureTree: Sendable {
    /// One structure element.
    struct Element: Sendable {
        /// The standard structure type ("P", "TH", "Link").
        var type: String
        /// The element it belongs to; -1 for the document.
        var parent: Int
        var kids: [Kid] = []
        /// A figure's text alternative.
        var alt: String?
        /// A header cell's scope.
        var scope: TableHeaderScope?
        /// The rows and columns a table cell spans.
        var span: TableCellSpan = .single
        /// A link's text, which describes its annotations.
        var text = ""
        /// The language of the element and what it holds, when it is not its parent's (a BCP 47 tag).
        var language: String?
    }

    /// What an element holds, in reading order.
    enum Kid: Equatable, Sendable {
        case element(Int)
        /// The `sequence`-th marked-content sequence of page `page`.
        case content(page: Int, sequence: Int)
        /// The `index`-th link annotation of page `page`.
        case annotation(page: Int, index: Int)
    }

    /// Who owns a marked-content sequence.
    enum Owner: Equatable, Sendable {
        case element(Int)
        case artifact(ArtifactKind)
    }

    /// Element 0 is the document; every other element comes after its parent.
    private(set) var elements: [Element] = [Element(type: "Document", parent: -1)]
    /// For each page, the owner of each marked-content sequence, in the order Cairo numbers them.
    private(set) var sequences: [[Owner]] = []
    /// For each page, the element each link annotation belongs to, in the order Cairo lists them.
    private(set) var annotations: [[Int]] = []

    static let document = 0

    subscript(element: Int) -> Element {
        get { elements[element] }
        set { elements[element] = newValue }
    }

    mutating func startPage() {
        sequences.append([])
        annotations.append([])
    }

    /// A new element of `type` inside `parent`, after the parent's other children.
    mutating func addElement(_ type: String, parent: Int) -> Int {
        elements.append(Element(type: type, parent: parent))
        elements[parent].kids.append(.element(elements.count - 1))
        return elements.count - 1
    }

    /// Records the next marked-content sequence of the current page.
    mutating func addSequence(_ owner: Owner) {
        guard !sequences.isEmpty else { return }
        let page = sequences.count - 1
        if case .element(let element) = owner {
            elements[element].kids.append(.content(page: page, sequence: sequences[page].count))
        }
        sequences[page].append(owner)
    }

    /// Records the next link annotation of the current page, as part of `element`.
    mutating func addAnnotation(of element: Int) {
        guard !annotations.isEmpty else { return }
        let page = annotations.count - 1
        elements[element].kids.append(.annotation(page: page, index: annotations[page].count))
        annotations[page].append(element)
    }
}
