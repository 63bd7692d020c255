import FolioModel

extension BriefingComposer {
    /// A briefing's sections in document order, numbered: what composing it in parts (on several threads)
    /// shares. Every section's numbering is known before any is composed, so parts come out as they would whole.
    public struct Outline: Sendable {
        let sections: [NumberedSection]
        /// The number of sections, subsections included.
        public var count: Int { sections.count }
        /// The number of blocks of section `index` (its subsections not included): how much work it is.
        public func blockCount(at index: Int) -> Int { sections[index].section.blocks.count }
    }
}
