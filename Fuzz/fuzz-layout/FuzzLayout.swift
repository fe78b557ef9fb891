import FuzzSupport
import TerminalText

/// libFuzzer target: bytes as a paragraph laid out right-to-left, shaped
/// and wrapped at a width the first byte picks (1–128), in both bidi
/// modes; the cells' text and `appendText` must agree, and no line may be
/// wider than the width. Built and run by `scripts/fuzz layout`.
@_cdecl("fuzz_layout_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzz(start, count) }
}

func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let width = Int(bytes[0] % 128) + 1
    let paragraph = String(decoding: bytes.dropFirst(), as: UTF8.self)
    for mode in [BidiMode.app, .terminal] {
        let options = LayoutOptions(width: width, mode: mode)
        let lines = TextLayout.layout(paragraph, options: options)
        var expected: [UInt8] = []
        for line in lines {
            // Only a line of one cell group may be wider (a two-cell
            // character, or a control shown as ^X, at width 1).
            precondition(line.width <= width || line.cells.filter { $0.width > 0 }.count == 1,
                         "a line wider than \(width)")
            expected += Array((line.text(alignedTo: width) + "\n").utf8)
        }
        var written: [UInt8] = []
        var utf8 = Array(paragraph.utf8)
        utf8.withUnsafeBufferPointer { TextLayout.appendText(ofUTF8: $0, options: options, alignedTo: width, to: &written) }
        precondition(written == expected, "appendText differs from the cells' text")
        _ = utf8.count
    }
    return 0
}
