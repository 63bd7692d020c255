import CFolio

/// A fill too small to see, drawn where a marked-content sequence opens or closes, that
/// `MarkedContentRewriter` replaces with the sequence's operators.
///
/// Cairo 1.16 marks content only through its structure tags, and keeps every tag of the document as a
/// node of its own structure tree until the file is finished (about 4 KB a page, a tenth of a long
/// document's memory at its end), only for `PDFFinisher` to replace that tree with its own. A speck marks the
/// place instead: Cairo writes it as `x y w h re f`, outside any text object, where it wrote a tag's `BDC`
/// or `EMC`. Its width and height, in 256ths of a point as Cairo keeps coordinates, are sizes no drawing
/// has, and tell an opening from a closing, and from a switch: a closing and the next opening in one
/// speck, for the two are mostly back to back and each speck is a fill Cairo handles twice.
enum SequenceSpeck: CaseIterable {
    case opening, closing, switching

    /// Whether the speck closes the open sequence: a closing or a switch.
    var closes: Bool { self != .opening }
    /// Whether the speck opens a sequence: an opening or a switch.
    var opens: Bool { self != .closing }

    /// Width and height in 256ths of a point.
    private var size: (width: Int, height: Int) {
        switch self {
        case .opening: (5, 3)
        case .closing: (3, 5)
        case .switching: (4, 4)
        }
    }

    /// Draws the speck: in device space, at the middle of the clip (inside it, so Cairo does not leave it
    /// out), in the current colour when it is a solid one Cairo would draw (no colour change to write).
    /// The writer never changes the operator or the fill rule, so the speck leaves them be; it puts back
    /// the matrix and source itself, cheaper than saving Cairo's whole state for each sequence.
    func draw(on cr: OpaquePointer) {
        var matrix = cairo_matrix_t()
        cairo_get_matrix(cr, &matrix)
        cairo_identity_matrix(cr)
        var (x1, y1, x2, y2) = (0.0, 0.0, 0.0, 0.0)
        cairo_clip_extents(cr, &x1, &y1, &x2, &y2)
        var (red, green, blue, alpha) = (0.0, 0.0, 0.0, 0.0)
        var replaced: OpaquePointer?
        let source = cairo_get_source(cr)
        if cairo_pattern_get_type(source) != CAIRO_PATTERN_TYPE_SOLID
            || cairo_pattern_get_rgba(source, &red, &green, &blue, &alpha) != CAIRO_STATUS_SUCCESS || alpha <= 0 {
            replaced = cairo_pattern_reference(source)
            cairo_set_source_rgb(cr, 0, 0, 0)
        }
        cairo_new_path(cr)
        cairo_rectangle(cr, ((x1 + x2) / 2 * 256).rounded(.down) / 256, ((y1 + y2) / 2 * 256).rounded(.down) / 256,
                        Double(size.width) / 256, Double(size.height) / 256)
        cairo_fill(cr)
        if let replaced {
            cairo_set_source(cr, replaced)
            cairo_pattern_destroy(replaced)
        }
        cairo_set_matrix(cr, &matrix)
    }

    /// The speck whose `re` operator has `width` and `height` as its last operands, if one does.
    static func matching(width: Double, height: Double) -> SequenceSpeck? {
        allCases.first { abs(width * 256 - Double($0.size.width)) < 0.5 && abs(height * 256 - Double($0.size.height)) < 0.5 }
    }
}
