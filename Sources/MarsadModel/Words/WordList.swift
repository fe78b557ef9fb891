import Foundation

/// One word-list file of `Resources/words/`: the closed-class words and
/// cue words the rules look up, kept as data so that adding a word changes
/// no code.
///
/// The format, one file per concern (`time.tsv`, `calendar.tsv`,
/// `timeline.tsv`, `names.tsv`, `boilerplate.tsv`):
///
///     # a comment (only at the start of a line)
///     class<TAB>word[<TAB>value…]
///
/// UTF-8, LF (CRLF is read alike); blank lines are skipped. A class name is
/// lowercase ASCII with hyphens ("part-of-day-adverb"); a word may hold
/// spaces ("اقرا ايضا") but no tab and no space at either end. A set class
/// has no value column, a table class exactly one (a number, a TIMEX3 code
/// such as "MO" or "PAST_REF", a keyword the loading code names). Entries
/// keep their file order (some rules try them in order); when a table
/// names a word twice the later line wins. Each file says in its header
/// whether its words are written in normalized form (`ArabicNormalizer`:
/// ا for أ إ آ, ه for ة, ي for ى) or as spelled and normalized on load.
///
/// Lists are read once, by the `static let`s that use them, and become the
/// plain `Set`s and `Dictionary`s the rules look up. A missing file, a
/// missing class or a malformed line is a fatal error naming the file and
/// line: the shipped lists are part of the program, and a silently empty
/// one would change every analysis.
struct WordList: Sendable {
    struct Entry: Sendable, Equatable {
        var word: String
        var values: [String]
        /// 1-based line in the file.
        var line: Int
    }

    /// The file name without extension ("time").
    let name: String
    /// Entries of each class, in file order.
    let classes: [String: [Entry]]

    /// What is wrong with a line of a list.
    struct Problem: Error, CustomStringConvertible, Equatable {
        var file: String
        var line: Int
        var message: String
        var description: String { "words/\(file).tsv:\(line): \(message)" }
    }

    /// Parses the text of a list file.
    init(name: String, text: String) throws(Problem) {
        self.name = name
        var classes: [String: [Entry]] = [:]
        for (index, line) in RecordLines.split(text).enumerated() {
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, !fields.contains(where: \.isEmpty) else {
                throw Problem(file: name, line: number, message: "expected class<TAB>word[<TAB>value…], got \"\(line)\"")
            }
            let className = fields[0]
            guard className.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            else { throw Problem(file: name, line: number, message: "class \"\(className)\" is not lowercase ASCII with hyphens") }
            let word = fields[1]
            guard word.first != " ", word.last != " " else {
                throw Problem(file: name, line: number, message: "word \"\(word)\" has a space at an end")
            }
            classes[className, default: []].append(Entry(word: word, values: Array(fields.dropFirst(2)), line: number))
        }
        self.classes = classes
    }

    /// The shipped list `Resources/words/<name>.tsv`.
    static func resource(_ name: String) -> WordList {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources/words")
        else { fatalError("word list words/\(name).tsv is not in the bundle") }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            fatalError("word list words/\(name).tsv cannot be read: \(error)")
        }
        do { return try WordList(name: name, text: text) } catch { fatalError("\(error)") }
    }

    // MARK: - Reading classes

    /// The entries of a class, in file order; fatal when the file lacks it.
    func entries(_ className: String) -> [Entry] {
        guard let list = classes[className] else { fatalError("words/\(name).tsv has no class \"\(className)\"") }
        return list
    }

    /// The words of a set class, in file order, normalized when asked.
    func words(_ className: String, normalized: Bool = false) -> [String] {
        entries(className).map { entry in
            guard entry.values.isEmpty else { fail(entry, "class \(className) is a set: no value column expected") }
            return normalized ? ArabicNormalizer.normalize(entry.word) : entry.word
        }
    }

    /// The words of a set class as a set.
    func set(_ className: String, normalized: Bool = false) -> Set<String> {
        Set(words(className, normalized: normalized))
    }

    /// A table class: each word with its one value, read by `parse` (nil
    /// is a fatal error naming the line). A later line for a word wins.
    func table<Value>(_ className: String, normalized: Bool = false, _ parse: (String) -> Value?) -> [String: Value] {
        var table: [String: Value] = [:]
        for (word, value) in pairs(className, normalized: normalized, parse) { table[word] = value }
        return table
    }

    /// A table class as (word, value) pairs in file order.
    func pairs<Value>(_ className: String, normalized: Bool = false, _ parse: (String) -> Value?) -> [(String, Value)] {
        entries(className).map { entry in
            guard entry.values.count == 1 else { fail(entry, "class \(className) takes exactly one value") }
            guard let value = parse(entry.values[0]) else {
                fail(entry, "\"\(entry.values[0])\" is not a value of class \(className)")
            }
            return (normalized ? ArabicNormalizer.normalize(entry.word) : entry.word, value)
        }
    }

    /// A table class of integers.
    func integers(_ className: String, normalized: Bool = false) -> [String: Int] {
        table(className, normalized: normalized) { Int($0) }
    }

    /// The entries of a class whose lines carry `count` values each
    /// (records such as "head, institution, gender").
    func rows(_ className: String, values count: Int) -> [Entry] {
        entries(className).map { entry in
            guard entry.values.count == count else { fail(entry, "class \(className) takes \(count) values") }
            return entry
        }
    }

    /// A fatal error naming the entry's file and line.
    func fail(_ entry: Entry, _ message: String) -> Never {
        fatalError(Problem(file: name, line: entry.line, message: message).description)
    }
}

/// The shipped word lists, each read once.
enum WordLists {
    /// Time words: days, parts of the day, units, numbers, cues.
    static let time = WordList.resource("time")
    /// Month and weekday spellings beyond Foundation's locale data.
    static let calendar = WordList.resource("calendar")
    /// Cue words of event kinds, speakers, the timeline's function words.
    static let timeline = WordList.resource("timeline")
    /// Titles, head nouns of organizations, places and institutions.
    static let names = WordList.resource("names")
    /// Phrases of news-site furniture and datelines.
    static let boilerplate = WordList.resource("boilerplate")

    /// Every shipped list (for tests).
    static var all: [WordList] { [time, calendar, timeline, names, boilerplate] }
}
