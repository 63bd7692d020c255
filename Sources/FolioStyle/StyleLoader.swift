import FolioCore
import FolioDecoding

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
