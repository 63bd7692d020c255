import FolioCore
import FolioDecoding
import FolioGraphics
import Foundation

/// Checks image files when a briefing is read: the format and size their headers declare, then a decoding by
/// the backend that will draw them (`ImageDecoding`), so that a damaged image is an error at its line.
///
/// The pixel size is read from the header first, so an image that claims an absurd size is refused
/// before anything is decoded.
struct ImageInspector: ImageInspecting {
    let decoder: any ImageDecoding
    /// The largest image Folio decodes: 12,000 pixels a side and 100 million pixels.
    static let maximumSide = 12_000
    static let maximumPixels = 100_000_000

    init(decoder: any ImageDecoding) {
        self.decoder = decoder
    }

    func inspect(_ data: Data) -> Result<ImageDescription, ImageProblem> {
        guard let format = ImageHeader.format(of: data) else {
            return .failure(ImageProblem("the file is not a PNG, JPEG or SVG image"))
        }
        switch format {
        case .png, .jpeg:
            guard let size = format == .png ? ImageHeader.pngSize(data) : ImageHeader.jpegSize(data) else {
                return .failure(ImageProblem("the \(format.rawValue.uppercased()) file is damaged: its header has no size"))
            }
            if let problem = Self.sizeProblem(size.width, size.height) { return .failure(problem) }
            if case .failure(let problem) = decoder.decodedSize(of: data, format: format == .png ? .png : .jpeg) {
                return .failure(ImageProblem("the \(format.rawValue.uppercased()) file cannot be decoded: \(problem.message)"))
            }
            return .success(ImageDescription(format: format, pixelWidth: size.width, pixelHeight: size.height))
        case .svg:
            switch decoder.decodedSize(of: data, format: .svg) {
            case .failure(let problem): return .failure(problem)
            case .success(let size):
                let (width, height) = (size.width, size.height)
                guard width.isFinite, height.isFinite, width > 0, height > 0 else {
                    return .failure(ImageProblem("the SVG has no size: give its root element width and height, or a viewBox"))
                }
                if let problem = Self.sizeProblem(Int(width.rounded(.up)), Int(height.rounded(.up))) { return .failure(problem) }
                return .success(ImageDescription(format: .svg, pixelWidth: Int(width.rounded()), pixelHeight: Int(height.rounded())))
            }
        }
    }

    static func sizeProblem(_ width: Int, _ height: Int) -> ImageProblem? {
        guard width > 0, height > 0 else { return ImageProblem("the image is \(width) × \(height) pixels: it has no area") }
        guard width <= maximumSide, height <= maximumSide, width * height <= maximumPixels else {
            return ImageProblem("the image is \(width) × \(height) pixels; Folio draws images of at most \(maximumSide) pixels a side "
                                + "and \(maximumPixels / 1_000_000) million pixels")
        }
        return nil
    }
}
