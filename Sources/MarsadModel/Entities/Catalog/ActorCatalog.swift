import Foundation

/// The actors Marsad knows by name: countries and regions from the
/// platform's locale data, plus the shipped `Resources/actors.tsv`
/// (organizations, leaders, agencies, places, aliases and nisbas), plus an
/// optional user file.
///
/// ```swift
/// let catalog = ActorCatalog.standard
/// catalog.actor(id: "AZ")?.arabicName   // "أذربيجان" (from Foundation's Arabic locale)
/// catalog.actor(id: "PUTIN")?.parentID  // "RU"
/// ```
///
/// Catalog files are tab-separated with a header row naming the columns
/// `id type english arabic parent aliases nisbas` (`id` and `type`
/// required, the others may be absent or empty); `#` starts a comment line;
/// `|` separates aliases and nisbas. A row whose id is already known
/// overrides the non-empty fields and adds its aliases and nisbas. An alias
/// written `?alias` is weak: it names the actor only where the tagger or a
/// head word (مدينة، منطقة…) also sees a name.
public struct ActorCatalog: Sendable {
    /// Every actor, in a stable order (regions first, then file rows).
    public private(set) var actors: [Actor]
    /// Normalized aliases that name their actor only with support.
    var weakAliases: Set<String> = []
    private var indexByID: [ActorID: Int] = [:]
    private var cache = IndexCache()

    public init(actors: [Actor]) {
        self.actors = []
        for actor in actors { upsert(actor) }
    }

    /// The shipped catalog, built once: regions from Foundation's locale
    /// data, then `Resources/actors.tsv`.
    public static let standard: ActorCatalog = {
        var catalog = ActorCatalog.regions()
        if let url = Bundle.module.url(forResource: "actors", withExtension: "tsv", subdirectory: "Resources"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            let issues = catalog.merge(tsv: text, path: "actors.tsv")
            assert(issues.isEmpty, "shipped actors.tsv has bad rows: \(issues)")
        }
        return catalog
    }()

    /// The actor with an id.
    public func actor(id: ActorID) -> Actor? { indexByID[id].map { actors[$0] } }

    /// Actors whose parent is `id` (direct parts only).
    public func children(of id: ActorID) -> [Actor] { actors.filter { $0.parentID == id } }

    /// True when `alias` (any spelling) is a weak alias.
    func isWeak(alias: String) -> Bool { weakAliases.contains(CatalogIndex.tokens(alias).joined(separator: " ")) }

    // MARK: - Files

