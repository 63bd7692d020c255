import FolioCore
import Foundation

/// What a backend can say of an image before it draws it: whether it decodes it, and at what size.
///
/// Input checking asks this when a briefing is read, so an image the backend would fail to draw is an error
/// at the line that names it rather than a failure halfway through writing.
public protocol ImageDecoding: Sendable {
    /// The size of the image in `data` as the backend decodes it — pixels, or CSS pixels (1/96 inch) for
    /// SVG — or why it cannot be drawn.
    func decodedSize(of data: Data, format: ImageSource.Format) -> Result<Size, ImageProblem>
}
