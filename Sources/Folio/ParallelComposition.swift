import FolioCairo
import FolioGraphics
import FolioLayout
import FolioModel
import FolioStyle
import Foundation

/// Lays out a briefing as pagination reaches it, a window of sections at a time, on two cores for a long one:
/// a helper thread, with a measurer (and font map) of its own, composes the later half of each window while
/// this thread composes the earlier half.
///
/// Only a window's blocks are in memory before they are placed, however long the briefing. Every section's
/// number, and the count of figures and tables before it, is known from the briefing alone
/// (`BriefingComposer.Outline`), so the halves are exactly what one composition would give, and the pages
/// and bytes are the same with or without the helper, whatever the windows (`ParallelLayoutTests`). The
/// helper's measurer issues font ids from a range of its own, so its lines join the document as they are,
/// with their faces in its font table.
///
/// The helper is also this thread's composer's `MeasuringAssistant`: it measures pieces of a long table's
/// rows for the column widths, and each run of rows ahead as pagination places the run before — in a
/// briefing of one section too.
enum ParallelComposition {
    /// Below this many blocks the helper's start-up (a font map, about 6 ms) is not worth it.
    static let minimumBlocks = 40
    /// About how many blocks a window holds: a few pages' worth, enough that the two halves keep both cores busy.
    static let windowBlocks = 160

    /// The pages of `briefing` laid out with the measurers of `session`, and what they found wrong with fonts.
    static func layout(_ briefing: consuming Briefing, style: Style, session: FontSession, images: [String: ImageSource],
                       creationDate: String?, windowBlocks: Int = windowBlocks,
                       pageMemoryBudget: Int = PageStore.defaultMemoryBudget) -> (LaidOutDocument, FontReport) {
        let measurers = session.measurers(language: briefing.language)
        let measurer = measurers[0]
        var layout = DocumentLayout(style: style, measurer: measurer, images: images)
        layout.pageMemoryBudget = pageMemoryBudget
        let labels = Labels.of(briefing, style: style)
        var composer = BriefingComposer(style: style, measurer: measurer, images: images, language: briefing.language, labels: labels)
        let outline = composer.outline(of: briefing)
        let blockCounts = (0..<outline.count).map(outline.blockCount)
        // Footnotes are numbered as they are met: a briefing with any is composed on one thread.
        let worthIt = outline.count >= 2 && blockCounts.reduce(0, +) >= minimumBlocks && !briefing.containsFootnotes
        // From here the outline alone holds the sections, and lets each window's go once it is composed.
        briefing.sections = []
        // The helper's thread starts with its first job: composing a window's later half, when the briefing is
        // long enough, or measuring rows of a long table for this thread's composer.
        let helper = measurers.count > 1
            ? HelperThread(style: style, language: briefing.language, labels: labels, images: images, measurer: measurers[1]) : nil
        composer.assistant = helper
        var windows = Self.windows(blockCounts, size: windowBlocks)[...]
        var joiner = BriefingComposer<PangoTextMeasurer>.Joiner()
        var front: BriefingComposer<PangoTextMeasurer>.Part? = composer.frontMatter(of: briefing, outline: outline)
        let queue = BlockQueue {
            if let part = front {
                front = nil
                return joiner.join([part])
            }
            guard let window = windows.popFirst() else { return nil }
            defer { outline.release(window) }
            guard let helper, worthIt, window.count >= 2 else { return joiner.join([composer.sections(window, of: outline)]) }
            let split = Self.half(of: window, blockCounts: blockCounts)
            helper.start(split..<window.upperBound, of: outline)
            let earlier = composer.sections(window.lowerBound..<split, of: outline)
            return joiner.join([earlier, helper.join()])
        }
        var document = layout.laidOut(briefing, queue: queue, creationDate: creationDate)
        var fontReport = measurer.fontReport
        if let helper {
            helper.stop()
            fontReport.absorb(helper.measurer.fontReport)
            // Lines the helper measured for this thread's tables use faces no part of its own may have named.
            document.fonts = document.fonts.merging(helper.measurer.fonts)
        }
        return (document, fontReport)
    }

    /// The sections cut into runs of about `size` blocks each (a section is never cut).
    static func windows(_ blockCounts: [Int], size: Int) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        var start = 0, seen = 0
        for (index, count) in blockCounts.enumerated() {
            seen += count
            if seen >= size {
                windows.append(start..<index + 1)
                start = index + 1
                seen = 0
            }
        }
        if start < blockCounts.count { windows.append(start..<blockCounts.count) }
        return windows
    }

    /// Where `window` is cut so that each half has about as many blocks (each half at least one section).
    static func half(of window: Range<Int>, blockCounts: [Int]) -> Int {
        let half = blockCounts[window].reduce(0, +) / 2
        var split = window.lowerBound, seen = 0
        while split < window.upperBound - 1, seen < half {
            seen += blockCounts[split]
            split += 1
        }
        return max(split, window.lowerBound + 1)
    }

    static func blockCount(_ section: Section) -> Int {
        section.blocks.count + section.sections.map(blockCount).reduce(0, +)
    }
}

/// The helper: a thread with a measurer of its own that composes the sections it is given and measures what
/// this thread's composer hands it (`MeasuringAssistant`), one job after another. Its thread starts with the
/// first job.
private final class HelperThread: MeasuringAssistant, @unchecked Sendable {
    typealias Composer = BriefingComposer<PangoTextMeasurer>
    let style: Style
    let language: String
    let labels: Labels
    let images: [String: ImageSource]
    /// Used by the helper thread alone while it works; read by others only after it has stopped.
    let measurer: PangoTextMeasurer
    private let condition = NSCondition()
    // Under `condition`.
    private var jobs: [() -> Void] = []
    private var stopping = false
    private var started = false
    private let stopped = DispatchSemaphore(value: 0)
    private let composed = DispatchSemaphore(value: 0)
    // Written by the helper thread before it signals `composed`, read by the other after it waits.
    private var part = Composer.Part()
    /// The composer of every range, made on the helper's thread: its footnote registry and caches carry on.
    private var composer: Composer?

    init(style: Style, language: String, labels: Labels, images: [String: ImageSource], measurer: PangoTextMeasurer) {
        self.style = style
        self.language = language
        self.labels = labels
        self.images = images
        self.measurer = measurer
    }

    /// Starts composing `range` of `outline` on the helper's thread.
    func start(_ range: Range<Int>, of outline: Composer.Outline) {
        enqueue { [self] in
            let composer = composer ?? Composer(style: style, measurer: measurer, images: images, language: language, labels: labels)
            self.composer = composer
            part = composer.sections(range, of: outline)
            composed.signal()
        }
    }

    /// Waits for the helper and returns the sections it composed.
    func join() -> Composer.Part {
        composed.wait()
        return part
    }

    func assist(_ job: @escaping @Sendable (PangoTextMeasurer) -> Void) {
        enqueue { [measurer] in job(measurer) }
    }

    /// Lets the helper's thread end once it has done the jobs it was given, and waits for that.
    func stop() {
        let running = condition.withLock {
            defer { stopping = true }
            condition.broadcast()
            return started && !stopping
        }
        if running { stopped.wait() }
    }

    private func enqueue(_ job: @escaping () -> Void) {
        condition.withLock {
            jobs.append(job)
            if !started {
                started = true
                Thread.detachNewThread { [self] in run() }
            }
            condition.signal()
        }
    }

    private func run() {
        while true {
            condition.lock()
            while jobs.isEmpty, !stopping { condition.wait() }
            guard !jobs.isEmpty else {
                condition.unlock()
                break
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
        stopped.signal()
    }
}
