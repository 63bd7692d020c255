import FolioDecoding

extension MappingReader {
    /// The text at `key` parsed for inline markup.
    func inlineText(_ key: String, required: Bool = false) -> InlineText? {
        text(key, required: required).map(InlineMarkupParser.parse)
    }
}
