import FolioCore
import FolioDecoding
import Foundation

/// Reads briefing files: checks size and encoding, parses YAML or JSON, and decodes the briefing.
public enum BriefingLoader {
    /// The largest briefing file Folio reads, in bytes.
    public static let maximumFileSize = 32 * 1024 * 1024

    /// The briefing in the file at `url`; throws a `FolioError` with every problem found.
    /// Image and style paths are checked against the file's folder unless `options` names another.
    public static func load(contentsOf url: URL, options: BriefingDecoder.Options = .init()) throws(FolioError) -> Briefing {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumFileSize {
                throw FolioError(.limitExceeded, "\(url.path): the file is \(size) bytes; briefings may be at most \(maximumFileSize) bytes")
            }
            data = try Data(contentsOf: url)
        } catch let error as FolioError {
            throw error
        } catch {
            throw FolioError(.io, "cannot read \(url.path): \(error.localizedDescription)")
        }
        var options = options
        if options.baseDirectory == nil { options.baseDirectory = url.deletingLastPathComponent() }
        // The file's bytes go once they are text: they would otherwise stay through the parse, at its peak.
        let text = try text(of: consume data, file: url.path)
        return try load(text: consume text, file: url.path, options: options)
    }

    /// The briefing in `data`, which came from `file` (used in diagnostics).
    public static func load(data: Data, file: String, options: BriefingDecoder.Options = .init()) throws(FolioError) -> Briefing {
        try load(text: text(of: data, file: file), file: file, options: options)
    }

    /// `data` as text, checked for size and UTF-8.
    private static func text(of data: Data, file: String) throws(FolioError) -> String {
        guard data.count <= maximumFileSize else {
            throw FolioError(.limitExceeded, "\(file): the input is \(data.count) bytes; briefings may be at most \(maximumFileSize) bytes")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw FolioError(diagnostics: [Diagnostic(code: .unreadableInput, message: "the file is not valid UTF-8 text",
                                                       location: invalidUTF8Location(in: data, file: file))])
        }
        return text
    }

    /// The briefing written in `text` (YAML or JSON), which came from `file` (used in diagnostics).
    /// A file ending in .md or .markdown is read as Markdown with YAML front matter.
    /// The text goes once it is parsed: a long briefing's text would otherwise stay through decoding, at its peak.
    public static func load(text: consuming String, file: String, options: BriefingDecoder.Options = .init()) throws(FolioError) -> Briefing {
        let context = DecodingContext(file: file)
        let decoder = BriefingDecoder(context: context, options: options)
        let root: SourceNode
        var decodedSections: (sections: [Section], diagnostics: [Diagnostic])?
        if isMarkdown(file) {
            guard let parser = options.markdownParser else {
                throw FolioError(.usage, "\(file): Markdown briefings need a Markdown parser")
            }
            root = try MarkdownBriefingReader(file: file, context: context).read(text, parser: parser)
        } else if JSONReader.reads(file) {
            // Each top-level section is decoded as soon as it is read and its nodes go: a long briefing's
            // nodes would otherwise all exist at once, at the reading's peak.
            // When the root's sections are no list, nothing is handed over and they are decoded (and refused) below.
            var sections: [Section] = []
            var handedOver = false
            root = try JSONReader.read(text, file: file, handingOver: "sections") { node, index in
                handedOver = true
                if let section = decoder.topSection(node, index: index) { sections.append(section) }
            }
            if handedOver { decodedSections = (sections, context.removeAllDiagnostics()) }
        } else {
            root = try StructuredTextReader.read(text, file: file)
        }
        _ = consume text
        let decoded = decoder.decodeBriefing(root, decodedSections: decodedSections)
        guard var briefing = decoded, !context.hasErrors else {
            throw FolioError(diagnostics: context.diagnostics)
        }
        briefing.sourceMap.readingWarnings = context.diagnostics
        return briefing
    }

    /// Whether `file` names a Markdown briefing.
    public static func isMarkdown(_ file: String) -> Bool {
        let lowered = file.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
    }

    /// The line and column of the first byte that is not valid UTF-8.
    private static func invalidUTF8Location(in data: Data, file: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let length = UTF8Sequence.length(at: index, in: bytes)
            guard length > 0 else { break }
            if bytes[index] == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
            index += length
        }
        let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.unicodeScalars.count ?? 0) + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// Validates UTF-8 one scalar at a time.
private enum UTF8Sequence {
    /// The byte length of the valid scalar starting at `index`, or 0 when it is not valid UTF-8.
    static func length(at index: Int, in bytes: [UInt8]) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count,
              String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil else { return 0 }
        return length
    }
}
