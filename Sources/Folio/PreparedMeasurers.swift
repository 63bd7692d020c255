import FolioCairo
import Foundation

/// The measurers a report lays out with, made on another thread while its briefing is read: each has a
/// Pango font map of its own, and making one takes some 6 ms that would otherwise come before the layout.
///
/// Made for one report: `Report(briefing:…, prepared:)` takes them; a second report needs its own.
public final class PreparedMeasurers: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    // Written by the preparing thread before `ready` is signalled, read after waiting for it.
    private var made: (layout: PangoTextMeasurer, helper: PangoTextMeasurer?)?
    private var taken = false
    private let lock = NSLock()

    /// Starts making measurers over `fonts` on another thread: one for the layout and, where the layout may
    /// use a second core (`ParallelComposition`), one for its helper.
    public static func prepare(fonts: FontConfiguration? = FontConfiguration.with()) -> PreparedMeasurers {
        let prepared = PreparedMeasurers()
        let withHelper = ParallelComposition.helperAllowed
        Thread.detachNewThread { [prepared] in
            let layout = PangoTextMeasurer(fonts: fonts)
            let helper = withHelper ? PangoTextMeasurer(fonts: fonts, fontIDBase: ParallelComposition.helperFontIDBase) : nil
            prepared.made = (layout, helper)
            prepared.ready.signal()
        }
        return prepared
    }

    /// The measurers, in `language`, once made; nil if they were taken already.
    func take(language: String) -> (layout: PangoTextMeasurer, helper: PangoTextMeasurer?)? {
        let first = lock.withLock {
            defer { taken = true }
            return !taken
        }
        guard first else { return nil }
        ready.wait()
        guard let made else { return nil }
        made.layout.adopt(language: language)
        made.helper?.adopt(language: language)
        return made
    }
}
