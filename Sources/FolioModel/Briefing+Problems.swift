import FolioCore
import FolioDecoding

extension Briefing {
    /// Every problem a briefing file with this content would have — series shorter than the categories, rows
    /// narrower than their table, ids used twice, links to ids that do not exist, an unknown style — each
    /// with its path in the briefing (`sections[1].blocks[0].chart.series[0].values`); empty when it is sound.
    ///
    /// A briefing built in code is checked by the rules a briefing file is checked by, so the two cannot differ.
    public func problems(options: BriefingDecoder.Options = BriefingDecoder.Options()) -> [Diagnostic] {
        let file = "<built briefing>.json"
        do {
            let checked = try BriefingLoader.load(text: json.serialized(), file: file, options: options)
            return checked.sourceMap.readingWarnings.map(Self.unlocated)
        } catch {
            return error.diagnostics.map(Self.unlocated)
        }
    }

    /// A diagnostic without its place in the JSON it was checked as, which is no file the user has.
    private static func unlocated(_ diagnostic: Diagnostic) -> Diagnostic {
        var moved = diagnostic
        if moved.location?.file == "<built briefing>.json" { moved.location = nil }
        return moved
    }
}
