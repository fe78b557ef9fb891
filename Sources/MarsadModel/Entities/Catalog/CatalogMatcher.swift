/// A catalog alias found in a sentence, over tokens `start..<end`.
package struct CatalogMatch {
    var start: Int
    var end: Int
    var entry: Int32
    /// Scalars of proclitics at the start of the first token to leave out.
    var skipScalars: Int
}

extension CatalogIndex {
    /// Words that end in alef without being accusative nouns (`names.tsv`).
    static let alefFunctionWords: Set<String> = WordLists.names.set("alef-function-word")

    /// The catalog aliases of a sentence, left to right, longest first;
    /// matches do not overlap.
    ///
    /// A form that is both a name and a nisba (أرمينيا, and أرمينيا the
    /// accusative of أرميني) is read as the nisba after an accusative noun
    /// ("صاروخا أرمينيا") or with tanween ("جندياً أرمينياً").
    package func matches(_ words: [Int32], table: WordTable) -> [CatalogMatch] {
        var result: [CatalogMatch] = []
        let infos = table.infos
        let hot = table.hot
        var i = 0
        let n = words.count
        while i < n {
            if !hot[Int(words[i])].hasCatalogStarts {
                i += 1
                continue
            }
            let info = infos[Int(words[i])]
            var preferNisba = info.hasTanweenFath
            if !preferNisba, i > 0 {
                let prev = infos[Int(words[i - 1])]
                // An indefinite accusative noun ("صاروخا"), not a pronoun
                // suffix ("جارتها") or a verb's plural ("قالوا").
                preferNisba = prev.isAccusativeNoun && prev.catalogStarts.isEmpty
            }
            var best: (match: CatalogMatch, rank: (Int, Int, Int, Int))?
            for start in info.catalogStarts {
                var node = Int(start.node)
                var length = 1
                while true {
                    for e in trie[node].entries {
                        let entry = entries[Int(e)]
                        let kindRank = entry.target.isNisba == preferNisba ? 1 : 0
                        let rank = (length, entry.weak ? 0 : 1, kindRank, -start.clitics)
                        if best == nil || rank > best!.rank {
                            best = (CatalogMatch(start: i, end: i + length, entry: e, skipScalars: start.skipScalars), rank)
                        }
                    }
                    guard i + length < n, let next = trie[node].children[infos[Int(words[i + length])].normalized]
                    else { break }
                    node = Int(next)
                    length += 1
                }
            }
            if let best {
                result.append(best.match)
                i = best.match.end
            } else {
                i += 1
            }
        }
        return result
    }
}
