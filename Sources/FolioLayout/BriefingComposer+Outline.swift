import Foundation
import FolioModel

extension BriefingComposer {
    /// A briefing's sections in document order, numbered: what composing it in parts (on several threads)
    /// shares. Every section's numbering is known before any is composed, so parts come out as they would whole.
    ///
    /// Copies share one outline. Once a run of sections is composed, `release` lets their blocks go, so that a
    /// long briefing's sections are not all in memory while it is laid out; what later sections need of the
    /// earlier ones (how many figures and tables they numbered) is counted when the outline is made.
    public struct Outline: Sendable {
        private let store: SectionStore
        /// The figures and tables numbered in the sections before each one (and after the last).
        private let numberedBefore: [(figures: Int, tables: Int)]
        private let blockCounts: [Int]

        init(sections: [NumberedSection], numbering: (Block, inout CompositionState) -> Void) {
            store = SectionStore(sections)
            var state = CompositionState()
            var before: [(figures: Int, tables: Int)] = []
            before.reserveCapacity(sections.count + 1)
            for numbered in sections {
                before.append((state.figures, state.tables))
                for block in numbered.section.blocks { numbering(block, &state) }
            }
            before.append((state.figures, state.tables))
            numberedBefore = before
            blockCounts = sections.map(\.section.blocks.count)
        }

        /// Every section, those released with their blocks gone.
        var sections: [NumberedSection] { store.sections }
        /// The number of sections, subsections included.
        public var count: Int { blockCounts.count }
        /// The number of blocks of section `index` (its subsections not included): how much work it is.
        public func blockCount(at index: Int) -> Int { blockCounts[index] }
        /// The figures and tables numbered before section `index`.
        func numbered(before index: Int) -> (figures: Int, tables: Int) { numberedBefore[index] }

        /// Lets the blocks of sections `range` go: they are composed, and will not be composed again.
        public func release(_ range: Range<Int>) { store.release(range) }

        /// The sections, shared by the outline's copies on every thread.
        private final class SectionStore: @unchecked Sendable {
            private let lock = NSLock()
            private var stored: [NumberedSection]

            init(_ sections: [NumberedSection]) {
                stored = sections
            }

            var sections: [NumberedSection] { lock.withLock { stored } }

            func release(_ range: Range<Int>) {
                lock.withLock {
                    for index in range.clamped(to: stored.indices) { stored[index].section.blocks = [] }
                }
            }
        }
    }
}
