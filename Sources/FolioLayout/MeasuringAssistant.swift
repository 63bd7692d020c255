import FolioGraphics

/// A thread with a measurer of its own, to which a composer hands part of its measuring — the rows of a long
/// table — while it measures the rest itself.
///
/// Jobs run one after another, after whatever the thread was given before (a window's sections to compose):
/// a job must not assume it starts at once, and the composer must not wait for one that has not started.
public protocol MeasuringAssistant<Measurer>: AnyObject, Sendable {
    associatedtype Measurer: TextMeasuring
    /// Runs `job` on the assistant's thread, with its measurer.
    func assist(_ job: @escaping @Sendable (Measurer) -> Void)
}
