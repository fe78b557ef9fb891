import MarsadModel

/// Three short articles written for the tests in the style of July 2015
/// news (Yemen's war, Turkey and the PKK): actors the catalog does not
/// know, named in Arabic only (هادي، صالح، أوجلان), for English and Latin
/// look-ups.
public enum YemenTurkeySample {
    public static let texts: [(id: String, text: String)] = [
        ("yemen-hadi.txt", """
        عدن (وكالات) - قال الرئيس اليمني عبد ربه منصور هادي إن الحكومة الشرعية ستعود إلى عدن خلال أيام.
        وأضاف هادي في كلمة بثها التلفزيون الرسمي أن المقاومة الشعبية تقدمت في محافظة لحج.
        وقال رئيس الوزراء خالد بحاح إن هادي سيلتقي قادة التحالف في الرياض الأسبوع المقبل.
        """),
        ("yemen-saleh.txt", """
        صنعاء - اتهمت الحكومة اليمنية الرئيس السابق علي عبد الله صالح بتسليح الحوثيين.
        وقالت مصادر عسكرية إن قوات موالية لصالح قصفت أحياء سكنية في تعز.
        ونفى حزب المؤتمر الشعبي العام الذي يتزعمه صالح هذه الاتهامات.
        """),
        ("turkey-pkk.txt", """
        أنقرة - قصفت مقاتلات تركية مواقع لحزب العمال الكردستاني في شمال العراق.
        ودعا عبد الله أوجلان زعيم الحزب المسجون في جزيرة إيمرالي إلى العودة إلى الحوار.
        وقال رئيس الوزراء التركي أحمد داود أوغلو إن العمليات ستستمر.
        وقال القيادي الكردي حامد محمود إن أوجلان لا يزال يحظى بتأييد واسع.
        """),
    ]

    /// The articles, loaded as the loader loads a text file.
    public static var corpus: Corpus {
        Corpus(articles: texts.map { CorpusLoader().load(text: $0.text, id: $0.id) })
    }

    /// Their analysis (entities only) with the shipped catalog.
    public static let analysis = CorpusAnalysis.analyze(corpus, parts: .entities)
}
