import Foundation

/// What the workers found, gathered under a lock.
final class Tally: @unchecked Sendable {
    let lock = NSLock()
    var rendered = 0
    var refused = 0
    var findings: [String] = []
}
