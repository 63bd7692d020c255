import FolioCairo
import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import Foundation

/// Lays out a long briefing on two cores: a helper thread, with a measurer (and font map) of its own,
/// composes the later sections while this thread composes the front matter and the earlier ones.
///
/// Every section's number, and the count of figures and tables before it, is known from the briefing alone
/// (`BriefingComposer.Outline`), so the two parts are exactly what one composition would give, and the pages
/// and bytes are the same with or without the helper (`ParallelLayoutTests`). The helper's measurer issues font
/// ids from a range of its own, so its lines join the document as they are, with their faces in its font table.
enum ParallelComposition {
    /// Below this many blocks the helper's start-up (a font map, about 6 ms) is not worth it.
    static let minimumBlocks = 40
    /// The first font id the helper's measurer issues: the layout's own measurer issues ids from 0.
    static let helperFontIDBase: Int32 = 1 << 16

    /// Whether a layout may use a helper thread: on two cores or more, unless FOLIO_LAYOUT_THREADS=1 (for
    /// comparing, and for machines shared with others; batches of several briefings at once set it).
    static var helperAllowed: Bool {
        ProcessInfo.processInfo.environment["FOLIO_LAYOUT_THREADS"] != "1" && ProcessInfo.processInfo.activeProcessorCount >= 2
    }

    /// The pages of `briefing`, and what the measurers found wrong with fonts; `prepared` measurers are used if given.
    static func layout(_ briefing: Briefing, style: Style, fonts: FontConfiguration?, images: [String: ImageSource],
                       creationDate: String?, prepared: PreparedMeasurers? = nil) -> (PagedDocument, FontReport) {
        let ready = prepared?.take(language: briefing.language)
        let worthIt = briefing.sections.count >= 2 && briefing.sections.map(blockCount).reduce(0, +) >= minimumBlocks
        let helper = helperAllowed && worthIt
            ? HelperThread(style: style, language: briefing.language, fonts: fonts, images: images, measurer: ready?.helper) : nil
        // The helper makes its font map (unless prepared) while this thread makes its own.
        helper?.start()
        let measurer = ready?.layout ?? PangoTextMeasurer(language: briefing.language, fonts: fonts)
        let layout = DocumentLayout(style: style, measurer: measurer, images: images)
        guard let helper else { return (layout.layout(briefing, creationDate: creationDate), measurer.fontReport) }
        let composer = BriefingComposer(style: style, measurer: measurer, images: images, language: briefing.language)
        let outline = composer.outline(of: briefing)
        let blockCounts = (0..<outline.count).map(outline.blockCount)
        // Half the blocks each: the front matter this thread also composes is about what the helper's
        // threads and fonts cost it to start.
        var split = 0, seen = 0
        let half = blockCounts.reduce(0, +) / 2
        while split < outline.count - 1, seen < half {
            seen += blockCounts[split]
            split += 1
        }
        helper.compose(split..<outline.count, of: outline)
        let front = composer.frontMatter(of: briefing, outline: outline)
        let earlier = composer.sections(0..<split, of: outline)
        let later = helper.join()
        if let report = helper.measurer { measurer.absorbFontReport(of: report) }
        return (layout.layout(briefing, composition: composer.joined([front, earlier, later]), creationDate: creationDate),
                measurer.fontReport)
    }

    static func blockCount(_ section: Section) -> Int {
        section.blocks.count + section.sections.map(blockCount).reduce(0, +)
    }
}

/// The helper: makes its measurer as soon as it starts (unless given one), then composes the sections it is given.
private final class HelperThread: @unchecked Sendable {
    typealias Composer = BriefingComposer<PangoTextMeasurer>
    let style: Style
    let language: String
    let fonts: FontConfiguration?
    let images: [String: ImageSource]
    private let assigned = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    // Written before `assigned` is signalled, read after the helper waits for it.
    private var work: (outline: Composer.Outline, range: Range<Int>)?
    // Written by the helper before it signals `done`, read after `join()` waits for it.
    private(set) var measurer: PangoTextMeasurer?
    private var part = Composer.Part()

    init(style: Style, language: String, fonts: FontConfiguration?, images: [String: ImageSource], measurer: PangoTextMeasurer?) {
        self.measurer = measurer
        self.style = style
        self.language = language
        self.fonts = fonts
        self.images = images
    }

    func start() {
        let thread = Thread { [self] in
            let measurer = self.measurer ?? PangoTextMeasurer(language: language, fonts: fonts,
                                                              fontIDBase: ParallelComposition.helperFontIDBase)
            self.measurer = measurer
            assigned.wait()
            if let work {
                part = Composer(style: style, measurer: measurer, images: images, language: language).sections(work.range, of: work.outline)
            }
            done.signal()
        }
        thread.start()
    }

    /// Gives the helper its sections.
    func compose(_ range: Range<Int>, of outline: Composer.Outline) {
        work = (outline, range)
        assigned.signal()
    }

    /// Waits for the helper and returns its sections.
    func join() -> Composer.Part {
        done.wait()
        return part
    }
}
