/// The lines of a Markdown file being read, kept beside its parsed tree for what the tree no longer says.
final class MarkdownSource: @unchecked Sendable {
    var lines: [String] = []

    /// Line `number` (1-based), if the file has it.
    func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
