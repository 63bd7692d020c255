import FolioCairo
import FolioCore
import FolioDecoding
import FolioGraphics
import FolioModel
import Foundation

/// Loads the images a briefing's image blocks name, from files relative to the briefing's folder.
enum ImageLibrary {
    /// The images of `briefing` by the path written in each block, read only where `policy` allows.
    static func images(in briefing: Briefing, policy: PathPolicy) throws(FolioError) -> [String: ImageSource] {
        var images: [String: ImageSource] = [:]
        let inspector = ImageInspector(decoder: CairoImageDecoding())
        for path in imagePaths(in: briefing.sections) where images[path] == nil {
            let url: URL
            switch policy.resolve(path) {
            case .success(let resolved): url = resolved
            case .failure(let refusal): throw FolioError(.invalidInput, "image '\(path)' \(refusal.message)")
            }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw FolioError(.io, "cannot read the image \(url.path): \(error.localizedDescription)")
            }
            switch inspector.inspect(data) {
            case .failure(let problem):
                throw FolioError(.invalidInput, "image '\(path)': \(problem.message)")
            case .success(let description):
                let format: ImageSource.Format = switch description.format {
                case .png: .png
                case .jpeg: .jpeg
                case .svg: .svg
                }
                images[path] = ImageSource(format: format, data: data, pixelWidth: description.pixelWidth,
                                           pixelHeight: description.pixelHeight)
            }
        }
        return images
    }

    static func imagePaths(in sections: [Section]) -> [String] {
        sections.flatMap { section in
            section.blocks.compactMap { if case .image(let image) = $0 { image.path } else { nil } } + imagePaths(in: section.sections)
        }
    }
}

extension Briefing {
    /// The files of the images the briefing shows, relative paths taken from `base`: what a watcher
    /// watches besides the briefing itself.
    public func imageFiles(relativeTo base: URL) -> [URL] {
        ImageLibrary.imagePaths(in: sections).map { path in
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        }
    }
}
