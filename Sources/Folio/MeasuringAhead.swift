import FolioCairo
import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import Foundation

/// Lays out a long briefing on two cores: while the layout works through the first half of the sections, a
/// helper thread with a measurer (and font map) of its own measures the second half, and the layout takes
/// those lines when it gets there instead of shaping them again.
///
/// The helper only fills a cache; the layout itself runs once, in order, as it would alone, so pages,
/// numbering and bytes are the same with or without the helper. Lines are shared through `FontKeys`, so
/// either measurer's fonts draw them.
enum MeasuringAhead {
    /// Below this many blocks the helper's start-up (a font map, about 7 ms) is not worth it.
    static let minimumBlocks = 40

    static func layout(_ briefing: Briefing, style: Style, measurer: PangoTextMeasurer, fonts: FontConfiguration?,
                       images: [String: ImageSource], creationDate: String?) -> PagedDocument {
        let sections = briefing.sections
        let blockCount = sections.map(Self.blockCount).reduce(0, +)
        // FOLIO_LAYOUT_THREADS=1 turns the helper off: for comparing, and for machines shared with others.
        let allowed = ProcessInfo.processInfo.environment["FOLIO_LAYOUT_THREADS"] != "1"
        guard allowed, sections.count >= 2, blockCount >= minimumBlocks, ProcessInfo.processInfo.activeProcessorCount >= 2 else {
            return DocumentLayout(style: style, measurer: measurer, images: images).layout(briefing, creationDate: creationDate)
        }
        // Split where half the blocks lie behind.
        var split = 0, seen = 0
        while split < sections.count - 1, seen < blockCount / 2 {
            seen += Self.blockCount(sections[split])
            split += 1
        }
        var laterHalf = briefing
        laterHalf.sections = Array(sections[split...])
        let shared = SharedMeasurements()
        let helper = HelperThread(briefing: laterHalf, style: style, language: briefing.language, fonts: fonts,
                                  fontKeys: measurer.fontKeys, images: images, shared: shared)
        helper.start()
        let reader = SharingMeasurer(base: measurer, shared: shared, role: .reader)
        let document = DocumentLayout(style: style, measurer: reader, images: images).layout(briefing, creationDate: creationDate)
        // The helper's measurer may go now: the layout's measurer loads any font it needs by its shared id.
        helper.join()
        if let report = helper.measurer { measurer.absorbFontReport(of: report) }
        return document
    }

    static func blockCount(_ section: Section) -> Int {
        section.blocks.count + section.sections.map(blockCount).reduce(0, +)
    }
}

/// The helper: composes the later sections into a throw-away layout, filling the shared measurements.
private final class HelperThread: @unchecked Sendable {
    let briefing: Briefing
    let style: Style
    let language: String
    let fonts: FontConfiguration?
    let fontKeys: FontKeys
    let images: [String: ImageSource]
    let shared: SharedMeasurements
    private let done = DispatchSemaphore(value: 0)
    private(set) var measurer: PangoTextMeasurer?

    init(briefing: Briefing, style: Style, language: String, fonts: FontConfiguration?, fontKeys: FontKeys,
         images: [String: ImageSource], shared: SharedMeasurements) {
        self.briefing = briefing
        self.style = style
        self.language = language
        self.fonts = fonts
        self.fontKeys = fontKeys
        self.images = images
        self.shared = shared
    }

    func start() {
        let thread = Thread { [self] in
            let measurer = PangoTextMeasurer(language: language, fonts: fonts, fontKeys: fontKeys)
            _ = BriefingComposer(style: style, measurer: SharingMeasurer(base: measurer, shared: shared, role: .writer), images: images,
                                 language: language).composition(of: briefing)
            self.measurer = measurer
            done.signal()
        }
        thread.start()
    }

    func join() { done.wait() }
}
