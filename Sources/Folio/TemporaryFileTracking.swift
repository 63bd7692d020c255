/// Told of the temporary files the library writes beside their destinations, from the moment each is made
/// until it is moved into place or removed: what a program needs to remove them itself if it is stopped by
/// a signal. The library handles no signals; `folio` does.
public protocol TemporaryFileTracking: Sendable {
    /// A temporary file now exists at `path`.
    func created(_ path: String)
    /// The temporary file at `path` was renamed into place or removed.
    func finished(_ path: String)
}
