import CFolio
import Dispatch
import FolioCore
import FolioGraphics

/// Assembles a PDF file from numbered objects, compactly: objects that are not streams packed into
/// compressed object streams, streams on their own, and a compressed cross-reference stream at the end.
///
/// The structure tree of a long report is thousands of small dictionaries; in object streams they
/// compress to a fraction, and a cross-reference stream takes 7 bytes an object where a classic table
/// takes 20.
struct PDFFileBuilder {
    /// Where the file goes: streams as they are set, the rest at the end.
    private var output: FileOutput
    private let version: String
    /// The next object number; 0 is never used.
    private var nextNumber = 1
    /// The objects set to a value, to be packed at the end (a few for each page: not the structure tree's).
    private var values: [Int: PDFValue] = [:]
    /// Where each stream written so far starts in the file.
    private var streamOffsets: [Int: Int] = [:]
    /// The objects packed as they were given (`pack`): each run of numbers, and the number of the object
    /// stream (written at once) that holds it.
    private var packedRuns: [(objects: Range<Int>, stream: Int)] = []

    /// The cores objects are packed and compressed on.
    private let cores: Cores

    /// A file of PDF `version`, written to `sink`, packed and compressed on `cores`.
    init(sink: any ByteSink, version: String = "1.7", cores: Cores = Cores(parallel: true)) {
        output = FileOutput(sink: sink)
        self.version = version
        self.cores = cores
    }

    /// Objects packed into one object stream, at most: enough to compress well, few enough to read quickly.
    private static let objectsPerStream = 200

    /// A new object number, to be given its value later.
    mutating func reserve() -> Int {
        nextNumber += 1
        return nextNumber - 1
    }

    /// `count` numbers in a row.
    mutating func reserve(count: Int) -> Range<Int> {
        nextNumber += count
        return (nextNumber - count)..<nextNumber
    }

