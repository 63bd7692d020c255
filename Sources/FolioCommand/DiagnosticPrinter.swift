import ArgumentParser
import Folio
import Foundation

/// Prints diagnostics in the `file:line:col: error: message` shape editors and CI annotators read, or as JSON lines.
struct DiagnosticPrinter {
    /// The forms diagnostics take.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// One line each, then the source line with a caret under the column.
        case human
        /// One line each.
        case short
        /// One JSON object a line: file, line, column, path, severity, code, message.
        case json
    }

    let format: Format

    /// Prints every diagnostic of `error` (or its message when it has none) to standard error.
    func print(_ error: FolioError) {
        write(lines(error))
    }

    func print(_ diagnostic: Diagnostic) {
        write(lines(diagnostic))
    }

    /// The lines `error` prints as: for callers that print several jobs' diagnostics without interleaving.
    func lines(_ error: FolioError) -> [String] {
        error.diagnostics.isEmpty ? lines(Diagnostic(code: error.code, message: error.message)) : error.diagnostics.flatMap(lines)
    }

    func lines(_ diagnostic: Diagnostic) -> [String] {
        switch format {
        case .short:
            return [line(diagnostic)]
        case .human:
            guard let location = diagnostic.location, let excerpt = Self.excerpt(at: location) else { return [line(diagnostic)] }
            return [line(diagnostic), excerpt]
        case .json:
            var members: [(String, JSONValue)] = [
                ("file", diagnostic.location.map { .string($0.file) } ?? .null),
                ("line", diagnostic.location.map { .number(Double($0.line)) } ?? .null),
                ("column", diagnostic.location.map { .number(Double($0.column)) } ?? .null),
                ("path", diagnostic.path.map { .string($0.isRoot ? "" : $0.description) } ?? .null),
            ]
            members += [("severity", .string(diagnostic.severity.rawValue)), ("code", .string(diagnostic.code.rawValue)),
                        ("message", .string(diagnostic.message))]
            return [JSONValue.object(members).serialized()]
        }
    }

    /// The exit status for several failures: a usage error (64) over an I/O error (74) over bad input (1).
    static func exitStatus(for errors: [FolioError]) -> Int32 {
        let statuses = Set(errors.map(exitStatus))
        return [64, 74, 1].first { statuses.contains($0) } ?? 0
    }

    /// The exit status for `error`: 1 for bad input or a failed render, 64 for a usage error, 74 for an I/O error.
    static func exitStatus(for error: FolioError) -> Int32 {
        switch error.code {
        case .usage: 64
        case .io: 74
        default: 1
        }
    }

    private func line(_ diagnostic: Diagnostic) -> String {
        diagnostic.location == nil ? "folio: \(diagnostic)" : diagnostic.description
    }

    /// The source line at `location` and a caret under its column, indented; nil when the file cannot be read.
    static func excerpt(at location: SourceLocation) -> String? {
        guard let data = FileManager.default.contents(atPath: location.file), data.count <= 64 * 1024 * 1024,
              let text = String(data: data, encoding: .utf8) else { return nil }
        var lineNumber = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if lineNumber == location.line {
                let shown = line.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: "")
                guard shown.count <= 300 else { return nil }
                let caret = String(repeating: " ", count: max(0, location.column - 1)) + "^"
                return "    \(shown)\n    \(caret)"
            }
            lineNumber += 1
        }
        return nil
    }

    private func write(_ lines: [String]) {
        FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    }
}
