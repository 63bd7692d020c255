import FolioCore
import FolioDecoding
import Foundation

/// Reads styles: the built-in ones from Styles/ (embedded at build time) and style files.
public enum StyleLoader {
    /// The names of the built-in styles.
    public static var builtinNames: [String] { BuiltinStyleFiles.files.keys.sorted() }

    /// The built-in style `name`.
    public static func builtin(_ name: String) throws(FolioError) -> Style {
        try decode(tree(reference: name, relativeTo: nil, chain: []), file: "Styles/\(name).yaml")
    }

    /// The style in the file at `url`.
    public static func load(contentsOf url: URL) throws(FolioError) -> Style {
        try decode(tree(reference: url.path, relativeTo: nil, chain: []), file: url.path)
    }

    /// A built-in style by name, or a style file by path (a name with a `/` or ending in .yaml),
    /// relative to `baseDirectory`; `overrides` (from `--set`) are laid over it.
    public static func resolve(_ reference: String, relativeTo baseDirectory: URL,
                               overrides: [StyleOverride] = []) throws(FolioError) -> Style {
        let tree = try resolvedTree(reference, relativeTo: baseDirectory, overrides: overrides)
        return try decode(tree, file: isPath(reference) ? reference : "Styles/\(reference).yaml")
    }

    /// The style written in `text`; `file` names it in diagnostics, and styles it extends by path are
    /// found beside it.
    public static func load(text: String, file: String) throws(FolioError) -> Style {
        let root = try StructuredTextReader.read(text, file: file)
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        return try decode(extending(root, file: file, directory: directory, chain: [file]), file: file)
    }

    /// Every setting of a style, its own laid over those it extends, with `overrides` on top: what
    /// `folio styles NAME` prints.
    public static func resolvedTree(_ reference: String, relativeTo baseDirectory: URL,
                                    overrides: [StyleOverride] = []) throws(FolioError) -> SourceNode {
        var tree = try tree(reference: reference, relativeTo: baseDirectory, chain: [])
        for override in overrides { tree = override.applied(to: tree) }
        return tree
    }

    /// The resolved style as YAML, every setting spelt out: checked first, so that what is printed loads.
    public static func resolvedYAML(_ reference: String, relativeTo baseDirectory: URL,
                                    overrides: [StyleOverride] = []) throws(FolioError) -> String {
        let tree = try resolvedTree(reference, relativeTo: baseDirectory, overrides: overrides)
        _ = try decode(tree, file: isPath(reference) ? reference : "Styles/\(reference).yaml")
        return tree.yamlText()
    }

    /// What each built-in style is for: the first line of its file's opening comment.
    public static var builtinSummaries: [(name: String, summary: String)] {
        builtinNames.map { name in
            let first = BuiltinStyleFiles.files[name]?.split(separator: "\n").first { $0.hasPrefix("#") } ?? ""
            return (name, first.drop { $0 == "#" || $0 == " " }.trimmingCharacters(in: .whitespaces))
        }
    }

    /// How many styles deep `extends` may go.
    static let maximumDepth = 8

    /// Whether `reference` names a style file rather than a built-in style.
    public static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
    }

    /// The merged nodes of the style `reference` names, every mark stamped with the file it came from.
    private static func tree(reference: String, relativeTo baseDirectory: URL?, chain: [String]) throws(FolioError) -> SourceNode {
        let file: String, text: String, directory: URL?
        if isPath(reference) {
            var url = URL(fileURLWithPath: reference)
            if !reference.hasPrefix("/"), let baseDirectory { url = baseDirectory.appendingPathComponent(reference) }
            url = url.standardizedFileURL
            (file, text, directory) = (baseDirectory == nil ? reference : url.path, try read(url), url.deletingLastPathComponent())
        } else {
            guard let builtinText = BuiltinStyleFiles.files[reference] else {
                var message = "there is no built-in style '\(reference)' (built in: \(builtinNames.joined(separator: ", ")))"
                if let suggestion = Suggestion.closest(to: reference, among: builtinNames) { message += "; did you mean '\(suggestion)'?" }
                throw FolioError(.usage, message)
            }
            (file, text, directory) = ("Styles/\(reference).yaml", builtinText, nil)
        }
        guard !chain.contains(file) else {
            throw FolioError(.invalidInput, "\(file) extends itself: " + (chain + [file]).joined(separator: " → "))
        }
        guard chain.count < maximumDepth else {
            throw FolioError(.limitExceeded, "styles may extend one another at most \(maximumDepth) deep: " + (chain + [file]).joined(separator: " → "))
        }
        let root = try StructuredTextReader.read(text, file: file)
        return try extending(root, file: file, directory: directory, chain: chain + [file])
    }

    /// `root` laid over the style its `extends` names, or over the default style when it names none; the
    /// default style itself is complete and extends nothing.
    private static func extending(_ root: SourceNode, file: String, directory: URL?, chain: [String]) throws(FolioError) -> SourceNode {
        let own = root.stamped(file: file)
        if file == "Styles/default.yaml" { return own }
        var parent = "default"
        if let node = root["extends"] {
            guard case .scalar(let name, _) = node.value, !name.isEmpty else {
                throw FolioError(diagnostics: [Diagnostic(code: .invalidInput, message: "extends: expected the name of a built-in style or the path of a style file",
                                                          location: SourceLocation(file: file, line: node.mark.line, column: node.mark.column))])
            }
            parent = name
        }
        do {
            return own.removing(key: "extends").merged(over: try tree(reference: parent, relativeTo: directory, chain: chain))
        } catch {
            guard let node = root["extends"], error.diagnostics.isEmpty else { throw error }
            // Say where the bad reference was written.
            throw FolioError(diagnostics: [Diagnostic(code: error.code, message: "extends: \(error.message)",
                                                      location: SourceLocation(file: file, line: node.mark.line, column: node.mark.column))])
        }
    }

    private static func read(_ url: URL) throws(FolioError) -> String {
        do {
            let data = try Data(contentsOf: url)
            guard data.count <= 1024 * 1024, let decoded = String(data: data, encoding: .utf8) else {
                throw FolioError(.invalidInput, "\(url.path): a style file is UTF-8 text of at most 1 MiB")
            }
            return decoded
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.io, "cannot read the style file \(url.path): \(error.localizedDescription)")
        }
    }

    private static func decode(_ tree: SourceNode, file: String) throws(FolioError) -> Style {
        let context = DecodingContext(file: file)
        guard let style = StyleDecoder(context: context).decode(tree), !context.hasErrors else {
            throw FolioError(diagnostics: context.diagnostics)
        }
        return style
    }
}

extension Style {
    /// The built-in default style, Styles/default.yaml.
    public static let standard: Style = {
        do {
            return try StyleLoader.builtin("default")
        } catch {
            // The file is compiled into the binary and checked by the tests; it cannot come from a user.
            preconditionFailure("the built-in default style does not load: \(error)")
        }
    }()
}
