/// One case, made on the main thread so that a seed always gives the same cases, whatever the jobs.
struct FuzzCase: Sendable {
    var index: Int
    var name: String
    var text: String
    var isStyle: Bool
    /// Data files the case reads, by their path in the worker's folder, written before it runs.
    var files: [String: [UInt8]] = [:]
}
