import CFolio
import FolioCore
import FolioGraphics
import Foundation

/// Completes a tagged PDF written by Cairo with what Cairo 1.16 cannot write, using qpdf's C API:
/// alt text on figures, the scope of table header cells, the document's language, and the title shown
/// in the viewer's title bar. The file is rewritten deterministically (its /ID comes from its content).
enum PDFStructureFinisher {
    /// What to add, in the order the elements were opened.
    struct Additions {
        var language: String
        var figureAlternatives: [String] = []
        var headerScopes: [TableHeaderScope] = []
    }

    /// The deepest structure tree the finisher walks; Folio's own trees are a dozen levels at most.
    static let maximumDepth = 256

    static func finish(_ pdf: Data, with additions: Additions) throws(FolioError) -> Data {
        guard let qpdf = qpdf_init() else { throw FolioError(.renderFailed, "qpdf could not start") }
        defer {
            var handle: qpdf_data? = qpdf
            qpdf_cleanup(&handle)
        }
        qpdf_silence_errors(qpdf)
        let readStatus = pdf.withUnsafeBytes { bytes in
            qpdf_read_memory(qpdf, "folio.pdf", bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(bytes.count), nil)
        }
        try check(qpdf, readStatus, "reading the PDF Cairo wrote")

        let root = qpdf_get_root(qpdf)
        qpdf_oh_replace_key(qpdf, root, "/Lang", qpdf_oh_new_unicode_string(qpdf, additions.language))
        let preferences = qpdf_oh_new_dictionary(qpdf)
        qpdf_oh_replace_key(qpdf, preferences, "/DisplayDocTitle", qpdf_oh_new_bool(qpdf, 1))
        qpdf_oh_replace_key(qpdf, root, "/ViewerPreferences", preferences)

        var walk = TreeWalk(qpdf: qpdf, figures: additions.figureAlternatives[...], scopes: additions.headerScopes[...])
        if qpdf_oh_has_key(qpdf, root, "/StructTreeRoot") != 0 {
            walk.visit(qpdf_oh_get_key(qpdf, root, "/StructTreeRoot"), depth: 0)
        }

        try check(qpdf, qpdf_init_write_memory(qpdf), "preparing to write the PDF")
        qpdf_set_deterministic_ID(qpdf, 1)
        qpdf_set_stream_data_mode(qpdf, qpdf_s_preserve)
        qpdf_set_object_stream_mode(qpdf, qpdf_o_generate)
        try check(qpdf, qpdf_write(qpdf), "writing the finished PDF")
        guard let buffer = qpdf_get_buffer(qpdf) else { throw FolioError(.renderFailed, "qpdf wrote no PDF") }
        return Data(bytes: buffer, count: qpdf_get_buffer_length(qpdf))
    }

    /// Visits the structure tree depth first, in the order Cairo wrote it (the order elements were opened).
    private struct TreeWalk {
        let qpdf: qpdf_data
        var figures: ArraySlice<String>
        var scopes: ArraySlice<TableHeaderScope>

        mutating func visit(_ node: qpdf_oh, depth: Int) {
            guard depth < PDFStructureFinisher.maximumDepth else { return }
            if qpdf_oh_is_dictionary(qpdf, node) != 0 {
                let type = qpdf_oh_get_key(qpdf, node, "/S")
                if qpdf_oh_is_name_and_equals(qpdf, type, "/Figure") != 0, let alt = figures.popFirst() {
                    qpdf_oh_replace_key(qpdf, node, "/Alt", qpdf_oh_new_unicode_string(qpdf, alt))
                } else if qpdf_oh_is_name_and_equals(qpdf, type, "/TH") != 0, let scope = scopes.popFirst() {
                    let attributes = qpdf_oh_new_dictionary(qpdf)
                    qpdf_oh_replace_key(qpdf, attributes, "/O", qpdf_oh_new_name(qpdf, "/Table"))
                    qpdf_oh_replace_key(qpdf, attributes, "/Scope", qpdf_oh_new_name(qpdf, "/" + scope.rawValue))
                    qpdf_oh_replace_key(qpdf, node, "/A", attributes)
                }
                if qpdf_oh_has_key(qpdf, node, "/K") != 0 {
                    visit(qpdf_oh_get_key(qpdf, node, "/K"), depth: depth + 1)
                }
            } else if qpdf_oh_is_array(qpdf, node) != 0 {
                for index in 0..<qpdf_oh_get_array_n_items(qpdf, node) {
                    visit(qpdf_oh_get_array_item(qpdf, node, index), depth: depth + 1)
                }
            }
        }
    }

    private static func check(_ qpdf: qpdf_data, _ status: QPDF_ERROR_CODE, _ doing: String) throws(FolioError) {
        guard status & QPDF_ERRORS != 0 || qpdf_has_error(qpdf) != 0 else { return }
        let error = qpdf_get_error(qpdf)
        let detail = error.flatMap { qpdf_get_error_full_text(qpdf, $0) }.map { String(cString: $0) } ?? "unknown error"
        throw FolioError(.renderFailed, "qpdf failed \(doing): \(detail)")
    }
}
