import FolioCore
import Foundation

/// What an image file is, as far as layout needs to know.
public struct ImageDescription: Hashable, Sendable {
    /// How the bytes are encoded.
    public enum Format: String, Hashable, Sendable { case png, jpeg, svg }

    public var format: Format
    /// The size in pixels (for SVG, in CSS pixels of 1/96 inch).
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(format: Format, pixelWidth: Int, pixelHeight: Int) {
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }
}

/// Reads image files far enough to know they can be drawn. Implemented in Folio, over the backend's decoder.
public protocol ImageInspecting: Sendable {
    /// The description of the image in `data`, or a message saying why it cannot be drawn.
    func inspect(_ data: Data) -> Result<ImageDescription, ImageProblem>
}
