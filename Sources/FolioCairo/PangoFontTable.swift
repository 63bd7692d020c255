import CFolio
import FolioGraphics

/// The fonts one measurer has put into lines, by the id it gave each, and the face behind every id.
///
/// Holds a reference to each `PangoFont`, so that a pointer used as a key is never freed and reused while the
/// measurer lives. Ids start at the measurer's base, so the measurers of one export (one a thread) never
/// issue the same id and their lines can be joined into one document as they are.
final class PangoFontTable {
    private let base: Int32
    private var ids: [UnsafeMutablePointer<PangoFont>: FontID] = [:]
    private var held: [UnsafeMutablePointer<PangoFont>] = []
    /// The face of every id issued.
    private(set) var table = FontTable()

    init(base: Int32) {
        self.base = base
    }

    deinit {
        for font in held { g_object_unref(gpointer(font)) }
    }

    /// The id of `font`, registering it and recording its face on first sight.
    func id(for font: UnsafeMutablePointer<PangoFont>) -> FontID {
        if let id = ids[font] { return id }
        let id = FontID(base + Int32(held.count))
        g_object_ref(gpointer(font))
        held.append(font)
        ids[font] = id
        let face = Self.face(of: font)
        ProcessWideState.noteFontFile(face.file)
        table.set(face, for: id)
        return id
    }

    /// The face fontconfig chose for `font`, as its pattern describes it: what Cairo needs to load it again.
    static func face(of font: UnsafeMutablePointer<PangoFont>) -> FontFace {
        guard let pattern = pango_fc_font_get_pattern(UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)) else {
            return FontFace(file: "", size: 0, postScriptName: "", family: "")
        }
        func string(_ object: String) -> String {
            var value: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(pattern, object, 0, &value) == FcResultMatch, let value else { return "" }
            return String(cString: value)
        }
        var index: Int32 = 0
        _ = FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
        var size = 0.0
        _ = FcPatternGetDouble(pattern, FC_PIXEL_SIZE, 0, &size)
        var embolden: FcBool = 0
        _ = FcPatternGetBool(pattern, FC_EMBOLDEN, 0, &embolden)
        var matrix: UnsafeMutablePointer<FcMatrix>?
        let slant = FcPatternGetMatrix(pattern, FC_MATRIX, 0, &matrix) == FcResultMatch ? matrix?.pointee.xy ?? 0 : 0
        return FontFace(file: string(FC_FILE), index: Int(index), size: size, syntheticBold: embolden != 0,
                        syntheticSlant: slant, variations: string(FC_FONT_VARIATIONS), postScriptName: string(FC_POSTSCRIPT_NAME),
                        family: string(FC_FAMILY), style: string(FC_STYLE))
    }
}
