import FolioCore
import FolioGraphics
import Foundation

/// Decodes images as the writers will draw them: PNG with Cairo, JPEG with gdk-pixbuf, SVG with librsvg.
public struct CairoImageDecoding: ImageDecoding {
    public init() {}

    public func decodedSize(of data: Data, format: ImageSource.Format) -> Result<Size, ImageProblem> {
        switch format {
        case .png, .jpeg:
            do {
                let surface = try CairoImageDecoder.surface(format: format, data: data)
                return .success(Size(width: Double(surface.width), height: Double(surface.height)))
            } catch {
                return .failure(error)
            }
        case .svg:
            return SVGDocument.open(data).map { svg in
                let (width, height) = svg.intrinsicSize
                return Size(width: width, height: height)
            }
        }
    }
}
