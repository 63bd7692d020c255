import FolioCore

extension FolioError {
    /// The error for a page whose output could not be opened: the sink's own `FolioError`, or an I/O error.
    static func cannotOpenOutput(page: Int, _ error: any Error) -> FolioError {
        if let error = error as? FolioError { return error }
        return FolioError(.io, "cannot open the output for page \(page): \(error)")
    }
}
