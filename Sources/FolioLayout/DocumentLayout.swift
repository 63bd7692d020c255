import FolioCharts
import FolioCore
import FolioGraphics
import FolioModel
import FolioStyle

/// Lays out a whole briefing: composes its blocks, paginates them, numbers the pages and adds the page furniture.
public struct DocumentLayout<Measurer: TextMeasuring> {
    public let style: Style
    public let measurer: Measurer
    /// The images of the briefing's image blocks, by the path written in the block.
    public let images: [String: ImageSource]
    /// How many bytes of laid-out pages are kept in memory until they are drawn; later pages wait in a
    /// temporary file (`PageStore`).
    public var pageMemoryBudget = PageStore.defaultMemoryBudget
    /// The composer's `eagerTableRows`.
    public var eagerTableRows = BriefingComposer<Measurer>.defaultEagerTableRows

    public init(style: Style, measurer: Measurer, images: [String: ImageSource] = [:]) {
        self.style = style
        self.measurer = measurer
        self.images = images
    }

    /// The pages of `briefing`, its outline, and its metadata (with `creationDate`, ISO 8601, if given).
    public func layout(_ briefing: Briefing, creationDate: String? = nil) -> PagedDocument {
        var composer = BriefingComposer(style: style, measurer: measurer, images: images, language: briefing.language,
                                        labels: Labels.of(briefing, style: style))
        composer.eagerTableRows = eagerTableRows
        let composition = composer.composition(of: briefing)
        return layout(briefing, composition: composition, creationDate: creationDate)
    }

    /// The pages of `briefing` from its blocks, composed already (in parts, perhaps, on several threads).
    public func layout(_ briefing: Briefing, composition: Composition, creationDate: String? = nil) -> PagedDocument {
        laidOut(briefing, queue: BlockQueue(composition), creationDate: creationDate).pagedDocument
    }

    /// The pages of `briefing` from the blocks of `queue`, composed as pagination reaches them: each page is
    /// kept as pagination leaves it, and finished (numbers, furniture) when it is drawn.
    public func laidOut(_ briefing: Briefing, queue: BlockQueue, creationDate: String? = nil) -> LaidOutDocument {
        let store = PageStore(memoryBudget: pageMemoryBudget)
        var anchorPages: [String: Int] = [:]
        var outline: [OutlineEntry] = []
        var frontMatterCount: Int?
        var references: [PageReferenceKey] = []
        var pageEnds: [PageEnd] = []
        let paginationDiagnostics = Paginator(column: style.page.textArea).paginate(queue) { content, end in
            let index = store.count
            for case .anchor(let name, _) in content.items where anchorPages[name] == nil { anchorPages[name] = index }
            for note in content.notes {
                switch note {
                case .heading(let mark):
                    outline.append(OutlineEntry(title: mark.title, level: mark.level, pageIndex: index, y: mark.y))
                case .pageReference(let slot):
                    references.append(PageReferenceKey(slot))
                case .bodyStart:
                    if frontMatterCount == nil { frontMatterCount = index }
                }
            }
            pageEnds.append(end)
            store.append(content)
        }
        store.finishAppending()
        let numbering = PageNumbering(pageCount: store.count, frontMatterCount: frontMatterCount ?? 0)
        let missingBefore = measurer.charactersWithoutFont
        let numbers = LocalizedNumbers(language: briefing.language, nativeDigits: style.nativeDigits)
        let furniture = PageFurniture(style: style, measurer: measurer, briefing: briefing, labels: Labels.of(briefing, style: style),
                                      dates: LocalizedDates(language: briefing.language, nativeDigits: style.nativeDigits, style: style.dates),
                                      numbers: numbers)
        var diagnostics = briefing.sourceMap.readingWarnings + queue.diagnostics + furniture.diagnostics
        // The banner is the one text measured here for the first time.
        let inBanner = measurer.charactersWithoutFont.subtracting(missingBefore).sorted()
        if !inBanner.isEmpty { diagnostics.append(.noFont(for: inBanner, at: DataPath.root.appending("classification"))) }
        var numberedReferences: [PageReferenceKey: TextLine] = [:]
        for key in references where numberedReferences[key] == nil {
            guard let target = anchorPages[key.anchor] else { continue }
            numberedReferences[key] = measurer.line(of: RichText(numbering.label(of: target, in: numbers), attributes: key.attributes))
        }
        let numberLines = (0..<store.count).map { index in
            furniture.numberText(pageIndex: index, numbering: numbering).map { measurer.line(of: RichText($0, attributes: furniture.numberAttributes)) }
        }
        diagnostics += paginationDiagnostics
        // Page numbers and furniture were measured here, after the composition: the measurer knows their faces.
        return LaidOutDocument(store: store, size: style.page.size, numbering: numbering, furniture: furniture, numberLines: numberLines,
                               references: numberedReferences, outline: outline,
                               metadata: Self.metadata(of: briefing, creationDate: creationDate),
                               fonts: queue.fonts.merging(measurer.fonts), diagnostics: diagnostics.map(briefing.sourceMap.locate),
                               pageEnds: pageEnds)
    }

    /// What a PDF of `briefing` says of itself: title, authors, subject, keywords, language.
    public static func metadata(of briefing: Briefing, creationDate: String?) -> DocumentMetadata {
        DocumentMetadata(
            title: briefing.title.plainText,
            authors: briefing.authors,
            subject: briefing.subtitle?.plainText,
            keywords: briefing.keywords,
            creator: "Folio \(FolioVersion.current)",
            creationDate: creationDate,
            language: briefing.language
        )
    }
}
