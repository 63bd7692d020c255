import Dispatch
import FolioCore
import FolioGraphics

/// Turns the PDF Cairo wrote into the file Folio delivers: the structure tree built from the writer's
/// record, every marked-content sequence retagged as its element or as an artifact, link annotations tied
/// to their elements and described, XMP metadata and a document information dictionary of Folio's own —
/// and all of it written compactly, in object streams with a cross-reference stream.
///
/// Only what the catalog reaches is copied, renumbered in the order it is met: Cairo's own structure
/// tree, which the rewritten one replaces, is left behind.
struct PDFFinisher {
    private let source: CairoPDFFile
    private let structure: PDFStructureTree
    private let metadata: DocumentMetadata
    private let early: PageContentRetagger?
    private var builder: PDFFileBuilder
    private let cores: Cores
    /// The new number of each of Cairo's objects met so far.
    private var numbers: [Int: Int] = [:]
    /// Cairo's objects numbered but not yet copied.
    private var queue: [Int] = []
    /// Streams whose data Folio writes anew (ToUnicode CMaps), uncompressed, by Cairo's object number.
    private var rewrittenStreams: [Int: [UInt8]] = [:]

    /// One page as Cairo wrote it, and its new object number.
    private struct Page {
        var old: Int
        var new: Int
        var contents: Int
        var annotations: [Int]
    }

    /// A page's content stream, retagged, and the element that owns each MCID on it.
    private struct RetaggedContent: Sendable {
        var data: [UInt8]
        var dictionary: PDFDictionary
        var owners: [Int]
    }

    /// The finished file; `early` has the pages it retagged while Cairo drew.
    static func finish(_ output: CairoOutput, structure: PDFStructureTree, metadata: DocumentMetadata,
                       early: PageContentRetagger? = nil, cores: Cores, into sink: any ByteSink) throws(FolioError) {
        var finisher = PDFFinisher(source: try CairoPDFFile(output), structure: structure, metadata: metadata, early: early,
                                   builder: PDFFileBuilder(sink: sink, cores: cores), cores: cores)
        try finisher.run()
    }

    private init(source: CairoPDFFile, structure: PDFStructureTree, metadata: DocumentMetadata, early: PageContentRetagger?,
                 builder: PDFFileBuilder, cores: Cores) {
        self.builder = builder
        self.cores = cores
        self.source = source
        self.structure = structure
        self.metadata = metadata
        self.early = early
    }

