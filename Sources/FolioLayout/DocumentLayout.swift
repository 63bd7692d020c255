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

    public init(style: Style, measurer: Measurer, images: [String: ImageSource] = [:]) {
        self.style = style
        self.measurer = measurer
        self.images = images
    }

    /// The pages of `briefing`, its outline, and its metadata (with `creationDate`, ISO 8601, if given).
    public func layout(_ briefing: Briefing, creationDate: String? = nil) -> PagedDocument {
        let composition = BriefingComposer(style: style, measurer: measurer, images: images, language: briefing.language,
                                           labels: Labels.of(briefing, style: style))
            .composition(of: briefing)
        return layout(briefing, composition: composition, creationDate: creationDate)
    }

    /// The pages of `briefing` from its blocks, composed already (in parts, perhaps, on several threads).
    public func layout(_ briefing: Briefing, composition: Composition, creationDate: String? = nil) -> PagedDocument {
        let pagination = Paginator(column: style.page.textArea, footnotes: composition.footnotes).paginate(composition.blocks)
        let pageEnds = pagination.ends
        let contents = pagination.pages
        let numbering = PageNumbering(pageCount: contents.count,
                                      frontMatterCount: contents.firstIndex { $0.notes.contains(.bodyStart) } ?? 0)
        let anchorPages = Self.anchorPages(contents)
        let missingBefore = measurer.charactersWithoutFont
        let numbers = LocalizedNumbers(language: briefing.language, nativeDigits: style.nativeDigits)
        let furniture = PageFurniture(style: style, measurer: measurer, briefing: briefing, labels: Labels.of(briefing, style: style),
                                      dates: LocalizedDates(language: briefing.language, nativeDigits: style.nativeDigits, style: style.dates),
                                      numbers: numbers)
        var diagnostics = briefing.sourceMap.readingWarnings + composition.diagnostics + furniture.diagnostics
        // The banner is the one text measured here for the first time.
        let inBanner = measurer.charactersWithoutFont.subtracting(missingBefore).sorted()
        if !inBanner.isEmpty { diagnostics.append(.noFont(for: inBanner, at: DataPath.root.appending("classification"))) }
        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        pages.reserveCapacity(contents.count)
        for (index, content) in contents.enumerated() {
            var items = content.items
            // From the last slot back, so that each insertion leaves the places of those before it alone.
            for case .pageReference(let slot) in content.notes.reversed() {
                guard let target = anchorPages[slot.anchor] else { continue }
                let number = measurer.line(of: RichText(numbering.label(of: target, in: numbers),
                                                        attributes: slot.attributes))
                items.insert(.text(number, origin: Point(x: slot.right - number.width, y: slot.baseline)),
                             at: min(slot.itemIndex, items.count))
            }
            items += furniture.items(pageIndex: index, numbering: numbering)
            pages.append(Page(size: style.page.size, items: items, label: numbering.pdfLabel(of: index)))
            for case .heading(let mark) in content.notes {
                outline.append(OutlineEntry(title: mark.title, level: mark.level, pageIndex: index, y: mark.y))
            }
        }
        let metadata = Self.metadata(of: briefing, creationDate: creationDate)
        diagnostics += pagination.diagnostics
        // Page numbers and furniture were measured here, after the composition: the measurer knows their faces.
        var document = PagedDocument(pages: pages, outline: outline, metadata: metadata, fonts: composition.fonts.merging(measurer.fonts),
                                     diagnostics: diagnostics.map(briefing.sourceMap.locate))
        document.pageEnds = pageEnds
        return document
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

    /// The page each anchor landed on.
    private static func anchorPages(_ contents: [Paginator.PageContent]) -> [String: Int] {
        var pages: [String: Int] = [:]
        for (index, content) in contents.enumerated() {
            for case .anchor(let name, _) in content.items where pages[name] == nil { pages[name] = index }
        }
        return pages
    }
}
