import CFolio

/// Adds to a PNG what Cairo's encoder leaves out: the `pHYs` chunk that gives its resolution, so that image
/// viewers and word processors place it at its real size.
enum PNGChunks {
    /// `png` with a `pHYs` chunk of `ppi` pixels an inch right after its header (`IHDR`), where the PNG
    /// specification wants it; `png` unchanged when it does not start with a signature and a header.
    static func addingResolution(_ png: [UInt8], ppi: Double) -> [UInt8] {
        let signatureAndHeader = 8 + 4 + 4 + 13 + 4
        guard png.count >= signatureAndHeader, png[12..<16].elementsEqual("IHDR".utf8) else { return png }
        // The specification counts pixels a metre: 1 inch is 0.0254 m.
        let perMetre = UInt32(clamping: Int((ppi / 0.0254).rounded()))
        var data = bigEndian(perMetre) + bigEndian(perMetre)
        data.append(1)  // the unit is the metre
        var chunk = bigEndian(UInt32(data.count)) + Array("pHYs".utf8) + data
        chunk += bigEndian(crc(of: chunk[4...]))
        return Array(png[..<signatureAndHeader]) + chunk + Array(png[signatureAndHeader...])
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// The CRC-32 of a chunk's type and data, as zlib computes it.
    private static func crc(of bytes: ArraySlice<UInt8>) -> UInt32 {
        let value = bytes.withUnsafeBufferPointer { buffer in
            crc32(crc32(0, nil, 0), buffer.baseAddress, uInt(buffer.count))
        }
        return UInt32(truncatingIfNeeded: value)
    }
}
