import FolioCore
/// Pages to draw, finished one at a time when asked: a whole document in memory, or one that finishes each
/// page as it is drawn.
public protocol PageSource: Sendable {
    var pageCount: Int { get }
    /// The page at `index` (zero-based), as it is drawn; it fails only when a page kept out of memory cannot be
    /// read back.
    func page(at index: Int) throws -> Page
    var outline: [OutlineEntry] { get }
    var metadata: DocumentMetadata { get }
    /// The face behind every `FontID` the pages use.
    var fonts: FontTable { get }
    /// What laying the document out could not do as asked.
    var diagnostics: [Diagnostic] { get }
    /// How each page ended.
    var pageEnds: [PageEnd] { get }
    /// Every page finished and held at once.
    var pagedDocument: PagedDocument { get }
}

extension PagedDocument: PageSource {
    public var pageCount: Int { pages.count }
    public func page(at index: Int) -> Page { pages[index] }
    public var pagedDocument: PagedDocument { self }
}

/// Walks laid-out pages and drives a `RenderTarget`: the single place where display lists become drawing calls.
///
/// Structure marks may span pages. When only some pages are drawn, the renderer opens at the start of each
/// drawn page the elements open at that point of the document and closes every element at the end, so a
/// target always sees balanced structure.
public enum PageRenderer {
    /// Draws the pages of `document` at `pageIndexes` (all pages when nil) into `target`, then its outline,
    /// then finishes the target. Each page is asked for when it is drawn, and let go after.
    public static func render<Source: PageSource, Target: RenderTarget>(
        _ document: Source, into target: inout Target, pageIndexes: [Int]? = nil
    ) throws {
        let selected = Set(pageIndexes ?? Array(0..<document.pageCount))
        var walker = StructureWalker()
        for index in 0..<document.pageCount {
            // A page that is not drawn is finished all the same: the structure open across it is in its items.
            let page = try document.page(at: index)
            guard selected.contains(index) else {
                walker.skip(page.items)
                continue
            }
            try target.beginPage(size: page.size, index: index, label: page.label)
            walker.resume(into: &target)
            walker.draw(page.items, into: &target)
            try target.endPage()
        }
        walker.closeAll(into: &target)
        if pageIndexes == nil {
            for entry in document.outline { target.addOutlineEntry(entry) }
        }
        try target.finish()
    }
}

/// Tracks the structure elements open in the document and those the target has been told about.
private struct StructureWalker {
    /// Elements open at this point of the document.
    var document: [StructureRole] = []
    /// Elements the target has open.
    var target: [StructureRole] = []

    /// Follows the marks of a page that is not drawn.
    mutating func skip(_ items: [DisplayItem]) {
        for item in items {
            switch item {
            case .structure(.begin(let role)): document.append(role)
            case .structure(.end): _ = document.popLast()
            case .group(let group): skip(group.items)
            default: break
            }
        }
    }

    /// Brings the target's open elements in line with the document's, before drawing a page.
    mutating func resume<Target: RenderTarget>(into renderTarget: inout Target) {
        var common = 0
        while common < min(document.count, target.count), document[common] == target[common] { common += 1 }
        while target.count > common { renderTarget.endStructure(target.removeLast()) }
        for role in document[common...] {
            renderTarget.beginStructure(role)
            target.append(role)
        }
    }

    mutating func closeAll<Target: RenderTarget>(into renderTarget: inout Target) {
        while let role = target.popLast() { renderTarget.endStructure(role) }
        document.removeAll()
    }

    /// Draws `items` in order, passing structure marks on and keeping both stacks balanced.
    mutating func draw<Target: RenderTarget>(_ items: [DisplayItem], into renderTarget: inout Target) {
        for item in items {
            switch item {
            case .fill(let path, let color): renderTarget.fill(path, color: color)
            case .stroke(let path, let style): renderTarget.stroke(path, style: style)
            case .text(let line, let origin): renderTarget.drawText(line, at: origin)
            case .image(let image, let frame): renderTarget.drawImage(image, in: frame)
            case .link(let destination, let area): renderTarget.addLink(to: destination, area: area)
            case .anchor(let name, let point): renderTarget.addAnchor(name, at: point)
            case .structure(.begin(let role)):
                document.append(role)
                target.append(role)
                renderTarget.beginStructure(role)
            case .structure(.end):
                // An end without a begin is dropped: the target never sees unbalanced structure.
                guard document.popLast() != nil, let role = target.popLast() else { continue }
                renderTarget.endStructure(role)
            case .group(let group):
                renderTarget.beginGroup(group)
                draw(group.items, into: &renderTarget)
                renderTarget.endGroup()
            }
        }
    }
}
