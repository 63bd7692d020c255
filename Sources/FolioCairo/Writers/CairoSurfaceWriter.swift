import CFolio
import FolioCore
import FolioGraphics
import Foundation

/// What every Cairo writer shares, whatever its surface: the drawing calls of `RenderTarget`.
///
/// `PDFWriter`, `PNGWriter` and `SVGWriter` each add their surface, their pages and what only their format
/// has. Text arrives shaped, in faces the document's font table names, so what is drawn is exactly what was
/// measured. Calls that cannot throw keep their first error, which the writer reports when its page ends.
public class CairoSurfaceWriter {
    /// The surface being drawn on (the PDF's, or the page's), and the context of the page; nil between pages.
    var surface: CairoSurface?
    private(set) var context: CairoContext?
    /// Whether text carries its characters (PDF: readers copy and search it) or is glyphs alone (PNG, SVG).
    private let extractableText: Bool
    /// Whether a JPEG image is embedded as the file it is (PDF) rather than as its pixels.
    private let keepsJPEG: Bool
    private let fonts: CairoFontCache
    /// The first error met in a call that cannot throw, reported at the end of the page.
    private var deferredError: FolioError?
    /// Filled again for every run drawn, so that drawing text allocates nothing per run.
    private var glyphs: [cairo_glyph_t] = []
    private var clusterMap = GlyphClusters()
    /// For each open group, whether it saved Cairo's state (only transformed or clipped groups do).
    private var groupSaves: [Bool] = []
    /// Left-to-right runs drawn one after another in one font and colour, with their text: given to Cairo as
    /// one operation when anything else is drawn (`flushText`). Cairo records, analyses and replays every
    /// operation of a page; it writes the same operators for one call as for several (the lines of a
    /// paragraph share a text object either way), so the file is the same, sooner (3 % of a 94-page render).
    private var pendingFont: OpaquePointer?
    private var pendingColor = Color.black
    private var pendingGlyphs: [cairo_glyph_t] = []
    private var pendingText: [CChar] = []
    private var pendingClusters: [cairo_text_cluster_t] = []

    init(fonts: FontTable, extractableText: Bool, keepsJPEG: Bool) {
        self.fonts = CairoFontCache(fonts)
        self.extractableText = extractableText
        self.keepsJPEG = keepsJPEG
    }

    deinit {
        // Destroying an unfinished surface makes Cairo flush it through its write bridge: the context and
        // surface go first, while the writer's bridge and buffer (released after every deinit) still exist.
        context = nil
        surface = nil
    }

    /// Gives Cairo the runs gathered so far: called before anything else is drawn or marked.
    func flushText() {
        guard let font = pendingFont, let cr = context?.pointer else { return }
        pendingFont = nil
        cairo_set_scaled_font(cr, font)
        setSource(pendingColor, on: cr)
        cairo_show_text_glyphs(cr, pendingText, Int32(pendingText.count), pendingGlyphs, Int32(pendingGlyphs.count),
                               pendingClusters, Int32(pendingClusters.count), cairo_text_cluster_flags_t(0))
        pendingGlyphs.removeAll(keepingCapacity: true)
        pendingText.removeAll(keepingCapacity: true)
        pendingClusters.removeAll(keepingCapacity: true)
    }

    /// Lets the page's context go (after a PNG or SVG page is written).
    func endDrawing() {
        flushText()
        context = nil
    }

    /// Throws the first error a drawing call met since the last check, then Cairo's status.
    func checkPage(_ number: Int) throws(FolioError) {
        if let error = deferredError {
            deferredError = nil
            throw error
        }
        try context?.checkStatus("drawing page \(number)")
    }

    /// Starts drawing a page into `context`, with unhinted font outlines and metrics: as text was measured.
    func beginDrawing(into context: CairoContext) {
        self.context = context
        guard let options = cairo_font_options_create() else { return }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(context.pointer, options)
        cairo_font_options_destroy(options)
    }

    // MARK: Drawing

    public func fill(_ path: Path, color: Color) {
        flushText()
        guard let cr = context?.pointer else { return }
        setSource(color, on: cr)
        append(path, to: cr)
        cairo_fill(cr)
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        flushText()
        guard let cr = context?.pointer else { return }
        setSource(style.color, on: cr)
        cairo_set_line_width(cr, style.width)
        switch style.lineCap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        append(path, to: cr)
        cairo_stroke(cr)
    }

