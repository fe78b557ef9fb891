/// Finds and links the named entities of a corpus: every person,
/// organization and place, anywhere in each file's text.
///
/// Pipeline, per sentence (the `SentenceSplitter` sentences the timeline
/// reads too, from `AnalyzedArticle`): tokens → word table (normalized form, clitic
/// split, feature hashes; once per distinct word) → catalog aliases
/// (`CatalogIndex.matches`) → the trained tagger (`NERTagger`, BIO with
/// PER/ORG/LOC/MISC) → the two are reconciled (`MentionResolver`): a
/// catalog alias wins where the tagger agrees or says nothing, except that
/// a longer name the tagger found keeps its span; titles are cut off the
/// front of person names and proclitics off the front of every name.
/// Then, per article, names found once are looked for again where the
/// first pass missed them (`NamePropagator`: "البرهان" after "عبد الفتاح
/// البرهان", "ودقلو" → "دقلو"). Then, over the whole corpus, names the catalog does not know become
/// actors of their own, with spelling variants and bare surnames merged
/// (`ActorLinker`). MISC entities are not reported.
public struct EntityAnalyzer: Sendable {
    public var catalog: ActorCatalog
    /// The tagger's weights; nil runs on the catalog alone.
    public var model: NERModel?
    public var splitter: CliticSplitter

    public init(catalog: ActorCatalog, model: NERModel? = NERModel.standard, splitter: CliticSplitter = CliticSplitter()) {
        self.catalog = catalog
        self.model = model
        self.splitter = splitter
    }

    /// `articleDone`, when given, is called after each article with the
    /// number of articles analysed so far (for progress displays).
    public func analyze(_ corpus: Corpus, articleDone: ((Int) -> Void)? = nil)
        -> (mentionsByArticle: [ArticleID: [Mention]], actors: [ActorID: Actor]) {
        analyze(documents: corpus.articles.lazy.map(AnalyzedArticle.init), articleDone: articleDone)
    }

    /// The same, on articles already read (`CorpusAnalysis` reads each
    /// once for every analyser).
    public func analyze<Documents: Sequence>(documents: Documents, articleDone: ((Int) -> Void)? = nil)
        -> (mentionsByArticle: [ArticleID: [Mention]], actors: [ActorID: Actor]) where Documents.Element == AnalyzedArticle {
        var finder = NameFinder(self)
        var found: [ArticleID: [FoundName]] = [:]
        for document in documents {
            found[document.article.id] = finder.names(in: document)
            articleDone?(found.count)
        }
        return link(found)
    }

    /// The corpus-wide step: every article's names given their actors.
    func link(_ found: [ArticleID: [FoundName]]) -> (mentionsByArticle: [ArticleID: [Mention]], actors: [ActorID: Actor]) {
        ActorLinker(index: catalog.index, splitter: splitter).link(found)
    }
}

/// The per-article part of `EntityAnalyzer`: an article's names with
/// their catalog targets, before linking. Holds what its articles share
/// (the word table, the tagger, their scratch), so one finder serves many
/// articles in turn; what it finds in an article depends on that article
/// alone.
struct NameFinder {
    let index: CatalogIndex
    let table: WordTable
    let tagger: NERTagger?
    let resolver: MentionResolver
    let propagator: NamePropagator
    private var words: [Int32] = []
    private var articleTokens: [TokenSpan] = []
    private var articleWords: [Int32] = []
    /// `MentionResolver`'s steps over every article so far (tests count
    /// work with it, not time).
    private(set) var resolverSteps = 0

    init(_ analyzer: EntityAnalyzer) {
        index = analyzer.catalog.index
        if let model = analyzer.model {
            let t = NERTagger(model: model, catalog: analyzer.catalog, splitter: analyzer.splitter)
            tagger = t
            table = t.table
        } else {
            tagger = nil
            table = WordTable(splitter: analyzer.splitter, index: index)
        }
        resolver = MentionResolver(index: index, table: table)
        propagator = NamePropagator(table: table, splitter: analyzer.splitter)
    }

    /// The names of one article, in text order.
    mutating func names(in document: AnalyzedArticle) -> [FoundName] {
        let article = document.article
        var names: [FoundName] = []
        articleTokens.removeAll(keepingCapacity: true)
        articleWords.removeAll(keepingCapacity: true)
        var sentenceTokens: [[TokenSpan]] = []
        var sentenceWords: [[Int32]] = []
        var sentenceMatches: [[CatalogMatch]] = []
        article.scalars.withUnsafeBufferPointer { scalars in
            for p in document.paragraphSpans.indices {
                for piece in document.sentencePieces(ofParagraph: p) {
                    let sentence = Array(document.spans[piece])
                    words.removeAll(keepingCapacity: true)
                    for t in sentence { words.append(table.id(scalars, t.start, t.end, kind: t.kind)) }
                    sentenceTokens.append(sentence)
                    sentenceWords.append(words)
                    sentenceMatches.append(index.matches(words, table: table))
                    articleTokens += sentence
                    articleWords += words
                }
            }
        }
        // The tagger reads the whole article: its second pass knows what
        // its first said about each word in the other sentences.
        let tags = tagger?.tagDocument(words: sentenceWords, matches: sentenceMatches) ?? []
        for s in sentenceTokens.indices {
            names += resolver.resolve(tokens: sentenceTokens[s], words: sentenceWords[s], matches: sentenceMatches[s],
                                      tags: tags.isEmpty ? [] : tags[s], scalars: article.scalars,
                                      steps: &resolverSteps)
        }
        names = propagator.propagate(names, tokens: articleTokens, words: articleWords, scalars: article.scalars,
                                     index: index)
        for i in names.indices { names[i].inBoilerplate = article.isBoilerplate(names[i].range) }
        return names
    }
}
