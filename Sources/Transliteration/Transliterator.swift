// Implementation-only, as in TerminalText: system ICU's C types must not
// reach clients, where they would clash with Foundation's bundled ICU
// (so this file does not import Foundation either).
@_implementationOnly import CICU
import Synchronization

/// An ICU transform (`utrans_*` through CICU's shim), for MarsadModel's
/// Latin skeletons of Arabic names; this module's only code, so no C type
/// reaches MarsadModel.
///
/// The transform is slow (rule-based, a few microseconds a word), so every
/// distinct input is transformed once and kept.
///
/// ```swift
/// Transliterator.arabicToLatin.transform("هادي")     // "hady"
/// Transliterator.arabicToLatin.transform("أوجلان")   // "awjlan"
/// Transliterator.latinToASCII.transform("Türkiye")  // "Turkiye"
/// ```
public final class Transliterator: Sendable {
    /// ICU's `Arabic-Latin; Latin-ASCII`: Arabic letters to a consonantal
    /// Latin spelling (ع and ء come out as ʿ and ʾ).
    public static let arabicToLatin = Transliterator(id: "Arabic-Latin; Latin-ASCII")
    /// ICU's `Latin-ASCII`: Latin letters without diacritics (ö → o, ı → i).
    public static let latinToASCII = Transliterator(id: "Latin-ASCII")

    /// The ICU object (as a bit pattern: a pointer is not Sendable), nil
    /// when ICU lacks the transform; then `transform` returns its input.
    private let handle: UInt?
    private let cache = Mutex<[String: String]>([:])

    /// Opens the transform; when ICU lacks it, `transform` returns its input.
    public init(id: String) {
        var status = U_ZERO_ERROR
        let units = Array(id.utf16)
        let opened = marsad_utrans_openU_forward(units, Int32(units.count), &status)
        handle = marsad_u_failure(status) != 0 ? nil : opened.map { UInt(bitPattern: $0) }
    }

    deinit {
        if let pointer = pointer { marsad_utrans_close(pointer) }
    }

    private var pointer: UnsafeMutablePointer<UTransliterator?>? {
        handle.flatMap { UnsafeMutablePointer(bitPattern: $0) }
    }

    /// The transformed text (cached by input). ICU's object is used under
    /// the cache's lock, so one thread at a time.
    public func transform(_ text: String) -> String {
        cache.withLock { cache in
            if let known = cache[text] { return known }
            let result = run(text)
            cache[text] = result
            return result
        }
    }

    /// One ICU call, with room for the result to grow (ث → th); retried
    /// once with the room ICU asks for.
    private func run(_ text: String) -> String {
        guard let handle = pointer, !text.isEmpty else { return text }
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        for _ in 0..<2 {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            var status = U_ZERO_ERROR
            buffer.withUnsafeMutableBufferPointer { b in
                marsad_utrans_transUChars(handle, b.baseAddress, &length, Int32(capacity), &status)
            }
            if marsad_u_failure(status) == 0 { return String(decoding: buffer[0..<Int(length)], as: UTF16.self) }
            guard status == U_BUFFER_OVERFLOW_ERROR else { return text }
            capacity = Int(length) + 16
        }
        return text
    }
}