    public func drawText(_ line: TextLine, at origin: Point) {
        guard let cr = context?.pointer else { return }
        for run in runsInDrawingOrder(line) where !run.glyphs.isEmpty {
            guard let font = fonts.scaledFont(for: run.font) else {
                deferredError = deferredError ?? FolioError(.renderFailed, "a line uses font \(run.font.rawValue), which the document's "
                                                            + "font table does not name or which cannot be loaded")
                continue
            }
            cairo_set_scaled_font(cr, font)
            setSource(run.color, on: cr)
            let x = origin.x + run.x
            glyphs.removeAll(keepingCapacity: true)
            for glyph in run.glyphs where glyph.isVisible {
                glyphs.append(cairo_glyph_t(index: UInt(glyph.id), x: x + Double(glyph.x), y: origin.y + Double(glyph.y)))
            }
            guard !glyphs.isEmpty else { continue }
            if extractableText, let bytes = clusterMap.map(run) {
                if !run.isRightToLeft {
                    if pendingFont != font || pendingColor != run.color { flushText() }
                    pendingFont = font
                    pendingColor = run.color
                    pendingGlyphs += glyphs
                    pendingClusters += clusterMap.clusters
                    var text = run.text
                    text.withUTF8 { utf8 in
                        utf8.withMemoryRebound(to: CChar.self) { pendingText += $0[bytes] }
                    }
                    continue
                }
                // A right-to-left run goes alone: its clusters run backward.
                flushText()
                var text = run.text
                text.withUTF8 { utf8 in
                    utf8.withMemoryRebound(to: CChar.self) { chars in
                        cairo_show_text_glyphs(cr, chars.baseAddress.map { $0 + bytes.lowerBound }, Int32(bytes.count),
                                               glyphs, Int32(glyphs.count), clusterMap.clusters, Int32(clusterMap.clusters.count),
                                               CAIRO_TEXT_CLUSTER_FLAG_BACKWARD)
                    }
                }
            } else {
                flushText()
                cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
            }
        }
    }

    /// A line's runs as they are drawn: in reading order when the text is extractable and the line mixes
    /// directions (the content order is the order of the text), else as they stand.
    private func runsInDrawingOrder(_ line: TextLine) -> [GlyphRun] {
        guard extractableText, line.runs.count > 1, line.runs.contains(where: \.isRightToLeft) else { return line.runs }
        return line.runs.indices.sorted { (line.runs[$0].logicalOffset, $0) < (line.runs[$1].logicalOffset, $1) }.map { line.runs[$0] }
    }

    public func drawImage(_ image: ImageSource, in frame: Rect) {
        flushText()
        guard let cr = context?.pointer, frame.width > 0, frame.height > 0 else { return }
        do {
            switch image.format {
            case .svg:
                // Vectors stay vectors: librsvg draws the SVG straight into the page.
                let svg = try SVGDocument.open(image.data).get()
                cairo_save(cr)
                try svg.draw(in: cr, frame: (frame.minX, frame.minY, frame.width, frame.height))
                cairo_restore(cr)
            case .png, .jpeg:
                let surface = try CairoImageDecoder.surface(format: image.format == .png ? .png : .jpeg, data: image.data)
                if keepsJPEG, image.format == .jpeg { Self.attachJPEG(image.data, to: surface) }
                let width = Double(cairo_image_surface_get_width(surface.pointer))
                let height = Double(cairo_image_surface_get_height(surface.pointer))
                guard width > 0, height > 0 else { return }
                cairo_save(cr)
                cairo_translate(cr, frame.minX, frame.minY)
                cairo_scale(cr, frame.width / width, frame.height / height)
                cairo_set_source_surface(cr, surface.pointer, 0, 0)
                cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
                cairo_paint(cr)
                cairo_restore(cr)
            }
        } catch {
            deferredError = deferredError ?? FolioError(.renderFailed, "an image cannot be drawn: \(error.message)")
        }
    }

    /// Lets the PDF embed the JPEG file as it is, rather than its decoded pixels.
    private static func attachJPEG(_ data: Data, to surface: CairoSurface) {
        guard let copy = malloc(data.count) else { return }
        data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: data.count)
        cairo_surface_set_mime_data(surface.pointer, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                    UInt(data.count), { free($0) }, copy)
    }

    public func beginGroup(_ group: Group) {
        flushText()
        // Every group pushes, so that endGroup restores exactly the groups that saved.
        guard let cr = context?.pointer, group.transform != nil || group.clip != nil else {
            groupSaves.append(false)
            return
        }
        cairo_save(cr)
        if let t = group.transform {
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx, y0: t.ty)
            cairo_transform(cr, &matrix)
        }
        if let clip = group.clip {
            cairo_rectangle(cr, clip.minX, clip.minY, clip.width, clip.height)
            cairo_clip(cr)
        }
        groupSaves.append(true)
    }

    public func endGroup() {
        flushText()
        guard let saved = groupSaves.popLast(), saved, let cr = context?.pointer else { return }
        cairo_restore(cr)
    }

    // MARK: Helpers

    private func setSource(_ color: Color, on cr: OpaquePointer) {
        if color.alpha >= 1 {
            cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        } else {
            cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        }
    }

    private func append(_ path: Path, to cr: OpaquePointer) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let p, let c1, let c2): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }
}
