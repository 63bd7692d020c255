import FolioModel

extension TableRow {
    /// The grid column of each cell, after the row spans still open above the row (`carried`, by column,
    /// updated for the rows below): cells from row spans above push later cells right.
    func gridColumns(after carried: inout [Int]) -> [Int] {
        var column = 0
        var columns: [Int] = []
        columns.reserveCapacity(cells.count)
        for cell in cells {
            while column < carried.count, carried[column] > 0 { column += 1 }
            columns.append(column)
            for covered in column..<(column + cell.columnSpan) {
                while carried.count <= covered { carried.append(0) }
                carried[covered] = cell.rowSpan
            }
            column += cell.columnSpan
        }
        for index in carried.indices where carried[index] > 0 { carried[index] -= 1 }
        return columns
    }
}
