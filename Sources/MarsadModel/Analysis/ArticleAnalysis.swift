/// What analysis found in one article on its own, before the corpus-wide
/// steps (actor linking across articles, the timeline's groups): the
/// names with their catalog targets, the time expressions, and the
/// publication date inferred for an undated article.
///
/// It is the unit the archive keeps between runs (`AnalysisCache`), so an
/// unchanged article is never analysed twice. `encoded()` is a compact
/// binary form; `init(decoding:for:)` reads it back against the same
/// article and refuses bytes that do not fit it.
///
/// ```swift
/// let bytes = one.encoded()                                // one: made by CorpusAnalysis
/// ArticleAnalysis(decoding: bytes, for: article) == one    // true
/// ```
public struct ArticleAnalysis: Sendable, Equatable {
    /// Names in text order, before linking (`ActorLinker` gives them actors).
    var names: [FoundName]
    /// Time expressions in text order.
    var times: [TimeExpression]
    /// The date inferred for an article that states none.
    var inferredDate: PublicationDateInference.Result?

    /// Bumped whenever a rule changes what analysis finds in an article:
    /// part of `AnalysisVersion`, so every cached analysis is redone.
    public static let codeVersion = 1
}

// MARK: - Binary form

extension ArticleAnalysis {
    /// Format of `encoded()`; bytes of another format are refused.
    static let formatVersion: UInt8 = 1

    /// The analysis as bytes: varints and length-prefixed UTF-8.
    public func encoded() -> [UInt8] {
        var w = ByteWriter()
        w.byte(Self.formatVersion)
        w.uint(names.count)
        for name in names {
            w.uint(name.range.start)
            w.uint(name.range.end - name.range.start)
            w.string(name.type.rawValue)
            var flags: UInt8 = 0
            if name.isNisba { flags |= 1 }
            if name.inBoilerplate { flags |= 2 }
            if name.restoresArticle { flags |= 4 }
            w.byte(flags)
            w.string(name.text)
            w.string(name.key)
            switch name.target {
            case nil: w.byte(0)
            case .actor(let id): w.byte(1); w.string(id.rawValue)
            case .nisba(let id): w.byte(2); w.string(id.rawValue)
            case .institution(let kind, let country): w.byte(3); w.uint(kind); w.string(country.rawValue)
            }
        }
        w.uint(times.count)
        for t in times {
            w.uint(t.range.start)
            w.uint(t.range.end - t.range.start)
            w.string(t.type.rawValue)
            w.byte(t.inBoilerplate ? 1 : 0)
            w.string(t.text)
            w.string(t.value)
            w.optionalString(t.timeZone)
        }
        if let d = inferredDate {
            w.byte(1)
            w.string(d.date.iso)
            w.double(d.confidence)
            w.string(d.evidence)
        } else {
            w.byte(0)
        }
        return w.bytes
    }

    /// Reads `encoded()` back for `article`; nil when the bytes are of
    /// another format, damaged, or do not fit the article (a range past
    /// its end), so a bad cache entry is analysed again, never trusted.
    public init?(decoding bytes: [UInt8], for article: Article) {
        var r = ByteReader(bytes)
        guard r.byte() == Self.formatVersion, let nameCount = r.uint() else { return nil }
        let limit = article.scalars.count
        func range() -> ScalarRange? {
            guard let start = r.uint(), let length = r.uint(), start <= limit, length <= limit - start else { return nil }
            return ScalarRange(start: start, end: start + length)
        }
        var names: [FoundName] = []
        names.reserveCapacity(min(nameCount, bytes.count))
        for _ in 0..<nameCount {
            guard let range = range(), let type = r.string().flatMap(EntityType.init(rawValue:)), let flags = r.byte(),
                  let text = r.string(), let key = r.string(), let tag = r.byte() else { return nil }
            let target: AliasTarget?
            switch tag {
            case 0: target = nil
            case 1: guard let id = r.string() else { return nil }; target = .actor(ActorID(id))
            case 2: guard let id = r.string() else { return nil }; target = .nisba(ActorID(id))
            case 3:
                guard let kind = r.uint(), let id = r.string() else { return nil }
                target = .institution(kind: kind, country: ActorID(id))
            default: return nil
            }
            names.append(FoundName(range: range, text: text, type: type, target: target, isNisba: flags & 1 != 0,
                                   key: key, inBoilerplate: flags & 2 != 0, restoresArticle: flags & 4 != 0))
        }
        guard let timeCount = r.uint() else { return nil }
        var times: [TimeExpression] = []
        times.reserveCapacity(min(timeCount, bytes.count))
        for _ in 0..<timeCount {
            guard let range = range(), let type = r.string().flatMap(TimexType.init(rawValue:)), let flags = r.byte(),
                  let text = r.string(), let value = r.string(), let zone = r.optionalString() else { return nil }
            times.append(TimeExpression(articleID: article.id, range: range, text: text, type: type, value: value,
                                        inBoilerplate: flags & 1 != 0, timeZone: zone))
        }
        guard let hasDate = r.byte() else { return nil }
        var inferred: PublicationDateInference.Result?
        if hasDate == 1 {
            guard let date = r.string().flatMap(CalendarDate.init(iso:)), let confidence = r.double(),
                  let evidence = r.string() else { return nil }
            inferred = .init(date: date, confidence: confidence, evidence: evidence)
        }
        guard r.atEnd else { return nil }
        self.init(names: names, times: times, inferredDate: inferred)
    }
}

/// Appends varints, strings and doubles to a byte array.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// LEB128: seven bits a byte, low first.
    mutating func uint(_ value: Int) {
        precondition(value >= 0)
        var v = UInt(value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        uint(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func optionalString(_ s: String?) {
        if let s { byte(1); string(s) } else { byte(0) }
    }

    mutating func double(_ d: Double) {
        var bits = d.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }
}

/// Reads what `ByteWriter` wrote; every read is nil past the end or on a
/// malformed value.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func uint() -> Int? {
        var value: UInt = 0
        var shift: UInt = 0
        while let b = byte() {
            guard shift < 63 else { return nil }
            value |= UInt(b & 0x7F) << shift
            if b & 0x80 == 0 { return value <= UInt(Int.max) ? Int(value) : nil }
            shift += 7
        }
        return nil
    }

    mutating func string() -> String? {
        guard let n = uint(), n <= bytes.count - offset else { return nil }
        defer { offset += n }
        return String(validating: bytes[offset..<offset + n], as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) }
        default: return nil
        }
    }

    mutating func double() -> Double? {
        guard bytes.count - offset >= 8 else { return nil }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Double(bitPattern: bits)
    }
}
