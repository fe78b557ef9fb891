/// Finds the time expressions of an article and gives each its TIMEX3
/// type and value, resolved against the publication date.
///
/// Every paragraph is read (boilerplate too, marked `inBoilerplate`, so a
/// reader can dim it); front matter is metadata, not text, and is skipped.
/// Relative expressions ("الثلاثاء", "أمس الأربعاء", "الأسبوع الماضي")
/// resolve against `article.metadata.date`; when the article has no date
/// they keep a relative value ("XXXX-WXX-2", "PUB-1D") and are never
/// silently dated. Expressions without a day of their own ("مساء",
/// "الساعة 06,00 ت غ", "غداة …") take the day the same paragraph named
/// last before them, else the publication day.
///
/// ```swift
/// let article = CorpusLoader().load(text: "اتهمت أرمينيا أمس الأربعاء أذربيجان.", id: "a",
///                                   metadata: ArticleMetadata(date: CalendarDate(iso: "2022-09-15")))
/// TimeTagger().tag(article).map(\.value)  // ["2022-09-14"]
/// ```
public struct TimeTagger: Sendable {
    public var splitter: CliticSplitter

    public init(splitter: CliticSplitter = CliticSplitter()) {
        self.splitter = splitter
    }

    /// The article's time expressions in text order, anchored on its
    /// publication date.
    public func tag(_ article: Article) -> [TimeExpression] {
        tag(article, anchor: article.metadata.date)
    }

    /// The article's time expressions, anchored on `anchor` (nil: undated).
    public func tag(_ article: Article, anchor: CalendarDate?) -> [TimeExpression] {
        tag(AnalyzedArticle(article), anchor: anchor)
    }

    /// The time expressions of an article already read, anchored on its
    /// publication date.
    public func tag(_ document: AnalyzedArticle) -> [TimeExpression] {
        tag(document, anchor: document.article.metadata.date)
    }

    /// The time expressions of an article already read, anchored on `anchor`.
    public func tag(_ document: AnalyzedArticle, anchor: CalendarDate?) -> [TimeExpression] {
        let article = document.article
        let parsed = parse(document)
        var frame = Frame(anchor: anchor)
        if anchor == nil { frame.publicationWeekday = Self.publicationWeekday(parsed) }
        var result: [TimeExpression] = []
        result.reserveCapacity(parsed.count)
        var paragraph = -1
        for item in parsed {
            if item.paragraphIndex != paragraph {
                paragraph = item.paragraphIndex
                frame.paragraphDay = nil
                frame.paragraphYear = nil
            }
            let resolved = Self.resolve(item.phrase, frame: frame)
            if let day = resolved.day { frame.paragraphDay = day }
            if let year = TimexValue(resolved.value).dayRange.map({ $0.lowerBound.year }), resolved.type != .duration,
               TimexValue(resolved.value).granularity.map({ $0 >= .year }) == true {
                frame.paragraphYear = year
            }
            result.append(TimeExpression(articleID: article.id, range: item.range, text: article.text(in: item.range),
                                         type: resolved.type, value: resolved.value, inBoilerplate: item.inBoilerplate,
                                         timeZone: resolved.zone))
        }
        return result
    }

    // MARK: - Parsing

    /// A phrase found in the text, not yet resolved.
    struct ParsedTime: Sendable {
        var range: ScalarRange
        var phrase: TimePhrase
        var sentenceIndex: Int
        var paragraphIndex: Int
        var inBoilerplate: Bool
    }

    func parse(_ document: AnalyzedArticle) -> [ParsedTime] {
        let article = document.article
        var out: [ParsedTime] = []
        let cache = TimeGrammar.FormCache()
        for (pi, paragraph) in article.paragraphs.enumerated() where paragraph.role != .frontMatter {
            let tokens = document.tokens(document.paragraphSpans[pi])
            guard !tokens.isEmpty else { continue }
            let grammar = TimeGrammar(tokens: tokens, splitter: splitter, cache: cache)
            var i = 0
            while i < tokens.count {
                guard let m = grammar.parse(at: i), m.end > i else {
                    i += 1
                    continue
                }
                let start = tokens[m.start].range.start + m.prefix
                let range = ScalarRange(start: start, end: tokens[m.end - 1].range.end)
                let sentence = paragraph.sentenceIndexes.last { article.sentences[$0].range.start <= start }
                    ?? paragraph.sentenceIndexes.first ?? -1 - pi
                out.append(ParsedTime(range: range, phrase: m.phrase, sentenceIndex: sentence, paragraphIndex: pi,
                                      inBoilerplate: paragraph.isBoilerplate))
                i = m.end
            }
        }
        return out
    }

