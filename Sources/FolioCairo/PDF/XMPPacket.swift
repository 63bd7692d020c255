import FolioGraphics

/// The XMP metadata of a PDF: the same title, authors, subject, keywords and dates as its document
/// information dictionary, its language, and the PDF/UA-1 identification (`pdfuaid:part`).
struct XMPPacket {
    var metadata: DocumentMetadata
    var producer: String
    var date: PDFDate?

    /// The packet as UTF-8, wrapped in `<?xpacket?>` so that tools can find and edit it in place.
    var bytes: [UInt8] {
        var xml = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        xml += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        xml += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
            + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        xml += "<dc:format>application/pdf</dc:format>\n"
        xml += "<dc:title>" + Self.alternative(metadata.title, language: metadata.language) + "</dc:title>\n"
        if !metadata.authors.isEmpty {
            xml += "<dc:creator><rdf:Seq>" + metadata.authors.map { "<rdf:li>\(Self.escaped($0))</rdf:li>" }.joined() + "</rdf:Seq></dc:creator>\n"
        }
        if let subject = metadata.subject, !subject.isEmpty {
            xml += "<dc:description>" + Self.alternative(subject, language: metadata.language) + "</dc:description>\n"
        }
        xml += "<dc:language><rdf:Bag><rdf:li>\(Self.escaped(metadata.language))</rdf:li></rdf:Bag></dc:language>\n"
        if !metadata.keywords.isEmpty {
            xml += "<pdf:Keywords>\(Self.escaped(metadata.keywords.joined(separator: ", ")))</pdf:Keywords>\n"
        }
        xml += "<pdf:Producer>\(Self.escaped(producer))</pdf:Producer>\n"
        xml += "<xmp:CreatorTool>\(Self.escaped(metadata.creator))</xmp:CreatorTool>\n"
        if let date {
            xml += "<xmp:CreateDate>\(date.xmp)</xmp:CreateDate>\n<xmp:ModifyDate>\(date.xmp)</xmp:ModifyDate>\n"
            xml += "<xmp:MetadataDate>\(date.xmp)</xmp:MetadataDate>\n"
        }
        xml += "<pdfuaid:part>1</pdfuaid:part>\n"
        xml += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"
        return Array(xml.utf8)
    }

    /// A language alternative with one default entry, as XMP writes titles and descriptions.
    private static func alternative(_ text: String, language: String) -> String {
        "<rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(text))</rdf:li></rdf:Alt>"
    }

    /// `text` as XML character data: markup characters escaped, characters XML cannot hold left out.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "\u{20}"..."\u{D7FF}", "\u{E000}"..."\u{FFFD}", "\u{10000}"..."\u{10FFFF}": result.unicodeScalars.append(scalar)
            default: break
            }
        }
        return result
    }
}
