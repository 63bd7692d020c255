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

    /// The pages of `briefing` laid out with the measurers of `session`, and what they found wrong with fonts.
    static func layout(_ briefing: Briefing, style: Style, session: FontSession, images: [String: ImageSource],
                       creationDate: String?) -> (LaidOutDocument, FontReport) {
        let measurers = session.measurers(language: briefing.language)
        let measurer = measurers[0]
        let layout = DocumentLayout(style: style, measurer: measurer, images: images)
        // Footnotes are numbered as they are met: a briefing with any is composed in one part.
        let worthIt = briefing.sections.count >= 2 && briefing.sections.map(blockCount).reduce(0, +) >= minimumBlocks
            && !briefing.containsFootnotes
        guard worthIt, measurers.count > 1 else {
            let composer = BriefingComposer(style: style, measurer: measurer, images: images, language: briefing.language,
                                            labels: Labels.of(briefing, style: style))
            return (layout.laidOut(briefing, queue: BlockQueue(composer.composition(of: briefing)), creationDate: creationDate),
                    measurer.fontReport)
        }
        let labels = Labels.of(briefing, style: style)
        let helper = HelperThread(style: style, language: briefing.language, labels: labels, images: images, measurer: measurers[1])
        let composer = BriefingComposer(style: style, measurer: measurer, images: images, language: briefing.language, labels: labels)
        let outline = composer.outline(of: briefing)
        let blockCounts = (0..<outline.count).map(outline.blockCount)
        // Half the blocks each: the front matter this thread also composes is about what the helper's
        // thread costs it to start.
        var split = 0, seen = 0
        let half = blockCounts.reduce(0, +) / 2
        while split < outline.count - 1, seen < half {
            seen += blockCounts[split]
            split += 1
        }
        helper.start(split..<outline.count, of: outline)
        let front = composer.frontMatter(of: briefing, outline: outline)
        let earlier = composer.sections(0..<split, of: outline)
        let later = helper.join()
        var fontReport = measurer.fontReport
        fontReport.absorb(helper.measurer.fontReport)
        return (layout.laidOut(briefing, queue: BlockQueue(composer.joined([front, earlier, later])), creationDate: creationDate), fontReport)
    }

    static func blockCount(_ section: Section) -> Int {
        section.blocks.count + section.sections.map(blockCount).reduce(0, +)
    }
}

/// The helper: composes the sections it is given with a measurer of its own.
private final class HelperThread: @unchecked Sendable {
    typealias Composer = BriefingComposer<PangoTextMeasurer>
    let style: Style
    let language: String
    let labels: Labels
    let images: [String: ImageSource]
    /// Used by the helper thread alone until `join()` returns.
    let measurer: PangoTextMeasurer
    private let done = DispatchSemaphore(value: 0)
    // Written by the helper before it signals `done`, read after `join()` waits for it.
    private var part = Composer.Part()

    init(style: Style, language: String, labels: Labels, images: [String: ImageSource], measurer: PangoTextMeasurer) {
        self.style = style
        self.language = language
        self.labels = labels
        self.images = images
        self.measurer = measurer
    }

    /// Starts composing `range` of `outline` on a thread of its own.
    func start(_ range: Range<Int>, of outline: Composer.Outline) {
        let thread = Thread { [self] in
            part = Composer(style: style, measurer: measurer, images: images, language: language, labels: labels)
                .sections(range, of: outline)
            done.signal()
        }
        thread.start()
    }

    /// Waits for the helper and returns its sections.
    func join() -> Composer.Part {
        done.wait()
        return part
    }
}
