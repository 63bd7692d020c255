import FolioGraphics
import FolioModel
import FolioStyle

extension BriefingComposer {
    /// Bullets of nested list levels, in turn.
    private static var bullets: [String] { ["•", "–", "◦"] }

    /// The items of `list` as blocks, each a list item with a bullet or number in its hanging indent.
    func appendList(_ list: ListBlock, depth: Int, spaceBefore: Double, to blocks: inout [any FlowBlock]) {
        let indentStep = style.spacing.listIndent
        let textIndent = Double(depth + 1) * indentStep
        for (index, item) in list.items.enumerated() {
            var rich = RichText()
            if let term = item.term {
                styler.append(term, font: body.bold, color: style.colors.text, to: &rich)
                let endsInPunctuation = term.plainText.last.map { ":.;?!—–".contains($0) } ?? false
                if !item.text.isEmpty {
                    rich.append(endsInPunctuation ? " " : ": ", attributes: TextAttributes(font: body.bold, color: style.colors.text))
                }
            }
            styler.append(item.text, font: body, color: style.colors.text, to: &rich)
            let markerText = list.ordered ? "\(index + 1)." : Self.bullets[depth % Self.bullets.count]
            let markerLine = measurer.line(of: RichText(markerText, attributes: TextAttributes(font: body, color: style.colors.accent)))
            // Numbers end a little before the text; bullets sit at the start of the indent — its left, or its
            // right in a right-to-left item, whose text then keeps the indent on its right.
            let rightToLeft = textIsRightToLeft || TextDirection.isRightToLeft(rich.string)
            let fromStart = list.ordered ? textIndent - 5 - markerLine.width : textIndent - indentStep + 3
            let markerX = rightToLeft ? columnWidth - fromStart - markerLine.width : fromStart
            let lines = rich.isEmpty ? [TextLine(runs: [], width: 0, ascent: 0, descent: 0)]
                : measurer.lines(of: rich, width: columnWidth - textIndent, alignment: style.paragraphAlignment,
                                 hyphenate: style.hyphenate)
            var block = LinesBlock(lines: lines, metrics: LineMetrics(font: body, lineHeight: style.spacing.lineHeight, measurer: measurer),
                                   indent: rightToLeft ? 0 : textIndent, marker: (markerLine, markerX),
                                   spaceBefore: index == 0 ? (depth == 0 ? spaceBefore : style.spacing.listItemGap) : style.spacing.listItemGap,
                                   role: .listBody)
            block.columnWidth = columnWidth
            block.openingMarks = (index == 0 ? [.begin(.list)] : []) + [.begin(.listItem)]
            blocks.append(block)
            if let sublist = item.sublist {
                appendList(sublist, depth: depth + 1, spaceBefore: style.spacing.listItemGap, to: &blocks)
            }
            // The item ends after its nested list, and the list after its last item.
            blocks[blocks.count - 1].closingMarks += index == list.items.count - 1 ? [.end, .end] : [.end]
        }
    }

    func calloutBlock(_ callout: Callout, spaceBefore: Double) -> LinesBlock {
        let tone = switch callout.tone {
        case .info: style.colors.calloutInfo
        case .warning: style.colors.calloutWarning
        case .key: style.colors.calloutKey
        }
        var rich = RichText()
        if let title = callout.title {
            styler.append(title, font: body.bold, color: tone, to: &rich)
            rich.append("\n", attributes: TextAttributes(font: body, color: style.colors.text))
        }
        styler.append(callout.text, font: body, color: style.colors.text, to: &rich)
        return boxed(rich, font: body, padding: 8, fill: style.colors.calloutFill(tone), accent: tone,
                     spaceBefore: spaceBefore, role: .paragraph)
    }

    func quoteBlock(_ quote: Quote, spaceBefore: Double) -> LinesBlock {
        var rich = styler.richText(quote.text, font: body.italicized, color: style.colors.text)
        if let attribution = quote.attribution {
            rich.append("\n— ", attributes: TextAttributes(font: body, color: style.colors.muted))
            styler.append(attribution, font: body, color: style.colors.muted, to: &rich)
        }
        return boxed(rich, font: body, padding: 8, fill: .clear, accent: style.colors.rule, spaceBefore: spaceBefore, role: .blockQuote)
    }

