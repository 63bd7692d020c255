import FolioGraphics
import FolioModel
import Foundation

extension BriefingComposer {
    /// Body rows a long table needs before its rows are measured with the assistant: below, handing pieces
    /// over costs more than it saves.
    static var assistedTableRows: Int { 1_024 }

    /// Measures the body rows of a long table on one line each, for its column widths, in pieces of
    /// `RowPieces.rowsPerPiece` rows taken by this thread and by `assistant` as each is free: their lines go
    /// to `lineFile`, and what they find for the columns joins `findings`, in row order, so that both are
    /// what measuring every row here would give (the lines' font ids aside: the assistant's are its own).
    ///
    /// Waits only for pieces the assistant has started: one busy with other work when the pieces run out
    /// finds none left.
    func measureRowsAssisted(_ rows: [TableRow], by assistant: any MeasuringAssistant<Measurer>, font: @escaping (Int) -> FontSpec,
                             decimalColumns: [Bool], findings: inout ColumnFindings, into lineFile: MeasuredLineFile) {
        let pieces = RowPieces(rows: rows, columnCount: findings.bounds.count, padding: style.table.cellPadding)
        let job = AssistedRowJob(composer: self, pieces: pieces, font: font, decimalColumns: decimalColumns)
        assistant.assist { measurer in job.run(measuringWith: measurer) }
        var joined = 0
        func joinFinished() {
            while let piece = pieces.takeFinished(joined) {
                findings.join(piece.findings)
                lineFile.append(piece.lines)
                assistedWithoutFont.add(piece.charactersWithoutFont)
                joined += 1
            }
        }
        while let index = pieces.next() {
            pieces.finish(index, measurePiece(index, of: pieces, font: font, decimalColumns: decimalColumns))
            joinFinished()
        }
        pieces.waitForAssistant()
        joinFinished()
    }

    /// The lines and column findings of piece `index` of `pieces`, measured with this composer's measurer.
    func measurePiece(_ index: Int, of pieces: RowPieces, font: (Int) -> FontSpec, decimalColumns: [Bool]) -> RowPieces.Measured {
        var measured = RowPieces.Measured(findings: ColumnFindings(columnCount: pieces.columnCount, padding: pieces.padding))
        var carried = pieces.carried(before: index)
        for row in pieces.rows(of: index) {
            let cells = place(row, carried: &carried, font: font, tones: true)
            for cell in cells {
                note(cell, in: &measured.findings, decimal: decimalColumns[min(cell.column, decimalColumns.count - 1)])
            }
            measured.lines.add(cells.map(\.line))
        }
        return measured
    }
}

/// What the assistant runs: pieces of a table's rows, measured with its own measurer until none are left.
private struct AssistedRowJob<Measurer: TextMeasuring>: @unchecked Sendable {
    // The composer and the font of each column are only read; the pieces are shared under their own lock.
    let composer: BriefingComposer<Measurer>
    let pieces: RowPieces
    let font: (Int) -> FontSpec
    let decimalColumns: [Bool]

    func run(measuringWith measurer: Measurer) {
        let assisting = composer.measuring(with: measurer)
        var known = measurer.charactersWithoutFont
        while let index = pieces.next(byAssistant: true) {
            var measured = assisting.measurePiece(index, of: pieces, font: font, decimalColumns: decimalColumns)
            let missing = measurer.charactersWithoutFont
            measured.charactersWithoutFont = missing.subtracting(known)
            known = missing
            pieces.finish(index, measured, byAssistant: true)
        }
    }
}