    private mutating func run() throws(FolioError) {
        guard let root = source.trailer["Root"]?.reference, var catalog = try source.object(root).value.dictionary,
              let pagesRoot = catalog["Pages"]?.reference else {
            throw CairoPDFFile.unexpected("no catalog")
        }
        let catalogNumber = builder.reserve()
        numbers[root] = catalogNumber
        let pages = try readPages(pagesRoot)
        guard pages.count == structure.pageCount else {
            throw CairoPDFFile.unexpected("\(pages.count) pages where \(structure.pageCount) were drawn")
        }
        let mcids = (0..<structure.pageCount).map { Self.mcids(structure.owners(onPage: $0)) }
        let pageFonts = try readFonts(of: pages)

        let elementNumbers = builder.reserve(count: structure.elements.count)
        let firstElement = elementNumbers.lowerBound
        let treeRoot = builder.reserve(), parentTree = builder.reserve()
        var annotationKey = pages.count
        var parentTreeWriter = ParentTreeWriter()
        // Pages are retagged a run at a time, on every core, and each run's streams written before the next.
        for run in stride(from: 0, to: pages.count, by: Self.pagesPerRun) {
            let range = run..<min(run + Self.pagesPerRun, pages.count)
            let contents = try retagContents(of: pages[range], fonts: pageFonts[range])
            for (offset, content) in contents.enumerated() {
                let index = range.lowerBound + offset, page = pages[index]
                var dictionary = try source.object(page.old).value.dictionary ?? PDFDictionary()
                dictionary["StructParents"] = nil
                dictionary["Tabs"] = nil
                numbers[page.contents] = builder.reserve()
                var copied = copy(dictionary)
                copied["StructParents"] = .integer(index)
                // Tab order follows the structure: links are reached in reading order.
                if !page.annotations.isEmpty { copied["Tabs"] = .name("S") }
                builder.set(page.new, .dictionary(copied))
                try builder.setStream(numbers[page.contents] ?? 0, copy(content.dictionary), data: content.data)
                try parentTreeWriter.add(index, builder: &builder) { PDFValue.array(content.owners.map { .reference(firstElement + $0) }).write(to: &$0) }
            }
        }
        for (index, page) in pages.enumerated() {
            for (position, annotation) in page.annotations.enumerated() {
                let element = structure.annotationElement(page: index, index: position)
                var dictionary = try source.object(annotation).value.dictionary ?? PDFDictionary()
                dictionary["StructParent"] = nil
                dictionary["Contents"] = nil
                var copied = copy(dictionary)
                copied["StructParent"] = .integer(annotationKey)
                copied["Contents"] = .text(description(ofLink: element, annotation: dictionary))
                builder.set(numbers[annotation] ?? 0, .dictionary(copied))
                try parentTreeWriter.add(annotationKey, builder: &builder) { PDFValue.reference(firstElement + element).write(to: &$0) }
                annotationKey += 1
            }
        }
        try parentTreeWriter.finish(into: parentTree, builder: &builder)

        let tree = structure
        let pageNumbers = pages.map(\.new)
        let annotationNumbers = pages.map { $0.annotations.map { numbers[$0] ?? 0 } }
        try builder.pack(elementNumbers) { index in
            let parent = tree.elements[index].parent
            return .dictionary(Self.structElement(index, of: tree, parent: parent < 0 ? treeRoot : firstElement + Int(parent),
                                                  firstElement: firstElement, pageNumbers: pageNumbers,
                                                  annotationNumbers: annotationNumbers, mcids: mcids))
        }
        builder.set(treeRoot, .dictionary(PDFDictionary([
            ("Type", .name("StructTreeRoot")), ("K", .reference(firstElement + PDFStructureTree.document)),
            ("ParentTree", .reference(parentTree)), ("ParentTreeNextKey", .integer(annotationKey)),
        ])))

        let producer = "Folio \(FolioVersion.current)"
        let date = metadata.creationDate.flatMap(PDFDate.init(iso8601:))
        let metadataStream = builder.reserve()
        try builder.setStream(metadataStream, PDFDictionary([("Type", .name("Metadata")), ("Subtype", .name("XML"))]),
                          data: XMPPacket(metadata: metadata, producer: producer, date: date).bytes)
        for key in ["StructTreeRoot", "MarkInfo", "Lang", "ViewerPreferences", "Metadata"] { catalog[key] = nil }
        var newCatalog = copy(catalog)
        newCatalog["StructTreeRoot"] = .reference(treeRoot)
        newCatalog["MarkInfo"] = .dictionary(PDFDictionary([("Marked", .bool(true))]))
        newCatalog["Lang"] = .text(metadata.language)
        newCatalog["ViewerPreferences"] = .dictionary(PDFDictionary([("DisplayDocTitle", .bool(true))]))
        newCatalog["Metadata"] = .reference(metadataStream)
        builder.set(catalogNumber, .dictionary(newCatalog))
        let info = builder.reserve()
        builder.set(info, .dictionary(documentInformation(producer: producer, date: date)))

        try copyQueued()
        try builder.finish(root: catalogNumber, info: info)
    }

    // MARK: Pages and their content

    /// The text of every page's fonts, by resource name; remembers the ToUnicode CMaps to write anew.
    private mutating func readFonts(of pages: [Page]) throws(FolioError) -> [[String: PDFFontText]] {
        var resources: [PDFDictionary] = []
        var allowsCarriers = true
        for page in pages {
            let dictionary = try source.object(page.old).value.dictionary
            let pageResources = try resolve(dictionary?["Resources"])?.dictionary ?? PDFDictionary()
            resources.append(pageResources)
            // Text inside a form XObject is not rewritten, so no glyph may lose characters to a carrier.
            for (_, xobject) in try resolve(pageResources["XObject"])?.dictionary?.entries ?? [] {
                if let number = xobject.reference, source.object(number, startsWith: Array("<<".utf8)),
                   try source.object(number).value.dictionary?["Subtype"]?.name == "Form" {
                    allowsCarriers = false
                }
            }
        }
        var byObject: [Int: PDFFontText] = [:]
        var pageFonts: [[String: PDFFontText]] = []
        for pageResources in resources {
            var fonts: [String: PDFFontText] = [:]
            for (name, font) in try resolve(pageResources["Font"])?.dictionary?.entries ?? [] {
                guard let number = font.reference else { continue }
                if byObject[number] == nil, let dictionary = try source.object(number).value.dictionary {
                    let text = try PDFFontText(font: dictionary, file: source, allowsCarriers: allowsCarriers)
                    byObject[number] = text
                    if let cmap = text.cmapObject, let rewritten = text.rewrittenCMap { rewrittenStreams[cmap] = rewritten }
                }
                fonts[name] = byObject[number]
            }
            pageFonts.append(fonts)
        }
        return pageFonts
    }

