/// Infers the publication date of an article that states none, from what
/// its text says about time, and says how sure it is.
///
/// Evidence, strongest first:
/// - a full date with a relative day: "اليوم الخميس 1 أكتوبر 2020" (published
///   that day), "أمس الأربعاء 14 سبتمبر 2022" (the day after);
/// - a weekday with a day and month but no year ("الثلاثاء 13 سبتمبر"): the
///   year is the first one, from the latest year the text mentions on,
///   in which that day falls on that weekday (unsure when the text names
///   no year, refused when no year is mentioned at all);
/// - a relative day with a weekday ("أمس الأربعاء" → published on a
///   Thursday) places publication after the latest dated day.
///
/// Without a dated day the article stays undated: a bare weekday or "أمس"
/// alone cannot date it, and its relative expressions keep relative values.
///
/// Confidence: 0.9 for a full date tied to publication by a relative day;
/// 0.75 when the year came from the weekday and only one year fits; then
/// 0.7 (latest dated day + publication weekday) and 0.45 (latest dated day
/// alone), lowered by a third when several years fit the weekday.
public struct PublicationDateInference: Sendable {
    struct Result: Hashable, Sendable {
        var date: CalendarDate
        /// 0...1.
        var confidence: Double
        /// What the inference rests on, in words (for a reader or a log).
        var evidence: String

        /// Dates an article's metadata with this result.
        func set(on metadata: inout ArticleMetadata) {
            metadata.date = date
            metadata.dateSource = .inferred
            metadata.dateConfidence = confidence
        }
    }

    public var tagger: TimeTagger
    /// How many years after the latest mentioned year a weekday-dated day
    /// may fall.
    var yearWindow = 6

    public init(tagger: TimeTagger = TimeTagger()) {
        self.tagger = tagger
    }

    /// The inferred date of an article, or nil when the text does not allow it.
    func infer(_ article: Article) -> Result? {
        infer(AnalyzedArticle(article))
    }

    /// The inferred date of an article already read.
    func infer(_ document: AnalyzedArticle) -> Result? {
        let article = document.article
        let parsed = tagger.parse(document).filter { !$0.inBoilerplate }
        // The latest year the text mentions bounds weekday-dated days.
        var years: [Int] = []
        for item in parsed {
            switch item.phrase {
            case .year(let y): years.append(y)
            case .month(let m) where !m.hijri: if let y = m.year { years.append(y) }
            case .day(let d): if let y = d.date?.year { years.append(y) }
            default: break
            }
        }
        let latestYear = years.max()

        struct Anchor {
            var day: CalendarDate
            /// Days from this day to publication, when a relative day says so.
            var toPublication: Int?
            var yearConfidence: Double
            var explicitYear: Bool
            var text: String
        }
        var anchors: [Anchor] = []
        var publicationWeekdays: [Int: String] = [:]
        for item in parsed {
            guard case .day(let p) = item.phrase else { continue }
            let text = article.text(in: item.range)
            let toPublication = p.relativeDay.map { -$0 }
            if let date = p.date, !date.hijri {
                if let y = date.year, let d = CalendarDate(year: y, month: date.month, day: date.day) {
                    anchors.append(Anchor(day: d, toPublication: toPublication, yearConfidence: 1, explicitYear: true,
                                          text: text))
                } else if let w = p.weekday, let latestYear {
                    let fits = (latestYear...(latestYear + yearWindow)).compactMap {
                        CalendarDate(year: $0, month: date.month, day: date.day)
                    }.filter { $0.isoWeekday == w }
                    if let first = fits.first {
                        anchors.append(Anchor(day: first, toPublication: toPublication,
                                              yearConfidence: fits.count == 1 ? 1 : 0.67, explicitYear: false, text: text))
                    }
                }
            } else if let r = p.relativeDay, let w = p.weekday {
                publicationWeekdays[((w - 1 - r) % 7 + 7) % 7 + 1] = text
            }
        }
        if let tied = anchors.filter({ $0.toPublication != nil }).max(by: { $0.yearConfidence < $1.yearConfidence }) {
            let date = tied.day.adding(days: tied.toPublication!)
            let confidence = tied.explicitYear ? 0.9 : (tied.yearConfidence == 1 ? 0.75 : 0.5)
            return Result(date: date, confidence: confidence, evidence: "“\(tied.text)” names the day relative to publication")
        }
        guard let latest = anchors.max(by: { $0.day < $1.day }) else { return nil }
        let factor = latest.yearConfidence
        if publicationWeekdays.count == 1, let (w, text) = publicationWeekdays.first {
            let ahead = (w - latest.day.isoWeekday + 7) % 7
            return Result(date: latest.day.adding(days: ahead), confidence: 0.7 * factor,
                          evidence: "latest dated day “\(latest.text)”, published on the weekday “\(text)” implies")
        }
        return Result(date: latest.day, confidence: 0.45 * factor,
                      evidence: "latest dated day “\(latest.text)”")
    }

    /// The corpus with inferred dates set on articles that had none
    /// (`dateSource = .inferred`, `dateConfidence`).
    public func apply(to corpus: Corpus) -> Corpus {
        var corpus = corpus
        for i in corpus.articles.indices where corpus.articles[i].metadata.date == nil {
            guard let result = infer(corpus.articles[i]) else { continue }
            result.set(on: &corpus.articles[i].metadata)
        }
        return corpus
    }
}
