/// Every assigned scalar of the Arabic blocks (Arabic, Arabic Supplement,
/// Arabic Extended-A and both presentation-form blocks), for tests that
/// run all of them through the text layer or the whole analysis.
public enum ArabicScalars {
    public static let blocks: [ClosedRange<UInt32>] = [
        0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF,
    ]
    public static let assigned: [Unicode.Scalar] = blocks.flatMap { $0 }.compactMap(Unicode.Scalar.init)
        .filter { $0.properties.generalCategory != .unassigned }
}