    private func resolve(_ value: PDFValue?) throws(FolioError) -> PDFValue? {
        guard let value else { return nil }
        guard let reference = value.reference else { return value }
        return try source.object(reference).value
    }

    /// The pages in order, each given its new number, with its content stream and its annotations.
    private mutating func readPages(_ node: Int, depth: Int = 0) throws(FolioError) -> [Page] {
        guard depth < 32, let dictionary = try source.object(node).value.dictionary else {
            throw CairoPDFFile.unexpected("a damaged page tree")
        }
        if dictionary["Type"]?.name == "Page" {
            guard let contents = dictionary["Contents"]?.reference else { throw CairoPDFFile.unexpected("a page without one content stream") }
            let annotations = (dictionary["Annots"]?.array ?? []).compactMap(\.reference)
            let number = builder.reserve()
            numbers[node] = number
            for annotation in annotations where numbers[annotation] == nil { numbers[annotation] = builder.reserve() }
            return [Page(old: node, new: number, contents: contents, annotations: annotations)]
        }
        var pages: [Page] = []
        for kid in dictionary["Kids"]?.array ?? [] {
            guard let kid = kid.reference else { continue }
            pages += try readPages(kid, depth: depth + 1)
        }
        return pages
    }

    /// For each marked-content sequence of a page, its MCID, or -1 for an artifact.
    private static func mcids(_ owners: [PDFStructureTree.Owner]) -> [Int32] {
        var next: Int32 = 0
        return owners.map { owner in
            guard case .element = owner else { return -1 }
            next += 1
            return next - 1
        }
    }

    /// Pages retagged and written at once: enough to keep every core busy, few enough to hold.
    private static let pagesPerRun = 64