    // MARK: - Resolution

    /// The day a sentence has named so far: a calendar day, or a relative
    /// date part ("XXXX-WXX-2", "PUB-1D") when the article is undated.
    struct DayReference: Sendable {
        var day: CalendarDate?
        var relative: String?

        var datePart: String { day?.iso ?? relative ?? "PUB" }
    }

    struct Resolved {
        var type: TimexType
        var value: String
        var zone: String?
        /// Set when the expression names a day later ones may refer to.
        var day: DayReference?
    }

    /// What relative expressions resolve against.
    struct Frame {
        var anchor: CalendarDate?
        /// The weekday of an undated article's publication, when the text
        /// tells it ("اليوم الإثنين", "أمس الأحد").
        var publicationWeekday: Int?
        /// The day the current paragraph has named so far.
        var paragraphDay: DayReference?
        /// The year the current paragraph last named ("… من العام نفسه").
        var paragraphYear: Int?

        /// A day relative to publication: "2022-09-14", else a weekday when
        /// the publication weekday is known ("XXXX-WXX-7"), else "PUB-1D".
        func relativeDay(_ offset: Int) -> DayReference {
            if let anchor { return DayReference(day: anchor.adding(days: offset)) }
            if let w = publicationWeekday { return DayReference(relative: "XXXX-WXX-\(((w - 1 + offset) % 7 + 7) % 7 + 1)") }
            return DayReference(relative: TimeTagger.publicationOffset(offset, .day))
        }
    }

    /// The publication weekday an undated text reveals by a relative day
    /// with a weekday, when all such phrases agree.
    static func publicationWeekday(_ parsed: [ParsedTime]) -> Int? {
        var found: Set<Int> = []
        for item in parsed where !item.inBoilerplate {
            guard case .day(let p) = item.phrase, p.date == nil, let r = p.relativeDay, let w = p.weekday else { continue }
            found.insert(((w - 1 - r) % 7 + 7) % 7 + 1)
        }
        return found.count == 1 ? found.first : nil
    }

    static func resolve(_ phrase: TimePhrase, frame: Frame) -> Resolved {
        let anchor = frame.anchor
        switch phrase {
        case .day(let p):
            return resolveDay(p, frame: frame)
        case .month(var m):
            if m.sameYear, m.year == nil { m.year = frame.paragraphYear ?? anchor?.year }
            return Resolved(type: .date, value: monthValue(m, anchor: anchor))
        case .year(let y):
            return Resolved(type: .date, value: String(format: "%04d", y))
        case .sameYear:
            guard let y = frame.paragraphYear ?? anchor?.year else { return Resolved(type: .date, value: "XXXX") }
            return Resolved(type: .date, value: String(format: "%04d", y))
        case .hijriYear(let y):
            guard let range = HijriCalendar.gregorianRange(year: y) else { return Resolved(type: .date, value: "XXXX") }
            return Resolved(type: .date, value: HijriCalendar.coarseValue(range))
        case .decade(let d):
            return Resolved(type: .date, value: String(d))
        case .century(let c):
            return Resolved(type: .date, value: String(c))
        case .relativeUnit(let unit, let offset):
            guard let anchor else { return Resolved(type: .date, value: publicationOffset(offset, unit)) }
            return Resolved(type: .date, value: shifted(anchor, by: offset, unit))
        case .ago(let unit, let count):
            guard let anchor else { return Resolved(type: .date, value: publicationOffset(-count, unit)) }
            let value = shifted(anchor, by: -count, unit)
            let day = unit == .day ? CalendarDate(iso: value).map { DayReference(day: $0) } : nil
            return Resolved(type: .date, value: value, day: day)
        case .duration(let v):
            return Resolved(type: .duration, value: v)
        case .set(let v):
            return Resolved(type: .set, value: v)
        case .weekdaySet(let w):
            return Resolved(type: .set, value: "XXXX-WXX-\(w)")
        case .reference(let r):
            return Resolved(type: .date, value: r)
        }
    }