    /// Sets the objects `numbers` (reserved in a row) to `value(offset)` for each (0 for the first), packed
    /// into object streams on every core and written at once: nothing of them is kept but where they went.
    mutating func pack(_ numbers: Range<Int>, value: @Sendable (Int) -> PDFValue) throws(FolioError) {
        let chunks = stride(from: numbers.lowerBound, to: numbers.upperBound, by: Self.objectsPerStream).map {
            $0..<min($0 + Self.objectsPerStream, numbers.upperBound)
        }
        let results = UnsafeMutableBufferPointer<ObjectStream>.allocate(capacity: chunks.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        let first = numbers.lowerBound
        cores.forEach(chunks.count) { index in
            let chunk = chunks[index]
            var stream = ObjectStream(numbers: chunk.map { $0 }[...])
            Self.fill(&stream) { value($0 - first) }
            (shared.baseAddress! + index).initialize(to: stream)
        }
        var failure: FolioError?
        for index in results.indices {
            let stream = (results.baseAddress! + index).move()
            guard failure == nil, let objects = stream.numbers.first.map({ $0..<($0 + stream.numbers.count) }) else { continue }
            let number = reserve()
            do {
                try setStream(number, Self.objectStreamDictionary(stream), data: stream.data)
            } catch {
                failure = error
            }
            packedRuns.append((objects, number))
        }
        if let failure { throw failure }
    }

    private static func objectStreamDictionary(_ stream: ObjectStream) -> PDFDictionary {
        PDFDictionary([("Type", .name("ObjStm")), ("N", .integer(stream.numbers.count)), ("First", .integer(stream.first)),
                       ("Filter", .name("FlateDecode"))])
    }

    /// Object `number` as `value`, packed into an object stream at the end.
    mutating func set(_ number: Int, _ value: PDFValue) {
        values[number] = value
    }

    /// Object `number` as a stream of `data` (its /Length set here), written to the file at once: a long
    /// document's streams are never all in memory.
    mutating func setStream(_ number: Int, _ dictionary: PDFDictionary, data: [UInt8]) throws(FolioError) {
        var dictionary = dictionary
        dictionary["Length"] = .integer(data.count)
        if output.count == 0 { try output.append(header) }
        streamOffsets[number] = output.count
        try output.append(Self.stream(number, dictionary, data))
    }

    private var header: [UInt8] { Array("%PDF-\(version)\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A] }

    /// Writes the rest of the file, with `root` as its catalog and `info` as its document information: the
    /// objects set to values, packed (those reserved and never set as null), and the cross-references.
    mutating func finish(root: Int, info: Int?) throws(FolioError) {
        if output.count == 0 { try output.append(header) }
        let objectCount = nextNumber
        // Where each packed object is: its object stream's number and its place in it.
        var streamOf = [Int32](repeating: -1, count: objectCount), placeIn = [Int32](repeating: 0, count: objectCount)
        for run in packedRuns {
            for number in run.objects {
                streamOf[number] = Int32(run.stream)
                placeIn[number] = Int32(number - run.objects.lowerBound)
            }
        }
        packedRuns = []
        // Every number not in a stream of its own or packed already is packed now.
        let loose = (1..<objectCount).filter { streamOffsets[$0] == nil && streamOf[$0] < 0 }
        var streamNumber = objectCount
        var streamOffsetsInFile: [Int] = []
        for stream in objectStreams(packing: loose) {
            for (index, number) in stream.numbers.enumerated() {
                streamOf[number] = Int32(streamNumber)
                placeIn[number] = Int32(index)
            }
            var dictionary = Self.objectStreamDictionary(stream)
            dictionary["Length"] = .integer(stream.data.count)
            streamOffsetsInFile.append(output.count)
            try output.append(Self.stream(streamNumber, dictionary, stream.data))
            streamNumber += 1
        }
        // The cross-reference stream describes itself too.
        let xrefNumber = streamNumber
        let xrefOffset = output.count
        var table: [UInt8] = []
        table.reserveCapacity((xrefNumber + 1) * 7)
        func entry(_ type: UInt8, _ field2: Int, _ field3: Int) {
            table.append(type)
            for shift in stride(from: 24, through: 0, by: -8) { table.append(UInt8(truncatingIfNeeded: field2 >> shift)) }
            table += [UInt8(truncatingIfNeeded: field3 >> 8), UInt8(truncatingIfNeeded: field3)]
        }
        entry(0, 0, 0xFFFF)
        for number in 1..<objectCount {
            if let offset = streamOffsets[number] {
                entry(1, offset, 0)
            } else {
                entry(2, Int(streamOf[number]), Int(placeIn[number]))
            }
        }
        for offset in streamOffsetsInFile { entry(1, offset, 0) }
        entry(1, xrefOffset, 0)
        let data = Deflate.compress(Self.upFiltered(table, rowLength: 7))
        let identifier = PDFValue.string(output.identifier)
        var dictionary = PDFDictionary([("Type", .name("XRef")), ("Size", .integer(xrefNumber + 1)),
                                        ("W", .array([.integer(1), .integer(4), .integer(2)])),
                                        ("Root", .reference(root))])
        if let info { dictionary["Info"] = .reference(info) }
        dictionary["ID"] = .array([identifier, identifier])
        dictionary["Filter"] = .name("FlateDecode")
        dictionary["DecodeParms"] = .dictionary(PDFDictionary([("Columns", .integer(7)), ("Predictor", .integer(12))]))
        dictionary["Length"] = .integer(data.count)
        try output.append(Self.stream(xrefNumber, dictionary, data) + Array("startxref\n\(xrefOffset)\n%%EOF\n".utf8))
        try output.flush()
    }

    /// `rows` (each `rowLength` bytes) as PNG's Up filter writes them: each row its filter byte, 2, then each
    /// byte less the one above it. A long document's cross-reference rows differ in a byte or two, and
    /// compress so to a thirtieth of themselves unfiltered (95 KB for 1.3 million objects, against 2.8 MB),
    /// in a tenth of the time.
    private static func upFiltered(_ rows: [UInt8], rowLength: Int) -> [UInt8] {
        var filtered: [UInt8] = []
        filtered.reserveCapacity(rows.count + rows.count / rowLength)
        for start in stride(from: 0, to: rows.count, by: rowLength) {
            filtered.append(2)
            for index in start..<min(start + rowLength, rows.count) {
                filtered.append(index >= rowLength ? rows[index] &- rows[index - rowLength] : rows[index])
            }
        }
        return filtered
    }

    private struct ObjectStream {
        var numbers: ArraySlice<Int>
        var first = 0
        var data: [UInt8] = []
    }

    /// The objects `packed` in object streams of `objectsPerStream`, written and compressed in parallel.
    private func objectStreams(packing packed: [Int]) -> [ObjectStream] {
        let streams = stride(from: 0, to: packed.count, by: Self.objectsPerStream).map {
            ObjectStream(numbers: packed[$0..<min($0 + Self.objectsPerStream, packed.count)])
        }
        let results = UnsafeMutableBufferPointer<ObjectStream>.allocate(capacity: streams.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        let values = values
        cores.forEach(streams.count) { index in
            var stream = streams[index]
            Self.fill(&stream) { number in values[number] ?? .null }
            (shared.baseAddress! + index).initialize(to: stream)
        }
        let written = Array(results)
        for index in results.indices { (results.baseAddress! + index).deinitialize(count: 1) }
        return written
    }

    /// Writes the objects of `stream`, `value(number)` each, into its data, compressed.
    private static func fill(_ stream: inout ObjectStream, value: (Int) -> PDFValue) {
        var offsets: [UInt8] = []
        var body: [UInt8] = []
        for number in stream.numbers {
            PDFValue.writeInteger(number, to: &offsets)
            offsets.append(0x20)
            PDFValue.writeInteger(body.count, to: &offsets)
            offsets.append(0x20)
            value(number).write(to: &body)
            body.append(0x0A)
        }
        stream.first = offsets.count
        stream.data = Deflate.compress(offsets + body)
    }

    private static func stream(_ number: Int, _ dictionary: PDFDictionary, _ data: [UInt8]) -> [UInt8] {
        var output = Array("\(number) 0 obj\n".utf8)
        dictionary.write(to: &output)
        output += Array("\nstream\n".utf8)
        output += data
        output += Array("\nendstream\nendobj\n".utf8)
        return output
    }


    /// The file as it goes to its sink: small pieces gathered into chunks of 64 KiB, large ones as they are
    /// (a copy of a long document's largest streams would stay at the end, at its peak), counted, and hashed
    /// for the identifier.
    private struct FileOutput {
        let sink: any ByteSink
        private var pending: [UInt8] = []
        /// How many bytes have been written, the pending ones included.
        private(set) var count = 0
        private var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
        private var crc = crc32(0, nil, 0)
        private var adler = adler32(0, nil, 0)

        init(sink: any ByteSink) {
            self.sink = sink
        }

        mutating func append(_ bytes: [UInt8]) throws(FolioError) {
            for byte in bytes { fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            bytes.withUnsafeBufferPointer { buffer in
                crc = crc32(crc, buffer.baseAddress, uInt(buffer.count))
                adler = adler32(adler, buffer.baseAddress, uInt(buffer.count))
            }
            count += bytes.count
            if pending.count + bytes.count < Self.chunk {
                pending += bytes
                return
            }
            try flush()
            if bytes.count < Self.chunk {
                pending += bytes
            } else {
                try write(bytes)
            }
        }

        private static let chunk = 1 << 16

        mutating func flush() throws(FolioError) {
            guard !pending.isEmpty else { return }
            try write(pending)
            pending.removeAll(keepingCapacity: true)
        }

        private func write(_ bytes: [UInt8]) throws(FolioError) {
            do {
                try bytes.withUnsafeBytes { try sink.write($0) }
            } catch let error as FolioError {
                throw error
            } catch {
                throw FolioError(.io, "cannot write the PDF: \(error)")
            }
        }

        /// The file identifier: 16 bytes that depend on every byte written so far, so the same document always
        /// gets the same identifier and a different one almost surely another.
        var identifier: [UInt8] {
            var result: [UInt8] = []
            for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: fnv >> UInt64(shift))) }
            for shift in stride(from: 24, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: crc >> UInt(shift))) }
            for shift in stride(from: 24, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: adler >> UInt(shift))) }
            return result
        }
    }
}
