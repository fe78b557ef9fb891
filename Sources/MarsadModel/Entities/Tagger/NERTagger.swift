@_implementationOnly import CPrefetch

/// The named-entity sequence tagger: hashed features, the model's weights,
/// BIO-constrained Viterbi decoding, and for a two-pass model a second
/// pass over the whole document (`NERDocument`).
///
/// ```swift
/// let tagger = NERTagger(model: NERModel.standard!)
/// tagger.tag(["قال", "الرئيس", "فلاديمير", "بوتين"])  // ["O", "O", "B-PER", "I-PER"]
/// ```
/// A tagger keeps a table of the word forms it has seen and, per pass, the
/// summed scores of the templates that depend on one word alone (the word
/// itself, the word as a previous word, as a next word), so a word form
/// seen before costs three vector additions instead of half its feature
/// look-ups. It is a class used from one thread at a time.
package final class NERTagger {
    package let model: NERModel
    let table: WordTable
    var index: CatalogIndex { table.index }
    private var best: [Float] = []
    private var back: [Int32] = []
    /// Per word form (entry id + 1; entry 0 is the sentence's edges): its
    /// summed scores as the token, as the previous word and as the next
    /// word, each `9 · passes` floats (the sentence pass's nine first).
    private var wordScores: [Float]
    private var filledWords = 0
    /// Looks the features of `NERSmallTemplates` up by index (false: by
    /// key, like the rest; the scores are the same, which tests check).
    var usesSmallTemplates = true

    package init(model: NERModel, catalog: ActorCatalog = .standard, splitter: CliticSplitter = CliticSplitter()) {
        self.model = model
        self.table = WordTable(splitter: splitter, index: catalog.index)
        let width = 9 * model.table.passes
        wordScores = [Float](repeating: 0, count: 3 * width)
        // The sentence start as a previous word, the end as a next word.
        var keys = [UInt64](repeating: 0, count: 2 * NERFeatures.maximumPerToken)
        var ends: [Int32] = [0, 0]
        keys.withUnsafeMutableBufferPointer { buffer in
            wordScores.withUnsafeMutableBufferPointer { s in
                model.table.withTables { tables in
                    var f = FeatureWriter(out: buffer.baseAddress!)
                    NERFeatures.previous(nil, &f)
                    ends[0] = Int32(f.count)
                    NERFeatures.next(nil, &f)
                    ends[1] = Int32(f.count)
                    // Two "tokens" one group (`width` floats) apart: previous, then next.
                    tables.accumulate(buffer.baseAddress!, ends: ends, tokens: 2, stride: width,
                                      into: s.baseAddress! + width, s.baseAddress! + width + 9)
                }
            }
        }
    }

    /// Tags one sentence given as tokens (a CoNLL file's); returns tag names.
    /// A two-pass model reads the sentence as a document of its own.
    package func tag(_ tokens: [String]) -> [String] {
        tagDocument([tokens])[0]
    }

    /// Tags the sentences of one document (an article): a two-pass model
    /// tags every sentence, then tags them again knowing what it said about
    /// each word in the others.
    package func tagDocument(_ sentences: [[String]]) -> [[String]] {
        let words = sentences.map { $0.map { table.id($0, kind: Self.kind(of: $0)) } }
        let matches = words.map { index.matches($0, table: table) }
        return tagDocument(words: words, matches: matches).map { $0.map { NERTags.names[$0] } }
    }

    /// Tag indexes of the sentences of one document, given as interned
    /// words with their catalog matches.
    func tagDocument(words: [[Int32]], matches: [[CatalogMatch]]) -> [[Int]] {
        fillWordScores()
        let passes = model.table.passes
        let width = 9 * passes
        var starts: [Int] = []
        var total = 0
        for sentence in words {
            starts.append(total)
            total += sentence.count
        }
        // Both passes' scores of every token, but the document templates:
        // the word-level sums from the cache, then every sentence's context
        // templates looked up in one batch.
        var first = [Float](repeating: 0, count: total * 9)
        var second = [Float](repeating: 0, count: passes == 2 ? total * 9 : 9)
        let hot = table.hot
        let longest = max(words.map(\.count).max() ?? 0, 1)
        // Scratch for one sentence at a time: feature keys, small-template
        // indexes, and where each token's features end in both.
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: longest * NERFeatures.maximumPerToken)
        let ends = UnsafeMutablePointer<Int32>.allocate(capacity: longest)
        let smallBuffer = UnsafeMutablePointer<Int32>.allocate(capacity: longest * NERFeatures.maximumPerToken)
        let smallEnds = UnsafeMutablePointer<Int32>.allocate(capacity: longest)
        defer {
            keys.deallocate()
            ends.deallocate()
            smallBuffer.deallocate()
            smallEnds.deallocate()
        }
        let small = usesSmallTemplates ? smallBuffer : nil
        model.table.withTables { tables in
            wordScores.withUnsafeBufferPointer { cached in
                hot.withUnsafeBufferPointer { infos in
                    first.withUnsafeMutableBufferPointer { s1 in
                        second.withUnsafeMutableBufferPointer { s2 in
                            let cache = cached.baseAddress!
                            for (s, sentence) in words.enumerated() {
                                let n = sentence.count
                                let codes = NERFeatures.catalogCodes(matches[s], count: n, index: index)
                                let o1 = s1.baseAddress! + starts[s] * 9
                                let o2 = passes == 2 ? s2.baseAddress! + starts[s] * 9 : s2.baseAddress!
                                sentence.withUnsafeBufferPointer { w in
                                    codes.withUnsafeBufferPointer { c in
                                        var f = FeatureWriter(out: keys, small: small)
                                        for i in 0..<n {
                                            // The cached sums of the word three ahead, which most
                                            // words' first sighting leaves out of the cache.
                                            if i + 3 < n {
                                                let ahead = cache + (Int(w[i + 3]) + 1) * 3 * width
                                                for line in Swift.stride(from: 0, to: 3 * width, by: 16) {
                                                    marsad_prefetch(ahead + line)
                                                }
                                            }
                                            let own = cache + (Int(w[i]) + 1) * 3 * width
                                            let before = cache + (i > 0 ? Int(w[i - 1]) + 1 : 0) * 3 * width + width
                                            let after = cache + (i + 1 < n ? Int(w[i + 1]) + 1 : 0) * 3 * width + 2 * width
                                            for t in 0..<9 { o1[9 * i + t] = own[t] + before[t] + after[t] }
                                            if passes == 2 {
                                                for t in 0..<9 { o2[9 * i + t] = own[9 + t] + before[9 + t] + after[9 + t] }
                                            }
                                            NERFeatures.context(w, infos, c, at: i, &f)
                                            ends[i] = Int32(f.count)
                                            smallEnds[i] = Int32(f.smallCount)
                                        }
                                    }
                                }
                                tables.accumulate(keys, ends: ends, tokens: n, small: small, smallEnds: smallEnds,
                                                  into: o1, o2)
                            }
                        }
                    }
                }
            }
        }
        let firstTags = words.indices.map { decode(first, from: starts[$0], count: words[$0].count,
                                                   model.sentencePass.allowedTransitions) }
        guard let documentPass = model.documentPass else { return firstTags }
        let documentCodes = NERDocument.codes(words: words, tags: firstTags, hot: hot)
        var unused = [Float](repeating: 0, count: longest * 9)
        model.table.withTables { tables in
            hot.withUnsafeBufferPointer { infos in
                second.withUnsafeMutableBufferPointer { s2 in
                    unused.withUnsafeMutableBufferPointer { unused in
                        for (s, sentence) in words.enumerated() {
                            sentence.withUnsafeBufferPointer { w in
                                documentCodes[s].withUnsafeBufferPointer { d in
                                    var f = FeatureWriter(out: keys, small: small)
                                    for i in 0..<sentence.count {
                                        NERFeatures.document(w, infos, at: i, document: d.baseAddress!, &f)
                                        ends[i] = Int32(f.count)
                                        smallEnds[i] = Int32(f.smallCount)
                                    }
                                }
                            }
                            tables.accumulate(keys, ends: ends, tokens: sentence.count, small: small,
                                              smallEnds: smallEnds, into: unused.baseAddress!, s2.baseAddress! + starts[s] * 9)
                        }
                    }
                }
            }
        }
        return words.indices.map {
            droppingPronounNames(decode(second, from: starts[$0], count: words[$0].count, documentPass.allowedTransitions),
                                 words[$0], hot)
        }
    }

    /// A one-word person, organization or place that is a common word with
    /// an attached pronoun ("باحتلاله", by its occupation) is no name.
    /// Applied to the document pass's tags only, so the sentence-pass
    /// models that training tags its folds with are unchanged.
    private func droppingPronounNames(_ tags: [Int], _ words: [Int32], _ hot: [HotWord]) -> [Int] {
        var tags = tags
        for i in tags.indices where hot[Int(words[i])].hasPronounSuffix && tags[i] != 0 && tags[i] < 7
            && !NERTags.isInside(tags[i]) && (i + 1 == tags.count || !NERTags.isInside(tags[i + 1])) {
            tags[i] = 0
        }
        return tags
    }

    /// Sums the word-level templates of forms added to the table since
    /// last time (in batches, like the context templates).
    private func fillWordScores() {
        let hot = table.hot
        guard filledWords < hot.count else { return }
        let width = 9 * model.table.passes
        wordScores.append(contentsOf: repeatElement(0, count: (hot.count - filledWords) * 3 * width))
        let batch = 256
        var keys = [UInt64](repeating: 0, count: batch * 3 * NERFeatures.maximumPerToken)
        var ends = [Int32](repeating: 0, count: batch * 3)
        keys.withUnsafeMutableBufferPointer { keys in
            ends.withUnsafeMutableBufferPointer { ends in
                wordScores.withUnsafeMutableBufferPointer { s in
                    model.table.withTables { tables in
                        for from in stride(from: filledWords, to: hot.count, by: batch) {
                            let to = min(from + batch, hot.count)
                            var f = FeatureWriter(out: keys.baseAddress!)
                            for id in from..<to {
                                let k = 3 * (id - from)
                                NERFeatures.word(hot[id], &f)
                                ends[k] = Int32(f.count)
                                NERFeatures.previous(hot[id], &f)
                                ends[k + 1] = Int32(f.count)
                                NERFeatures.next(hot[id], &f)
                                ends[k + 2] = Int32(f.count)
                            }
                            // Entry id + 1 holds groups word, previous, next of `width` floats.
                            let out = s.baseAddress! + (from + 1) * 3 * width
                            tables.accumulate(keys.baseAddress!, ends: ends.baseAddress!, tokens: 3 * (to - from),
                                              stride: width, into: out, out + 9)
                            // A feminine adjective is never part of a person's name, in either pass.
                            for id in from..<to where hot[id].isFeminineAdjective {
                                let own = s.baseAddress! + (id + 1) * 3 * width
                                for pass in 0..<model.table.passes {
                                    own[9 * pass + 1] -= Self.forbidden
                                    own[9 * pass + 2] -= Self.forbidden
                                }
                            }
                        }
                    }
                }
            }
        }
        filledWords = hot.count
    }

    /// Subtracted from a tag's score where the tag cannot be right.
    static let forbidden: Float = 1e6

    /// Viterbi over the scores of `n` tokens from token `from`; forbidden
    /// moves are -∞ in `transitions`.
    private func decode(_ scores: [Float], from: Int, count n: Int, _ transitions: [Float]) -> [Int] {
        guard n > 0 else { return [] }
        let tags = 9
        if best.count < n * tags {
            best = [Float](repeating: 0, count: n * tags * 2)
            back = [Int32](repeating: 0, count: n * tags * 2)
        }
        return scores.withUnsafeBufferPointer { all in
            best.withUnsafeMutableBufferPointer { b in
                back.withUnsafeMutableBufferPointer { k in
                    NERModel.viterbi(all.baseAddress! + from * tags, count: n, tags: tags, transitions: transitions,
                                     best: b.baseAddress!, back: k.baseAddress!)
                }
            }
        }
    }

    /// The token kind of a word given as text.
    package static func kind(of token: String) -> TokenKind {
        guard let first = token.unicodeScalars.first else { return .punctuation }
        switch CharClass.of(first) {
        case .arabicLetter, .mark: return .arabicWord
        case .otherLetter: return .latinWord
        case .digit: return .number
        case .space, .other:
            // "(د" and the like: a word after a bracket.
            return token.unicodeScalars.contains { CharClass.of($0) == .arabicLetter } ? .arabicWord : .punctuation
        }
    }
}