    /// The content streams of `pages` retagged, pages in parallel: inflating and deflating them is most of
    /// the finisher's time.
    private func retagContents(of pages: ArraySlice<Page>, fonts: ArraySlice<[String: PDFFontText]>) throws(FolioError) -> [RetaggedContent] {
        let results = UnsafeMutableBufferPointer<Result<RetaggedContent, FolioError>>.allocate(capacity: pages.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        let source = source, structure = structure, early = early, cores = cores
        let work = pages.map(\.contents), first = pages.startIndex, fonts = Array(fonts)
        cores.forEach(pages.count) { offset in
            let index = first + offset
            (shared.baseAddress! + offset).initialize(to: Result { () throws(FolioError) -> RetaggedContent in
                let owners = structure.owners(onPage: index)
                let elementOwners = owners.compactMap { owner -> Int? in
                    if case .element(let element) = owner { element } else { nil }
                }
                return try Self.retag(source: source, object: work[offset], openings: Self.openings(of: owners, in: structure),
                                      elementOwners: elementOwners, fonts: fonts[offset], early: early, page: index)
            })
        }
        var contents: [RetaggedContent] = []
        contents.reserveCapacity(pages.count)
        for result in results { contents.append(try result.get()) }
        return contents
    }

    private static func retag(source: CairoPDFFile, object: Int, openings: [[UInt8]], elementOwners: [Int],
                              fonts: [String: PDFFontText], early: PageContentRetagger?, page: Int) throws(FolioError) -> RetaggedContent {
        let stream = try source.object(object)
        guard var dictionary = stream.value.dictionary, let data = stream.streamData else {
            throw CairoPDFFile.unexpected("page \(page + 1) has no content stream")
        }
        let compressed = dictionary["Filter"]?.name == "FlateDecode"
        dictionary["Length"] = nil
        dictionary["Filter"] = .name("FlateDecode")
        let readsFonts = fonts.values.contains(where: \.needsRewriting)
        if !readsFonts, let done = early?.result(at: stream.streamOffset, count: data.count, openings: openings) {
            return RetaggedContent(data: done, dictionary: dictionary, owners: elementOwners)
        }
        guard compressed || stream.value.dictionary?["Filter"] == nil, let content = compressed ? Deflate.decompress(data) : Array(data) else {
            throw CairoPDFFile.unexpected("the content of page \(page + 1) cannot be read")
        }
        var retagged: [UInt8]
        do {
            retagged = try MarkedContentRewriter.rewrite(content, expectedCount: openings.count) { openings[$0] }
            if readsFonts || containsActualText(content) {
                retagged = try ReadingOrderRewriter.rewrite(retagged, fonts: fonts)
            }
        } catch let error as MarkedContentRewriter.Failure {
            throw CairoPDFFile.unexpected("page \(page + 1): \(error.message)")
        } catch let error as ReadingOrderRewriter.Failure {
            throw CairoPDFFile.unexpected("page \(page + 1): \(error.message)")
        } catch {
            throw CairoPDFFile.unexpected("page \(page + 1): \(error)")
        }
        return RetaggedContent(data: Deflate.compress(retagged), dictionary: dictionary, owners: elementOwners)
    }

    /// How each marked-content sequence of a page opens: an element's tag with the page's next MCID, or
    /// an artifact's opening.
    static func openings(of owners: [PDFStructureTree.Owner], in tree: PDFStructureTree) -> [[UInt8]] {
        var mcid = 0
        return owners.map { owner in
            switch owner {
            case .element(let element):
                var opening = Array("/\(tree.type(of: element)) <</MCID ".utf8)
                PDFValue.writeInteger(mcid, to: &opening)
                opening += Array(">> BDC".utf8)
                mcid += 1
                return opening
            case .artifact(let kind):
                return artifactOpening[kind] ?? Array("/Artifact BMC".utf8)
            }
        }
    }

    private static let actualTextKey = Array("/ActualText".utf8)

    /// Whether `content` holds one of Cairo's ActualText spans (Foundation's generic `firstRange(of:)`
    /// took a tenth of a 95-page render).
    static func containsActualText(_ content: [UInt8]) -> Bool {
        PDFSyntax.firstIndex(of: actualTextKey, in: content) != nil
    }

    /// How an artifact's sequence opens: page furniture typed as pagination, with its place on the page.
    private static let artifactOpening: [ArtifactKind: [UInt8]] = [
        .header: Array("/Artifact <</Type /Pagination /Subtype /Header>> BDC".utf8),
        .footer: Array("/Artifact <</Type /Pagination /Subtype /Footer>> BDC".utf8),
        .pagination: Array("/Artifact <</Type /Pagination>> BDC".utf8),
        .layout: Array("/Artifact <</Type /Layout>> BDC".utf8),
    ]

    // MARK: Structure

    /// The dictionary of element `index`: its kids as MCIDs (an MCR on a page other than its first), OBJRs
    /// and elements, numbered from `firstElement`.
    private static func structElement(_ index: Int, of structure: PDFStructureTree, parent: Int, firstElement: Int, pageNumbers: [Int],
                                      annotationNumbers: [[Int]], mcids: [[Int32]]) -> PDFDictionary {
        var dictionary = PDFDictionary([("Type", .name("StructElem")), ("S", .name(structure.type(of: index))), ("P", .reference(parent))])
        let elementKids = structure.kids(of: index)
        let firstPage: Int? = elementKids.lazy.compactMap { kid -> Int? in
            switch kid {
            case .content(let page, _), .annotation(let page, _): page
            case .element: nil
            }
        }.first
        if let firstPage { dictionary["Pg"] = .reference(pageNumbers[firstPage]) }
        var kids: [PDFValue] = []
        for kid in elementKids {
            switch kid {
            case .element(let child):
                kids.append(.reference(firstElement + child))
            case .content(let page, let sequence):
                let mcid = Int(mcids[page][sequence])
                guard mcid >= 0 else { continue }
                if page == firstPage {
                    kids.append(.integer(mcid))
                } else {
                    kids.append(.dictionary(PDFDictionary([("Type", .name("MCR")), ("Pg", .reference(pageNumbers[page])),
                                                           ("MCID", .integer(mcid))])))
                }
            case .annotation(let page, let index):
                let annotation = annotationNumbers[page][index]
                guard annotation != 0 else { continue }
                kids.append(.dictionary(PDFDictionary([("Type", .name("OBJR")), ("Obj", .reference(annotation)),
                                                       ("Pg", .reference(pageNumbers[page]))])))
            }
        }
        if kids.count == 1 { dictionary["K"] = kids[0] } else if !kids.isEmpty { dictionary["K"] = .array(kids) }
        let details = structure.details(of: index)
        if let alt = details.alt { dictionary["Alt"] = .text(alt) }
        if let language = details.language { dictionary["Lang"] = .text(language) }
        var attributes = PDFDictionary()
        if let scope = details.scope { attributes["Scope"] = .name(scope.rawValue) }
        if details.span.rows > 1 { attributes["RowSpan"] = .integer(details.span.rows) }
        if details.span.columns > 1 { attributes["ColSpan"] = .integer(details.span.columns) }
        if !attributes.entries.isEmpty {
            attributes["O"] = .name("Table")
            dictionary["A"] = .dictionary(attributes)
        }
        return dictionary
    }

    /// What a link annotation says to a reader who cannot see it: the link's text, else where it goes.
    private func description(ofLink element: Int, annotation: PDFDictionary) -> String {
        let text = structure.details(of: element).text
        if !text.isEmpty { return text }
        if let uri = annotation["A"]?.dictionary?["URI"], case .string(let bytes) = uri { return String(decoding: bytes, as: UTF8.self) }
        return "Link within the document"
    }

    // MARK: Metadata

    private func documentInformation(producer: String, date: PDFDate?) -> PDFDictionary {
        var information = PDFDictionary([("Title", .text(metadata.title))])
        if !metadata.authors.isEmpty { information["Author"] = .text(metadata.authors.joined(separator: ", ")) }
        if let subject = metadata.subject, !subject.isEmpty { information["Subject"] = .text(subject) }
        if !metadata.keywords.isEmpty { information["Keywords"] = .text(metadata.keywords.joined(separator: ", ")) }
        information["Creator"] = .text(metadata.creator)
        information["Producer"] = .text(producer)
        if let date {
            information["CreationDate"] = .string(Array(date.documentInformation.utf8))
            information["ModDate"] = .string(Array(date.documentInformation.utf8))
        }
        return information
    }

    // MARK: Copying

    /// `value` with each reference to one of Cairo's objects replaced by its new number.
    private mutating func copy(_ value: PDFValue) -> PDFValue {
        switch value {
        case .reference(let old): .reference(number(for: old))
        case .array(let items): .array(items.map { copy($0) })
        case .dictionary(let dictionary): .dictionary(copy(dictionary))
        default: value
        }
    }

    private mutating func copy(_ dictionary: PDFDictionary) -> PDFDictionary {
        PDFDictionary(dictionary.entries.map { ($0.key, copy($0.value)) })
    }

    /// The new number of Cairo's object `old`, queued to be copied when it is first met.
    private mutating func number(for old: Int) -> Int {
        if let number = numbers[old] { return number }
        let number = builder.reserve()
        numbers[old] = number
        queue.append(old)
        return number
    }

    /// Copies every queued object, and those they refer to: streams with their data as it is.
    private mutating func copyQueued() throws(FolioError) {
        while let old = queue.popLast() {
            guard let number = numbers[old] else { continue }
            let object = try source.object(old)
            if let data = object.streamData, var dictionary = object.value.dictionary {
                // A length Cairo wrote as an object of its own becomes a number in the dictionary.
                dictionary["Length"] = nil
                if let rewritten = rewrittenStreams[old] {
                    dictionary["Filter"] = .name("FlateDecode")
                    dictionary["DecodeParms"] = nil
                    try builder.setStream(number, copy(dictionary), data: Deflate.compress(rewritten))
                    continue
                }
                if dictionary["Filter"] == nil, dictionary["Type"]?.name != "Metadata" {
                    // Cairo told not to compress its content streams (`CAIRO_DEBUG_PDF`) leaves ToUnicode maps
                    // and forms plain too: they are compressed here instead.
                    dictionary["Filter"] = .name("FlateDecode")
                    try builder.setStream(number, copy(dictionary), data: Deflate.compress(Array(data)))
                    continue
                }
                try builder.setStream(number, copy(dictionary), data: Array(data))
            } else {
                builder.set(number, copy(object.value))
            }
        }
    }
}
