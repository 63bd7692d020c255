import Foundation

/// Encoded image data as read from a file, with the pixel size its header declares.
public struct ImageSource: Hashable, Sendable, Codable {
    /// How the bytes are encoded.
    public enum Format: String, Hashable, Sendable, Codable { case png, jpeg, svg }

    public var format: Format
    public var data: Data
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(format: Format, data: Data, pixelWidth: Int, pixelHeight: Int) {
        self.format = format
        self.data = data
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }
}
