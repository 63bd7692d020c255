/// Walks laid-out pages and drives a `RenderTarget`: the single place where display lists become drawing calls.
public enum PageRenderer {
    /// Draws the pages of `document` at `pageIndexes` (all pages when nil) into `target`, then its outline,
    /// then finishes the target.
    public static func render<Target: RenderTarget>(
        _ document: PagedDocument, into target: inout Target, pageIndexes: [Int]? = nil
    ) throws {
        let indexes = pageIndexes ?? Array(document.pages.indices)
        for index in indexes where document.pages.indices.contains(index) {
            let page = document.pages[index]
            try target.beginPage(size: page.size, index: index, label: page.label)
            draw(page.items, into: &target)
            try target.endPage()
        }
        if pageIndexes == nil {
            for entry in document.outline { target.addOutlineEntry(entry) }
        }
        try target.finish()
    }

    /// Draws `items` in order, opening and closing groups and structure elements around their contents.
    public static func draw<Target: RenderTarget>(_ items: [DisplayItem], into target: inout Target) {
        for item in items {
            switch item {
            case .fill(let path, let color): target.fill(path, color: color)
            case .stroke(let path, let style): target.stroke(path, style: style)
            case .text(let line, let origin): target.drawText(line, at: origin)
            case .image(let image, let frame): target.drawImage(image, in: frame)
            case .link(let destination, let area): target.addLink(to: destination, area: area)
            case .anchor(let name, let point): target.addAnchor(name, at: point)
            case .group(let group):
                if let role = group.role { target.beginStructure(role) }
                target.beginGroup(group)
                draw(group.items, into: &target)
                target.endGroup()
                if let role = group.role { target.endStructure(role) }
            }
        }
    }
}
