import CFolio
import FolioDecoding
import Foundation

/// Checks image files by decoding them: PNG with Cairo, JPEG with gdk-pixbuf, SVG with librsvg.
///
/// The pixel size is read from the header first, so an image that claims an absurd size is refused
/// before anything is decoded.
public struct ImageInspector: ImageInspecting {
    /// The largest image Folio decodes: 12,000 pixels a side and 100 million pixels.
    public static let maximumSide = 12_000
    public static let maximumPixels = 100_000_000

    public init() {}

    public func inspect(_ data: Data) -> Result<ImageDescription, ImageProblem> {
        guard let format = ImageHeader.format(of: data) else {
            return .failure(ImageProblem("the file is not a PNG, JPEG or SVG image"))
        }
        switch format {
        case .png, .jpeg:
            guard let size = format == .png ? ImageHeader.pngSize(data) : ImageHeader.jpegSize(data) else {
                return .failure(ImageProblem("the \(format.rawValue.uppercased()) file is damaged: its header has no size"))
            }
            if let problem = Self.sizeProblem(size.width, size.height) { return .failure(problem) }
            do {
                _ = try CairoImageDecoder.surface(format: format, data: data)
            } catch {
                return .failure(ImageProblem("the \(format.rawValue.uppercased()) file cannot be decoded: \(error.message)"))
            }
            return .success(ImageDescription(format: format, pixelWidth: size.width, pixelHeight: size.height))
        case .svg:
            switch SVGDocument.open(data) {
            case .failure(let problem): return .failure(problem)
            case .success(let svg):
                let (width, height) = svg.intrinsicSize
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