    /// A code block: each line as written, in the style's monospaced family, in a tinted box. A line too long
    /// for the column wraps (between words when it can, else anywhere) and its continuation is marked in the
    /// gutter, so no line runs past the column and the text copies out as written. One Code element.
    func codeBlock(_ code: CodeBlock, spaceBefore: Double) -> LinesBlock {
        let font = body.with {
            $0.family = style.fonts.codeFamily
            $0.size *= 0.88
        }
        let attributes = TextAttributes(font: font, color: style.colors.text)
        let padding = 6.0, accentWidth = 3.0, gutter = font.size
        let width = max(columnWidth - 2 * padding - accentWidth - gutter, 20)
        var lines: [TextLine] = []
        var continuations: Set<Int> = []
        for source in code.text.components(separatedBy: "\n") {
            let expanded = source.replacingOccurrences(of: "\t", with: "    ")
            // An empty line keeps its height.
            var pieces = measurer.lines(of: RichText(expanded.isEmpty ? " " : expanded, attributes: attributes), width: width,
                                        alignment: .left, hyphenate: false)
            if pieces.isEmpty { pieces = [measurer.line(of: RichText(" ", attributes: attributes))] }
            for (index, piece) in pieces.enumerated() {
                var line = piece
                line.startsParagraph = false
                if index > 0 { continuations.insert(lines.count) }
                lines.append(line)
            }
        }
        let metrics = LineMetrics(font: font, lineHeight: 1.3, measurer: measurer)
        var block = LinesBlock(lines: lines, metrics: metrics, indent: padding + accentWidth + gutter, spaceBefore: spaceBefore,
                               role: .code)
        block.continuations = continuations
        block.continuationColor = style.colors.muted
        block.columnWidth = columnWidth
        block.box = BoxDecoration(fill: style.colors.quoteFill, padding: padding, accent: style.colors.rule, accentWidth: accentWidth,
                                  accentOnRight: false)
        return block
    }

    /// A box standing for a block kind that is not drawn yet, saying what it holds.
    func placeholder(_ kind: String, _ title: InlineText?, _ summary: String, anchor: String?, _ spaceBefore: Double) -> LinesBlock {
        var rich = RichText("\(kind)", attributes: TextAttributes(font: body.bold, color: style.colors.muted))
        if let title {
            rich.append(": ", attributes: TextAttributes(font: body.bold, color: style.colors.muted))
            styler.append(title, font: body.bold, color: style.colors.muted, to: &rich)
        }
        rich.append("\n\(summary) — not drawn by this version of Folio yet",
                    attributes: TextAttributes(font: body.with { $0.size *= 0.9 }, color: style.colors.muted))
        var block = boxed(rich, font: body, padding: 8, fill: style.colors.quoteFill,
                          accent: style.colors.rule, spaceBefore: spaceBefore, role: .paragraph)
        block.anchor = anchor
        return block
    }

    /// Rich text in a tinted box with an accent bar, as wide as the column.
    func boxed(_ rich: RichText, font: FontSpec, padding: Double, fill: Color, accent: Color, spaceBefore: Double,
               role: StructureRole) -> LinesBlock {
        let accentWidth = 3.0
        // Right-to-left text has its bar on the right, and its padding before the bar there.
        let rightToLeft = textIsRightToLeft || TextDirection.isRightToLeft(rich.string)
        var block = textBlock(rich, font: font, spaceBefore: spaceBefore, indent: rightToLeft ? padding : padding + accentWidth,
                              widthReduction: 2 * padding + accentWidth, role: role)
        block.box = BoxDecoration(fill: fill, padding: padding, accent: accent, accentWidth: accentWidth, accentOnRight: rightToLeft)
        return block
    }
}

extension BriefingComposer {
    /// An image sized to the column (and to a page), with "Figure N. caption" under it.
    func figureBlock(_ image: ImageBlock, source: ImageSource, number: Int?, spaceBefore: Double) -> FigureBlock {
        // Pixels are CSS pixels: 96 to the inch, so 0.75 pt each.
        let natural = Size(width: Double(source.pixelWidth) * 0.75, height: Double(source.pixelHeight) * 0.75)
        var width = switch image.width {
        case .auto: min(natural.width, columnWidth)
        case .percent(let share): columnWidth * share / 100
        case .points(let points): min(points, columnWidth)
        }
        let captionFont = style.fonts.caption
        let caption = numberedCaption(.figure, number: number, text: image.caption)
        let lines = caption.isEmpty ? [] : measurer.lines(of: caption, width: columnWidth, alignment: .left)
        let metrics = LineMetrics(font: captionFont, lineHeight: style.spacing.lineHeight, measurer: measurer)
        // An image taller than a page is scaled down to fit one, with its caption: never lost.
        let captionHeight = lines.isEmpty ? 0 : FigureBlock.captionGap + Double(lines.count) * metrics.pitch
        let aspect = natural.height / max(natural.width, 0.001)
        let maximumHeight = style.page.textArea.height - captionHeight
        if width * aspect > maximumHeight { width = maximumHeight / aspect }
        let alt = image.alt ?? image.caption?.plainText ?? "Image: \(image.path)"
        return FigureBlock(image: source, size: Size(width: width, height: width * aspect), columnWidth: columnWidth,
                           caption: lines, captionMetrics: metrics, alt: alt, anchor: nil, spaceBefore: spaceBefore)
    }
}
