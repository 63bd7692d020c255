import CMarkGFM
import FolioDecoding

/// Parses Markdown with cmark-gfm (CommonMark plus GitHub's pipe tables, strikethrough and footnotes).
public struct CMarkParser: MarkdownParsing {
    public init() {}

    /// cmark-gfm keeps its extensions in a process-wide registry; Swift runs this once, thread-safely.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    public func parse(_ text: String) -> MarkdownNode {
        _ = Self.extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES) else {
            return MarkdownNode(kind: .document, line: 1, column: 1)
        }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough"] {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return MarkdownNode(kind: .document, line: 1, column: 1) }
        defer { cmark_node_free(document) }
        return convert(document)
    }

    private func convert(_ node: OpaquePointer) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(convert(current))
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind: kind(of: node), literal: string(cmark_node_get_literal(node)), children: children,
                            line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    private func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_LIST: return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        default:
            // Extension nodes have no fixed C constant; cmark names them.
            let name = string(cmark_node_get_type_string(node))
            switch name {
            case "table":
                let count = Int(cmark_gfm_extensions_get_table_columns(node))
                let alignments = cmark_gfm_extensions_get_table_alignments(node)
                return .table(alignments: (0..<count).map { index in
                    guard let alignments, alignments[index] != 0 else { return "" }
                    return String(UnicodeScalar(alignments[index]))
                })
            case "table_header": return .tableRow(isHeader: true)
            case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
            case "table_cell": return .tableCell
            case "strikethrough": return .strikethrough
            default: return .other(name)
            }
        }
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
