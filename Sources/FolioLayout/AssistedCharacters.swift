import Foundation

/// The characters no font has that a composer's `MeasuringAssistant` met while measuring for it: warned of
/// where the composer would have met them itself.
final class AssistedCharacters: @unchecked Sendable {
    private let lock = NSLock()
    private var found: Set<UInt32> = []

    var characters: Set<UInt32> { lock.withLock { found } }

    func add(_ characters: Set<UInt32>) {
        guard !characters.isEmpty else { return }
        lock.withLock { found.formUnion(characters) }
    }
}
