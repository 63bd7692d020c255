import FolioCore
import FolioDecoding
import Foundation

extension BriefingDecoder {
    func callout(_ node: SourceNode, path: DataPath) -> Callout? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a callout ({title, text, tone})") else { return nil }
        map.rejectUnknownKeys(BriefingKeys.callout)
        let tone = map.value("tone").flatMap { choice($0, path: path.appending("tone"), as: Callout.Tone.self) }
        guard let text = inline(map, "text", required: true) else { return nil }
        return Callout(title: inline(map, "title"), text: text, tone: tone ?? .info)
    }

    func quote(_ node: SourceNode, path: DataPath) -> Quote? {
        guard let map = MappingReader(node, path: path, context: context, expected: "a quote ({text, attribution})") else { return nil }
        map.rejectUnknownKeys(BriefingKeys.quote)
        guard let text = inline(map, "text", required: true) else { return nil }
        return Quote(text: text, attribution: inline(map, "attribution"))
    }

    /// A code block: its text, or `{text, syntax}`.
    func code(_ node: SourceNode, path: DataPath) -> CodeBlock? {
        if case .scalar = node.value {
            return codeText(node, path: path).map { CodeBlock(text: $0) }
        }
        guard let map = MappingReader(node, path: path, context: context, expected: "code (its text, or {text, syntax})") else { return nil }
        map.rejectUnknownKeys(BriefingKeys.code)
        guard let textNode = map.value("text") else {
            map.missing("text")
            return nil
        }
        guard let text = codeText(textNode, path: path.appending("text")) else { return nil }
        return CodeBlock(text: text, syntax: map.text("syntax"))
    }

    /// The text of a code block, as written: not empty, its trailing line feeds dropped.
    private func codeText(_ node: SourceNode, path: DataPath) -> String? {
        guard var text = context.text(node, path: path) else { return nil }
        while text.hasSuffix("\n") { text.removeLast() }
        guard !text.allSatisfy(\.isWhitespace) else {
            context.report("a code block must not be empty", at: node.mark, path: path)
            return nil
        }
        return text
    }

    func image(_ node: SourceNode, path: DataPath) -> ImageBlock? {
        guard let map = MappingReader(node, path: path, context: context, expected: "an image ({path, caption, alt, width})") else {
            return nil
        }
        map.rejectUnknownKeys(BriefingKeys.image)
        guard let file = map.text("path", required: true), let pathNode = map.value("path") else { return nil }
        let filePath = path.appending("path")
        let fileExtension = (file as NSString).pathExtension.lowercased()
        if !BriefingKeys.imageExtensions.contains(fileExtension) {
            context.report("'\(file)' is not a PNG, JPEG or SVG file (by its extension)", at: pathNode.mark, path: filePath)
        } else if let base = options.baseDirectory {
            switch PathPolicy(base: base, allowing: options.allowedDirectories).resolve(file) {
            case .failure(let refusal):
                context.report("image '\(file)' \(refusal.message)", at: pathNode.mark, path: filePath)
            case .success(let resolved):
                if let inspector = options.imageInspector { check(resolved, as: file, with: inspector, at: pathNode.mark, path: filePath) }
            }
        }
        var width = ImageBlock.Width.auto
        if let widthNode = map.value("width"), let text = context.text(widthNode, path: path.appending("width")) {
            if text == "auto" {
                width = .auto
            } else if text.hasSuffix("%"), let share = Double(text.dropLast()), share > 0, share <= 100 {
                width = .percent(share)
            } else if let points = Length.points(text), points > 0, points <= 14_173 {
                width = .points(points)
            } else {
                context.report("\"\(text)\" is not a width (auto, a percentage such as 50%, or a length such as 8cm)",
                               at: widthNode.mark, path: path.appending("width"))
            }
        }
        return ImageBlock(path: file, caption: inline(map, "caption"), alt: map.text("alt"), width: width)
    }

    /// Reports an image that cannot be read or drawn (damaged, too large, not an image at all).
    private func check(_ url: URL, as file: String, with inspector: any ImageInspecting, at mark: SourceNode.Mark, path: DataPath) {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= Self.maximumImageFileSize else {
                context.report("image '\(file)' is \(size) bytes; images may be at most \(Self.maximumImageFileSize) bytes",
                               at: mark, path: path, code: .limitExceeded)
                return
            }
            data = try Data(contentsOf: url)
        } catch {
            context.report("image '\(file)' cannot be read: \(error.localizedDescription)", at: mark, path: path, code: .io)
            return
        }
        if case .failure(let problem) = inspector.inspect(data) {
            context.report("image '\(file)': \(problem.message)", at: mark, path: path)
        }
    }

    /// The largest image file Folio reads, in bytes.
    public static let maximumImageFileSize = 50 * 1024 * 1024
}