    /// Where a user's own actors live: `$XDG_CONFIG_HOME/marsad/actors.tsv`,
    /// else `~/.config/marsad/actors.tsv`.
    package static var defaultUserFilePath: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/marsad/actors.tsv" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/marsad/actors.tsv"
    }

    /// The standard catalog with a user's file merged over it.
    ///
    /// `path` nil means the default path, which may be absent; a path given
    /// explicitly must exist. Bad rows are skipped and reported as issues
    /// naming the file and line; the good rows still count.
    public static func withUserFile(_ path: String?) -> (catalog: ActorCatalog, issues: [LoadIssue]) {
        var catalog = ActorCatalog.standard
        let file = path ?? defaultUserFilePath
        guard FileManager.default.fileExists(atPath: file) else {
            if path == nil { return (catalog, []) }
            return (catalog, [LoadIssue(path: file, message: "no such actor file")])
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return (catalog, [LoadIssue(path: file, message: "cannot read actor file")])
        }
        guard let text = String(validatingUTF8Data: data) else {
            return (catalog, [LoadIssue(path: file, message: "actor file is not valid UTF-8")])
        }
        let issues = catalog.merge(tsv: text, path: file)
        return (catalog, issues)
    }

    /// Merges rows of a catalog file (see the type's documentation);
    /// returns one issue for each row it rejects.
    @discardableResult
    public mutating func merge(tsv text: String, path: String) -> [LoadIssue] {
        var issues: [LoadIssue] = []
        var columns: [String: Int]?
        var seenInFile: [String: Int] = [:]
        var pendingParents: [(id: String, parent: String, line: Int)] = []
        var lineNumber = 0
        for rawLine in RecordLines.split(text) {
            lineNumber += 1
            let line = String(rawLine)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let header = columns else {
                var map: [String: Int] = [:]
                for (i, name) in cells.enumerated() { map[name.lowercased()] = i }
                guard map["id"] != nil, map["type"] != nil else {
                    issues.append(LoadIssue(path: path, line: lineNumber,
                                            message: "the first row must name the columns (id, type, english, arabic, parent, aliases, nisbas)"))
                    return issues
                }
                columns = map
                continue
            }
            func cell(_ name: String) -> String {
                guard let i = header[name], i < cells.count else { return "" }
                return cells[i]
            }
            func reject(_ message: String) {
                issues.append(LoadIssue(path: path, line: lineNumber, message: message))
            }
            if cells.count > header.count {
                reject("\(cells.count) columns, the header names \(header.count)")
                continue
            }
            let id = cell("id")
            guard !id.isEmpty else { reject("empty id"); continue }
            guard !id.contains(where: { $0.isWhitespace || $0 == "|" }) else {
                reject("id '\(id)' contains a space or '|'")
                continue
            }
            if let first = seenInFile[id] {
                reject("id '\(id)' already given on line \(first)")
                continue
            }
            let typeText = cell("type")
            let type: EntityType?
            if typeText.isEmpty {
                type = actor(id: ActorID(id))?.type
            } else {
                type = EntityType.parse(typeText)
            }
            guard let type else {
                reject(typeText.isEmpty ? "empty type (PER, ORG, LOC or MISC)"
                       : "unknown type '\(typeText)' (PER, ORG, LOC or MISC)")
                continue
            }
            let aliases = Self.list(cell("aliases"))
            let nisbas = Self.list(cell("nisbas"))
            if let bad = (aliases + nisbas).first(where: { !Self.hasLetters($0) }) {
                reject("alias or nisba '\(bad)' has no letters")
                continue
            }
            var actor = self.actor(id: ActorID(id)) ?? Actor(id: ActorID(id), englishName: "", arabicName: "", type: type)
            actor.type = type
            let english = cell("english"), arabic = cell("arabic"), parent = cell("parent")
            if !english.isEmpty { actor.englishName = english }
            if !arabic.isEmpty { actor.arabicName = arabic }
            if !parent.isEmpty {
                if parent == id { reject("'\(id)' cannot be its own parent"); continue }
                actor.parentID = ActorID(parent)
                pendingParents.append((id, parent, lineNumber))
            }
            for alias in aliases {
                let weak = alias.hasPrefix("?")
                let plain = weak ? String(alias.dropFirst()) : alias
                let key = CatalogIndex.tokens(plain).joined(separator: " ")
                if weak { weakAliases.insert(key) } else { weakAliases.remove(key) }
                if !actor.aliases.contains(where: { CatalogIndex.tokens($0).joined(separator: " ") == key }) { actor.aliases.append(plain) }
            }
            for nisba in nisbas where !actor.nisbas.contains(nisba) { actor.nisbas.append(nisba) }
            if actor.arabicName.isEmpty { actor.arabicName = actor.aliases.first ?? "" }
            if actor.englishName.isEmpty && actor.arabicName.isEmpty {
                reject("'\(id)' has no name: give english, arabic or aliases")
                continue
            }
            if !actor.arabicName.isEmpty,
               !actor.aliases.contains(where: { ArabicNormalizer.normalize($0) == ArabicNormalizer.normalize(actor.arabicName) }) {
                actor.aliases.insert(actor.arabicName, at: 0)
            }
            actor.isFromCatalog = true
            seenInFile[id] = lineNumber
            upsert(actor)
        }
        // Parents may be defined further down the file, so check them last.
        for pending in pendingParents where actor(id: ActorID(pending.parent)) == nil {
            issues.append(LoadIssue(path: path, line: pending.line,
                                    message: "parent '\(pending.parent)' of '\(pending.id)' is not a known actor"))
            if var actor = actor(id: ActorID(pending.id)) {
                actor.parentID = nil
                upsert(actor)
            }
        }
        return issues
    }

    // MARK: - Building

    /// Adds or replaces an actor.
    mutating func upsert(_ actor: Actor) {
        if let i = indexByID[actor.id] {
            actors[i] = actor
        } else {
            indexByID[actor.id] = actors.count
            actors.append(actor)
        }
        cache = IndexCache()
    }

    static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func hasLetters(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The alias index, built once per catalog value.
    package var index: CatalogIndex { cache.index(for: self) }
}

extension EntityType {
    /// Parses "PER", "person", "ORG", "organization", "LOC", "location",
    /// "place", "MISC" (any case).
    static func parse(_ text: String) -> EntityType? {
        switch text.lowercased() {
        case "per", "person", "people": return .person
        case "org", "organization", "organisation": return .organization
        case "loc", "location", "place", "gpe", "country": return .location
        case "misc", "other": return .misc
        default: return nil
        }
    }
}

extension String {
    /// Decodes UTF-8, nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let s = String(bytes: data, encoding: .utf8) else { return nil }
        self = s
    }
}

/// Holds a catalog's alias index, built on first use. A reference so the
/// catalog stays a cheap value; rebuilt when the catalog changes.
final class IndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: CatalogIndex?

    func index(for catalog: ActorCatalog) -> CatalogIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = CatalogIndex(catalog: catalog)
        built = index
        return index
    }
}
