import ArgumentParser
import Foundation

/// `--allow-path`, for every command that reads a briefing's images: folders they may come from besides the
/// briefing's own.
struct AllowedPathOptions: ParsableArguments {
    @Option(name: .customLong("allow-path"),
            help: ArgumentHelp("A folder images may be read from besides the briefing's own (repeatable).", valueName: "folder"))
    var allowedPaths: [String] = []

    var allowedDirectories: [URL] { allowedPaths.map { URL(fileURLWithPath: $0) } }

    func validate() throws {
        try Self.requireFolders(allowedPaths, option: "--allow-path")
    }

    /// Refuses any of `paths` (given with `option`) that is not a folder.
    static func requireFolders(_ paths: [String], option: String) throws {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(option) '\(path)' is not a folder")
            }
        }
    }
}