    private static func resolveDay(_ p: DayPhrase, frame: Frame) -> Resolved {
        let anchor = frame.anchor, paragraphDay = frame.paragraphDay
        var reference: DayReference
        var namesDay = true
        if let date = p.date {
            if let year = date.year, let d = CalendarDate(year: year, month: date.month, day: date.day) {
                reference = DayReference(day: d)
            } else if date.hijri {
                // A Hijri day without its year: the year around the anchor.
                if let anchor {
                    let h = HijriCalendar.hijri(of: anchor)
                    let candidates = [h.year - 1, h.year, h.year + 1].compactMap {
                        HijriCalendar.gregorian(year: $0, month: date.month, day: date.day)
                    }
                    let best = candidates.min { abs(anchor.days(to: $0)) < abs(anchor.days(to: $1)) }
                    reference = DayReference(day: best, relative: best == nil ? "XXXX-XX-XX" : nil)
                } else {
                    reference = DayReference(relative: "XXXX-XX-XX")
                }
            } else if let anchor {
                // Prefer the year in which the weekday given with it matches.
                var day = anchor.resolving(month: date.month, day: date.day, direction: p.dateDirection)
                if let w = p.weekday, day?.isoWeekday != w {
                    let years = [anchor.year - 1, anchor.year, anchor.year + 1]
                    if let match = years.compactMap({ CalendarDate(year: $0, month: date.month, day: date.day) })
                        .first(where: { $0.isoWeekday == w }) {
                        day = match
                    }
                }
                reference = DayReference(day: day, relative: day == nil ? String(format: "XXXX-%02d-%02d", date.month, date.day) : nil)
            } else {
                reference = DayReference(relative: String(format: "XXXX-%02d-%02d", date.month, date.day))
            }
        } else if let offset = p.relativeDay {
            reference = frame.relativeDay(offset)
        } else if let w = p.weekday {
            if let anchor {
                reference = DayReference(day: anchor.resolving(weekday: w, direction: p.weekdayDirection, future: p.future))
            } else {
                reference = DayReference(relative: "XXXX-WXX-\(w)")
            }
        } else {
            // Only a part of the day, a clock time or "غداة": the day the
            // paragraph last named, else publication day.
            namesDay = false
            if let paragraphDay {
                reference = paragraphDay
            } else {
                // A bare "ليلا" in a report of the day's events is the night
                // before it was written.
                let lastNight = p.partOfDay == .night && p.hour == nil && !p.future && !p.eventRelative
                reference = frame.relativeDay(lastNight ? -1 : 0)
            }
        }
        var value = reference.datePart
        var type = TimexType.date
        if let hour = p.hour {
            value += String(format: "T%02d:%02d", hour, p.minute ?? 0)
            type = .time
        } else if let pod = p.partOfDay {
            value += "T" + pod.rawValue
            type = .time
        }
        return Resolved(type: type, value: value, zone: p.zone, day: namesDay ? reference : nil)
    }

    private static func monthValue(_ m: MonthPhrase, anchor: CalendarDate?) -> String {
        if m.hijri {
            var year = m.year
            if year == nil, let anchor {
                let h = HijriCalendar.hijri(of: anchor)
                switch m.direction {
                case .past?: year = m.month < h.month ? h.year : h.year - 1
                case .next?: year = m.month > h.month ? h.year : h.year + 1
                default: year = h.year
                }
            }
            guard let year, let range = HijriCalendar.gregorianRange(year: year, month: m.month) else { return "XXXX" }
            return HijriCalendar.coarseValue(range)
        }
        if let year = m.year { return String(format: "%04d-%02d", year, m.month) }
        guard let anchor else { return String(format: "XXXX-%02d", m.month) }
        return String(format: "%04d-%02d", anchor.resolvingYear(month: m.month, direction: m.direction, future: m.future), m.month)
    }

    /// The anchor moved by whole units, as a value of the unit's granularity.
    private static func shifted(_ anchor: CalendarDate, by n: Int, _ unit: TimeLexicon.Unit) -> String {
        switch unit {
        case .minute, .hour: return anchor.iso
        case .day: return anchor.adding(days: n).iso
        case .week: return TimexValue.isoWeek(of: anchor.adding(days: 7 * n))
        case .month:
            let d = anchor.adding(months: n)
            return String(format: "%04d-%02d", d.year, d.month)
        case .year: return String(format: "%04d", anchor.year + n)
        case .decade: return String(format: "%04d", anchor.year + 10 * n)
        case .century: return String(format: "%04d", anchor.year + 100 * n)
        }
    }

    /// "PUB-1D", "PUB+0W": relative to an unknown publication day.
    static func publicationOffset(_ n: Int, _ unit: TimeLexicon.Unit) -> String {
        let letter: String
        var count = n
        switch unit {
        case .minute, .hour, .day: letter = "D"; if unit != .day { count = 0 }
        case .week: letter = "W"
        case .month: letter = "M"
        case .year: letter = "Y"
        case .decade: letter = "Y"; count = 10 * n
        case .century: letter = "Y"; count = 100 * n
        }
        if letter == "D" && count == 0 { return "PUB" }
        return "PUB" + (count >= 0 ? "+" : "-") + String(abs(count)) + letter
    }
}
