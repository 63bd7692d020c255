import Foundation

/// Where a briefing may read files from: its own folder and those below it, and folders the user allowed
/// (`--allow-path`). Nothing is ever fetched from the network.
///
/// A briefing may come from someone else (a service renders what people upload): a path that leaves its
/// folder, by `..`, by an absolute path or through a symbolic link, could read any file the process can.
public struct PathPolicy: Sendable, Hashable {
    /// The folders files may be read from, their symbolic links resolved.
    public let folders: [String]

    /// Files in `base` (and below), and in `allowed` folders.
    public init(base: URL, allowing allowed: [URL] = []) {
        folders = ([base] + allowed).map { Self.realPath($0.path) ?? $0.standardizedFileURL.path }
    }

    /// Why a path may not be read.
    public enum Refusal: Error, Equatable, Sendable {
        case url
        case notFound(String)
        case outside(String)

        public var message: String {
            switch self {
            case .url: "is a URL; Folio reads files next to the briefing and never fetches from the network"
            case .notFound(let path): "not found (looked for \(path))"
            case .outside(let path): "is outside the briefing's folder (it is \(path)); allow its folder with --allow-path"
            }
        }
    }

    /// The file `path` (as written in a briefing, relative to the first folder) names, with its symbolic
    /// links resolved, if it may be read.
    public func resolve(_ path: String) -> Result<URL, Refusal> {
        if path.contains("://") || path.lowercased().hasPrefix("file:") { return .failure(.url) }
        guard let base = folders.first else { return .failure(.notFound(path)) }
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        guard let real = Self.realPath(joined) else { return .failure(.notFound(URL(fileURLWithPath: joined).standardizedFileURL.path)) }
        guard folders.contains(where: { Self.path(real, isInside: $0) }) else { return .failure(.outside(real)) }
        return .success(URL(fileURLWithPath: real))
    }

    static func path(_ path: String, isInside folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// `path` with `.`, `..` and every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
