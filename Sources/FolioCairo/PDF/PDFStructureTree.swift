import FolioGraphics

/// The logical structure of a PDF as its writer met it: the elements, and who owns each marked-content
/// sequence Cairo wrote on each page — an element, or an artifact of some kind.
///
/// Cairo 1.16 marks content only through structure tags of its own, in elements that have no children, and
/// continues an element left open over a page break into the furniture of the next page. So the writer marks
/// a flat run of sequences, one per stretch of drawing (with `SequenceSpeck`s, or Cairo's link tag for a
/// line of a link), and `PDFFinisher` builds the structure tree from this record.
///
/// A long table has an element for every cell and a sequence for every line in it, so the record is kept
/// flat: an element is its type, parent and the ends of a chain of kids in one shared array, with what few
/// elements have (alt text, a span, a language) aside; an owner is one number.
struct PDFStructureTree: Sendable {
    /// One structure element.
    struct Element: Sendable {
        /// The standard structure type ("P", "TH", "Link"), as its place in `typeNames`.
        fileprivate var typeCode: UInt8
        /// The element it belongs to; -1 for the document.
        var parent: Int32
        /// The first and last of its kids in `kidChain`; -1 when it has none.
        fileprivate var firstKid: Int32 = -1
        fileprivate var lastKid: Int32 = -1
        /// Where its details are in `details`; -1 when it has none.
        fileprivate var detailsIndex: Int32 = -1
    }

    /// What few elements have besides a type and kids.
    struct Details: Sendable {
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

        /// The owner as one number: an element's index, or an artifact kind below zero.
        fileprivate var packed: Int32 {
            switch self {
            case .element(let element): Int32(element)
            case .artifact(let kind): -1 - Int32(Self.artifactKinds.firstIndex(of: kind) ?? 0)
            }
        }

        fileprivate init(packed: Int32) {
            self = packed >= 0 ? .element(Int(packed)) : .artifact(Self.artifactKinds[Int(-1 - packed)])
        }

        private static let artifactKinds: [ArtifactKind] = [.layout, .header, .footer, .pagination]
    }

    /// Element 0 is the document; every other element comes after its parent.
    private(set) var elements: [Element] = [Element(typeCode: 0, parent: -1)]
    /// The structure types met, each once.
    private var typeNames = ["Document"]
    private var typeCodes = ["Document": UInt8(0)]
    private var details: [Details] = []
    /// Every element's kids, each packed in one number, with the index of the next kid of the same element.
    private var kidChain: [(kid: UInt64, next: Int32)] = []
    /// The owner of every marked-content sequence, page after page, and where each page's start.
    private var owners: [Int32] = []
    private var pageStarts: [Int] = []
    /// The element of every link annotation, page after page, and where each page's start.
    private var annotationElements: [Int32] = []
    private var annotationPageStarts: [Int] = []

    static let document = 0

    /// The number of pages started.
    var pageCount: Int { pageStarts.count }

    /// The owners of the marked-content sequences of page `page`, in the order Cairo numbers them.
    func owners(onPage page: Int) -> [Owner] {
        let end = page + 1 < pageStarts.count ? pageStarts[page + 1] : owners.count
        return owners[pageStarts[page]..<end].map(Owner.init(packed:))
    }

    /// The owners of the sequences of the page started last.
    var ownersOnLastPage: [Owner] { pageStarts.isEmpty ? [] : owners(onPage: pageStarts.count - 1) }

    /// The number of link annotations of page `page`.
    func annotationCount(onPage page: Int) -> Int {
        (page + 1 < annotationPageStarts.count ? annotationPageStarts[page + 1] : annotationElements.count) - annotationPageStarts[page]
    }

    /// The element the `index`-th link annotation of page `page` belongs to.
    func annotationElement(page: Int, index: Int) -> Int {
        Int(annotationElements[annotationPageStarts[page] + index])
    }

    /// The kids of `element`, in reading order.
    func kids(of element: Int) -> [Kid] {
        var kids: [Kid] = []
        var next = elements[element].firstKid
        while next >= 0 {
            let (packed, following) = kidChain[Int(next)]
            kids.append(Self.unpack(packed))
            next = following
        }
        return kids
    }

    /// The details of `element`: none when nothing was said of it.
    func details(of element: Int) -> Details {
        let index = elements[element].detailsIndex
        return index < 0 ? Details() : details[Int(index)]
    }

    /// Changes the details of `element`.
    mutating func updateDetails(of element: Int, _ change: (inout Details) -> Void) {
        if elements[element].detailsIndex < 0 {
            elements[element].detailsIndex = Int32(details.count)
            details.append(Details())
        }
        change(&details[Int(elements[element].detailsIndex)])
    }

    mutating func startPage() {
        pageStarts.append(owners.count)
        annotationPageStarts.append(annotationElements.count)
    }

    /// The structure type of `element`.
    func type(of element: Int) -> String {
        typeNames[Int(elements[element].typeCode)]
    }

    /// A new element of `type` inside `parent`, after the parent's other children.
    mutating func addElement(_ type: String, parent: Int) -> Int {
        let code: UInt8
        if let known = typeCodes[type] {
            code = known
        } else {
            // The standard types are a few dozen: a code of one byte is plenty.
            code = UInt8(min(typeNames.count, Int(UInt8.max)))
            if typeNames.count <= Int(UInt8.max) {
                typeNames.append(type)
                typeCodes[type] = code
            }
        }
        elements.append(Element(typeCode: code, parent: Int32(parent)))
        let element = elements.count - 1
        append(.element(element), to: parent)
        return element
    }

    /// Records the next marked-content sequence of the current page.
    mutating func addSequence(_ owner: Owner) {
        guard let start = pageStarts.last else { return }
        if case .element(let element) = owner {
            append(.content(page: pageStarts.count - 1, sequence: owners.count - start), to: element)
        }
        owners.append(owner.packed)
    }

    /// Records the next link annotation of the current page, as part of `element`.
    mutating func addAnnotation(of element: Int) {
        guard let start = annotationPageStarts.last else { return }
        append(.annotation(page: annotationPageStarts.count - 1, index: annotationElements.count - start), to: element)
        annotationElements.append(Int32(element))
    }

    private mutating func append(_ kid: Kid, to element: Int) {
        let index = Int32(kidChain.count)
        kidChain.append((Self.pack(kid), -1))
        if elements[element].lastKid >= 0 {
            kidChain[Int(elements[element].lastKid)].next = index
        } else {
            elements[element].firstKid = index
        }
        elements[element].lastKid = index
    }

    /// A kid in one number: two bits for its kind, then a page (31 bits) and a position (31 bits), or an element.
    private static func pack(_ kid: Kid) -> UInt64 {
        switch kid {
        case .element(let element): UInt64(element) << 2
        case .content(let page, let sequence): UInt64(page) << 33 | UInt64(sequence) << 2 | 1
        case .annotation(let page, let index): UInt64(page) << 33 | UInt64(index) << 2 | 2
        }
    }

    private static func unpack(_ packed: UInt64) -> Kid {
        let page = Int(packed >> 33), position = Int(packed >> 2 & 0x7FFF_FFFF)
        switch packed & 3 {
        case 1: return .content(page: page, sequence: position)
        case 2: return .annotation(page: page, index: position)
        default: return .element(Int(packed >> 2))
        }
    }
}
