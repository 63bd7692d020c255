import FolioGraphics

/// The pages of a document as pagination finished them, held until the page count is known and they are drawn.
///
/// The first pages are kept in memory, up to `memoryBudget` bytes of them; the pages after those are written,
/// as they are added, to a `TemporaryFile` and read back one at a time when they are drawn. So a long
/// document's pages cost a file's bytes, not memory, and a short one never touches the disk. When no file
/// can be made, pages stay in memory; when writing to it fails, reading the pages it lost fails with their
/// page number, and the render stops with that error rather than draw less.
public final class PageStore: @unchecked Sendable {
    /// How many bytes of laid-out pages are kept in memory before the rest go to the file.
    public static let defaultMemoryBudget = 1 << 20

    private enum Entry {
        case memory(Paginator.PageContent)
        /// Where the page's bytes are in the file.
        case file(offset: Int, length: Int)
    }

    let memoryBudget: Int
    // Written only while the document is laid out, on one thread; read only after `finishAppending`.
    private var entries: [Entry] = []
    private var residentBytes = 0
    private var file: TemporaryFile?
    private var fileFailed = false
    private var writer = DisplayListWriter()

    public init(memoryBudget: Int = PageStore.defaultMemoryBudget) {
        self.memoryBudget = memoryBudget
    }

    /// The number of pages stored.
    public var count: Int { entries.count }

    /// How many of the pages are in the file rather than in memory.
    public var pagesInFile: Int {
        entries.reduce(0) { count, entry in if case .file = entry { count + 1 } else { count } }
    }

    /// Keeps `page` as the page after the last.
    func append(_ page: Paginator.PageContent) {
        if residentBytes < memoryBudget || fileFailed {
            residentBytes += Self.estimatedBytes(of: page.items)
            entries.append(.memory(page))
            return
        }
        writer.removeAllBytes()
        writer.write(page.items)
        Self.write(page.notes, to: &writer)
        guard let file = openFile() else { return append(page) }
        do {
            let offset = file.count
            try file.append(writer.bytes)
            entries.append(.file(offset: offset, length: writer.bytes.count))
        } catch {
            fileFailed = true
            append(page)
        }
    }

    /// Writes out the pages not yet in the file: called once the last page is added, before any is read.
    func finishAppending() {
        guard let file else { return }
        if (try? file.flush()) == nil {
            // The pages still pending are lost to the file; reading them fails with their page number.
            fileFailed = true
        }
    }

    /// The page at `index`.
    func page(at index: Int) throws(FolioPageStoreError) -> Paginator.PageContent {
        switch entries[index] {
        case .memory(let page):
            return page
        case .file(let offset, let length):
            guard let file, let bytes = file.bytes(offset..<(offset + length)), bytes.count == length else {
                throw FolioPageStoreError(pageIndex: index)
            }
            var reader = DisplayListReader(bytes, images: writer.images)
            do {
                let items = try reader.items()
                return Paginator.PageContent(items: items, notes: try Self.notes(from: &reader))
            } catch {
                throw FolioPageStoreError(pageIndex: index)
            }
        }
    }

    private func openFile() -> TemporaryFile? {
        if let file { return file }
        guard !fileFailed else { return nil }
        file = TemporaryFile(prefix: "folio-pages")
        fileFailed = file == nil
        return file
    }

    /// About how many bytes `items` take in memory: their glyphs, and a little for everything else.
    static func estimatedBytes(of items: [DisplayItem]) -> Int {
        items.reduce(0) { total, item in
            switch item {
            case .text(let line, _): total + 96 + line.runs.reduce(0) { $0 + 96 + $1.glyphs.count * 16 + $1.text.utf8.count }
            case .fill(let path, _), .stroke(let path, _): total + 64 + path.elements.count * 56
            case .group(let group): total + 64 + estimatedBytes(of: group.items)
            default: total + 64
            }
        }
    }

    private static func write(_ notes: [LayoutNote], to writer: inout DisplayListWriter) {
        writer.write(notes.count)
        for note in notes {
            switch note {
            case .heading(let mark):
                writer.write(0); writer.write(mark.title); writer.write(mark.level); writer.write(mark.y)
            case .pageReference(let slot):
                writer.write(1); writer.write(slot.anchor); writer.write(slot.right); writer.write(slot.baseline)
                writer.write(slot.itemIndex)
                let attributes = slot.attributes
                writer.write(attributes.font.family); writer.write(attributes.font.size); writer.write(attributes.font.weight.value)
                writer.write(attributes.font.italic); writer.write(attributes.color)
                writer.write(attributes.link != nil)
                if let link = attributes.link { writer.write(link) }
                writer.write(attributes.language != nil)
                if let language = attributes.language { writer.write(language) }
            case .bodyStart:
                writer.write(2)
            }
        }
    }

    private static func notes(from reader: inout DisplayListReader) throws(DisplayListReader.Damaged) -> [LayoutNote] {
        var notes: [LayoutNote] = []
        for _ in 0..<(try reader.int()) {
            switch try reader.int() {
            case 0:
                notes.append(.heading(HeadingMark(title: try reader.string(), level: try reader.int(), y: try reader.double())))
            case 1:
                let anchor = try reader.string(), right = try reader.double(), baseline = try reader.double(), itemIndex = try reader.int()
                let font = FontSpec(family: try reader.string(), size: try reader.double(), weight: FontSpec.Weight(try reader.int()),
                                    italic: try reader.bool())
                let color = try reader.color()
                let link = try reader.bool() ? try reader.linkTarget() : nil
                let language = try reader.bool() ? try reader.string() : nil
                notes.append(.pageReference(PageReferenceSlot(anchor: anchor, right: right, baseline: baseline,
                                                              attributes: TextAttributes(font: font, color: color, link: link,
                                                                                         language: language),
                                                              itemIndex: itemIndex)))
            case 2:
                notes.append(.bodyStart)
            default:
                throw DisplayListReader.Damaged()
            }
        }
        return notes
    }
}

/// A page that could not be read back from the temporary file it was kept in.
public struct FolioPageStoreError: Error, Sendable {
    public var pageIndex: Int
}
