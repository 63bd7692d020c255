import FolioCore
import FolioDecoding
import Foundation

/// Reads styles: the built-in ones from Styles/ (embedded at build time) and style files.
public enum StyleLoader {
    /// The names of the built-in styles.
    public static var builtinNames: [String] { BuiltinStyleFiles.files.keys.sorted() }

    /// The built-in style `name`.
    public static func builtin(_ name: String) throws(FolioError) -> Style {
        guard let text = BuiltinStyleFiles.files[name] else {
            var message = "there is no built-in style '\(name)' (built in: \(builtinNames.joined(separator: ", ")))"
            if let suggestion = Suggestion.closest(to: name, among: builtinNames) { message += "; did you mean '\(suggestion)'?" }
            throw FolioError(.usage, message)
        }
        return try load(text: text, file: "Styles/\(name).yaml")
    }

    /// The style in the file at `url`.
    public static func load(contentsOf url: URL) throws(FolioError) -> Style {
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard data.count <= 1024 * 1024, let decoded = String(data: data, encoding: .utf8) else {
                throw FolioError(.invalidInput, "\(url.path): a style file is UTF-8 text of at most 1 MiB")
            }
            text = decoded
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.io, "cannot read the style file \(url.path): \(error.localizedDescription)")
        }
        return try load(text: text, file: url.path)
    }

    /// A built-in style by name, or a style file by path (a name with a `/` or ending in .yaml),
    /// relative to `baseDirectory`.
    public static func resolve(_ reference: String, relativeTo baseDirectory: URL) throws(FolioError) -> Style {
        let isPath = reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
        guard isPath else { return try builtin(reference) }
        return try load(contentsOf: URL(fileURLWithPath: reference, relativeTo: baseDirectory).standardizedFileURL)
    }

    /// The style written in `text`; `file` names it in diagnostics.
    public static func load(text: String, file: String) throws(FolioError) -> Style {
        let root = try StructuredTextReader.read(text, file: file)
        let context = DecodingContext(file: file)
        guard let style = StyleDecoder(context: context).decode(root), !context.hasErrors else {
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
