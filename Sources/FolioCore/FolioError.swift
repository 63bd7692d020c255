/// The one error type Folio throws: a code to match on, a message for people, and the diagnostics behind it.
public struct FolioError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is. Extensible: new codes are new static members, not new cases.
    public struct Code: Hashable, Sendable, RawRepresentable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The input is not valid briefing data (syntax, types, missing or unknown keys, bad values).
        public static let invalidInput = Code(rawValue: "invalid-input")
        /// The input could not be read as text or structured data at all.
        public static let unreadableInput = Code(rawValue: "unreadable-input")
        /// The input is larger or deeper than Folio accepts.
        public static let limitExceeded = Code(rawValue: "limit-exceeded")
        /// Drawing failed (a Cairo or Pango error).
        public static let renderFailed = Code(rawValue: "render-failed")
        /// A file could not be read or written.
        public static let io = Code(rawValue: "io")
        /// The request itself is wrong (an unknown format, an impossible option).
        public static let usage = Code(rawValue: "usage")
        /// A font family is not installed, or no font has a character of the text.
        public static let missingFont = Code(rawValue: "missing-font")
        /// A chart label could not be placed without overlapping others, and is left out.
        public static let unplacedLabel = Code(rawValue: "unplaced-label")

        // What the layout could not do as asked: warnings, each with the path of what it concerns.

        /// A timeline event lies outside the timeline's range, or a chart's annotation outside its axis, and is left out.
        public static let eventOutOfRange = Code(rawValue: "event-out-of-range")
        /// A label, a detail or a running header was cut short to fit.
        public static let textShortened = Code(rawValue: "text-shortened")
        /// Value labels of a chart, or the totals of its stacks, had no room and are left out.
        public static let valueLabelsOmitted = Code(rawValue: "value-labels-omitted")
        /// Category names of a chart had no room, and only some of them are shown.
        public static let categoryNamesThinned = Code(rawValue: "category-names-thinned")
        /// A table's caption and header rows are taller than a page: they run past its foot on every page.
        public static let headerTallerThanPage = Code(rawValue: "header-taller-than-page")
        /// Something runs past the foot of the page (into the footer): a line, a row or a drawing taller than the page.
        public static let pageOverflow = Code(rawValue: "page-overflow")
        /// A block could not be placed even on an empty page, and is left out.
        public static let blockNotPlaced = Code(rawValue: "block-not-placed")
        /// An image could not be loaded, and a box saying so stands in its place.
        public static let imageNotLoaded = Code(rawValue: "image-not-loaded")
        /// A language tag names no language, script or region the locale data knows: its text is shaped and
        /// broken as no language in particular, and not hyphenated.
        public static let unknownLanguage = Code(rawValue: "unknown-language")
    }

    public var code: Code
    public var message: String
    /// Every problem found, each with its location; the first error is the one `message` summarises.
    public var diagnostics: [Diagnostic]

    public init(_ code: Code, _ message: String, diagnostics: [Diagnostic] = []) {
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
    }

    /// An error summarising `diagnostics`, which must hold at least one error.
    public init(diagnostics: [Diagnostic]) {
        let first = diagnostics.first { $0.severity == .error } ?? diagnostics.first
        self.code = first?.code ?? .invalidInput
        self.message = first?.message ?? "invalid input"
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.isEmpty ? message : diagnostics.map(\.description).joined(separator: "\n")
    }
}
