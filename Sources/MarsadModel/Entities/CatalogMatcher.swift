/// A catalog alias found in a sentence, over tokens `start..<end`.
struct CatalogMatch {
    var start: Int
    var end: Int
    var entry: Int32
    /// Scalars of proclitics at the start of the first token to leave out.
    var skipScalars: Int
}

extension CatalogIndex {
    /// Words that end in alef without being accusative nouns.
    private static let alefFunctionWords: Set<String> = [
        "ايضا", "جدا", "هذا", "ماذا", "لماذا", "اذا", "عندما", "بينما", "كلما", "ربما", "انما", "طالما", "حينما",
        "مهما", "اما", "لما", "كما", "معا", "حاليا", "دائما", "سابقا", "لاحقا", "مجددا", "تماما", "فورا", "رسميا",
    ]

    /// The catalog aliases of a sentence, left to right, longest first;
    /// matches do not overlap.
    ///
    /// A form that is both a name and a nisba (أرمينيا, and أرمينيا the
    /// accusative of أرميني) is read as the nisba after an accusative noun
    /// ("صاروخا أرمينيا") or with tanween ("جندياً أرمينياً").
    func matches(_ words: [Int32], table: WordTable) -> [CatalogMatch] {
        var result: [CatalogMatch] = []
        let infos = table.infos
        var i = 0
        let n = words.count
        while i < n {
            let info = infos[Int(words[i])]
            if info.catalogStarts.isEmpty {
                i += 1
                continue
            }
            var preferNisba = info.hasTanweenFath
            if !preferNisba, i > 0 {
                let prev = infos[Int(words[i - 1])]
                // An indefinite accusative noun ("صاروخا"), not a pronoun
                // suffix ("جارتها") or a verb's plural ("قالوا").
                preferNisba = prev.kind == .arabicWord && prev.normalized.hasSuffix("ا")
                    && !["ها", "نا", "ما", "وا"].contains { prev.normalized.hasSuffix($0) }
                    && prev.normalized.unicodeScalars.count >= 4 && prev.catalogStarts.isEmpty
                    && !Self.alefFunctionWords.contains(prev.normalized)
            }
            var best: (match: CatalogMatch, rank: (Int, Int, Int, Int))?
            for start in info.catalogStarts {
                let entry = entries[Int(start.entry)]
                let length = entry.tokens.count
                guard i + length <= n else { continue }
                var ok = true
                var k = 1
                while k < length {
                    if infos[Int(words[i + k])].normalized != entry.tokens[k] {
                        ok = false
                        break
                    }
                    k += 1
                }
                guard ok else { continue }
                let isNisba: Bool
                if case .nisba = entry.target { isNisba = true } else { isNisba = false }
                let kindRank = isNisba == preferNisba ? 1 : 0
                let rank = (length, entry.weak ? 0 : 1, kindRank, -start.clitics)
                if best == nil || rank > best!.rank {
                    best = (CatalogMatch(start: i, end: i + length, entry: start.entry, skipScalars: start.skipScalars), rank)
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
