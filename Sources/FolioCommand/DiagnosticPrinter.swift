import Folio
import Foundation

/// Prints errors for people, in the `file:line:col: error: message` shape editors and CI annotators read.
enum DiagnosticPrinter {
    static func print(_ error: FolioError) {
        if error.diagnostics.isEmpty {
            write("folio: error: \(error.message)")
        } else {
            for diagnostic in error.diagnostics { write(diagnostic.description) }
        }
    }

    /// The exit status for `error`: 1 for bad input or a failed render, 64 for a usage error, 74 for an I/O error.
    static func exitStatus(for error: FolioError) -> Int32 {
        switch error.code {
        case .usage: 64
        case .io: 74
        default: 1
        }
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
