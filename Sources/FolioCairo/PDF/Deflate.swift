import CFolio

/// zlib's deflate and inflate, for the PDF streams Folio writes or edits (FlateDecode).
enum Deflate {
    /// `bytes` compressed as a zlib stream at `level` (0 to 9).
    static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &size, source.baseAddress, uLong(source.count), level)
            }
        }
        guard status == Z_OK else { return [] }
        // A copy of the exact size: cutting the array would keep the room of the bound, about the input's size,
        // for as long as the stream is kept (every page's content, until the PDF is finished).
        return Array(output[..<Int(size)])
    }

    /// The bytes of the zlib stream `bytes`, or nil when it is not one (or is cut short).
    static func decompress(_ bytes: ArraySlice<UInt8>, expectedSize: Int = 0) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(expectedSize, bytes.count * 4, 1024))
        var produced = 0
        let input = Array(bytes)
        return input.withUnsafeBufferPointer { source -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while true {
                if produced == output.count { output += [UInt8](repeating: 0, count: output.count) }
                let status = output.withUnsafeMutableBufferPointer { destination -> Int32 in
                    stream.next_out = destination.baseAddress! + produced
                    stream.avail_out = uInt(destination.count - produced)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    produced = destination.count - Int(stream.avail_out)
                    return status
                }
                if status == Z_STREAM_END { return Array(output[..<produced]) }
                guard status == Z_OK || (status == Z_BUF_ERROR && produced == output.count) else { return nil }
            }
        }
    }
}
