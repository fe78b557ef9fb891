import Foundation

/// One screen row split into cells with the SGR state each cell was drawn
/// in (from `capture-pane -e`).
public struct StyledRow {
    public struct Cell {
        public var character: Character
        public var reverse: Bool
        public var bold: Bool
        public var background: Int?
    }

    public var cells: [Cell] = []

    public init(_ line: String) {
        var reverse = false, bold = false
        var background: Int?
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            if chars[i] == "\u{1B}", i + 1 < chars.count, chars[i + 1] == "[" {
                var j = i + 2
                var params = ""
                while j < chars.count, !chars[j].isLetter { params.append(chars[j]); j += 1 }
                if j < chars.count, chars[j] == "m" {
                    let codes = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                    var k = 0
                    while k < codes.count {
                        switch codes[k] {
                        case 0: reverse = false; bold = false; background = nil
                        case 1: bold = true
                        case 22: bold = false
                        case 7: reverse = true
                        case 27: reverse = false
                        case 40...47: background = codes[k] - 40
                        case 49: background = nil
                        case 38, 48:
                            if k + 1 < codes.count, codes[k + 1] == 5 {
                                if codes[k] == 48, k + 2 < codes.count { background = codes[k + 2] }
                                k += 2
                            } else if k + 1 < codes.count, codes[k + 1] == 2 { k += 4 }
                        default: break
                        }
                        k += 1
                    }
                }
                i = j + 1
                continue
            }
            cells.append(Cell(character: chars[i], reverse: reverse, bold: bold, background: background))
            i += 1
        }
        chars.removeAll()
    }

    public var text: String { String(cells.map(\.character)) }
}
