import MarsadModel

extension AppState {
    /// Runs the current search in its pane and goes to the first hit at or
    /// after where the user is.
    mutating func runSearch(from _: Int?) {
        guard let search else { return }
        switch search.scope {
        case .reader:
            guard let doc = reader.document else {
                message = "no article open to search"
                return
            }
            let article = corpus.articles[doc.articleIndex]
            reader.searchHits = search.query.matches(in: article.scalars, range: 0..<article.scalars.count)
            guard !reader.searchHits.isEmpty else {
                reader.currentHit = nil
                message = "no match for “\(search.query.text)”"
                return
            }
            let from = firstVisibleOffset ?? 0
            let hit = reader.searchHits.firstIndex { $0.start >= from } ?? 0
            goToReaderHit(hit)
        case .list, .actors, .timeline:
            if search.scope == .list {
                let found = textHits(for: search.query)
                self.search?.textHits = found
            }
            let hits = rowHits(for: search.query, in: search.scope)
            self.search?.rowHits = hits
            guard !hits.isEmpty else {
                message = "no match for “\(search.query.text)”"
                return
            }
            let current = cursor(of: search.scope).selected
            let row = hits.first { $0 >= current } ?? hits[0]
            select(row: row, in: search.scope)
            message = "\((hits.firstIndex(of: row) ?? 0) + 1)/\(hits.count) “\(search.query.text)”"
        }
    }

    mutating func goToReaderHit(_ index: Int) {
        reader.currentHit = index
        scrollReader(toOffset: reader.searchHits[index].start, ifHidden: true)
        message = "\(index + 1)/\(reader.searchHits.count) “\(search?.query.text ?? "")”"
    }

    /// `n` / `N`: the next or previous hit of the last search, in the
    /// focused pane (the search is run there first if it was made elsewhere).
    mutating func stepSearchHit(_ delta: Int) {
        guard var search else {
            message = "no search yet: press /"
            return
        }
        if search.scope != focus {
            search.scope = focus
            self.search = search
            runSearch(from: nil)
            return
        }
        switch focus {
        case .reader:
            if reader.searchHits.isEmpty {
                runSearch(from: nil)
                return
            }
            let count = reader.searchHits.count
            let next = ((reader.currentHit ?? -1) + delta + count) % count
            goToReaderHit(next)
        case .list, .actors, .timeline:
            let hits = rowHits(for: search.query, in: focus)
            self.search?.rowHits = hits
            guard !hits.isEmpty else {
                message = "no match for “\(search.query.text)”"
                return
            }
            let current = cursor(of: focus).selected
            let row: Int
            if delta > 0 {
                row = hits.first { $0 > current } ?? hits[0]
            } else {
                row = hits.last { $0 < current } ?? hits[hits.count - 1]
            }
            select(row: row, in: focus)
            message = "\((hits.firstIndex(of: row) ?? 0) + 1)/\(hits.count) “\(search.query.text)”"
        }
    }

    /// Rows of a list pane that match a query: titles and outlets of
    /// articles, names and spellings of actors, sentences and actor names
    /// of events.
    func rowHits(for query: SearchQuery, in pane: Pane) -> [Int] {
        switch pane {
        case .reader:
            return []
        case .list:
            let inText = search?.query == query ? search?.textHits ?? [:] : [:]
            return filtered.articleIndexes.indices.filter { row in
                let index = filtered.articleIndexes[row]
                if inText[index] != nil { return true }
                let article = corpus.articles[index]
                return query.matches(article.title) || query.matches(article.metadata.outlet ?? "")
            }
        case .actors:
            return filtered.actorRows.indices.filter { row in
                let r = filtered.actorRows[row]
                let actor = analysis?.actors[r.id]
                let names = [r.arabicName, r.englishName] + (actor?.aliases ?? [])
                return names.contains { query.matches($0) }
            }
        case .timeline:
            guard let analysis else { return [] }
            return filtered.eventIndexes.indices.filter { row in
                let event = analysis.timeline[filtered.eventIndexes[row]]
                if query.matches(event.text) { return true }
                return event.actorIDs.contains { id in
                    guard let a = analysis.actors[id] else { return false }
                    return query.matches(a.arabicName) || query.matches(a.englishName)
                }
            }
        }
    }

    /// The articles whose text holds `query`, with the place of the first
    /// hit in each: from the full-text index when there is one (only the
    /// articles it finds are read), else from every article's text.
    func textHits(for query: SearchQuery) -> [Int: Int?] {
        var hits: [Int: Int?] = [:]
        func firstHit(_ index: Int) -> Int? {
            let scalars = corpus.articles[index].scalars
            return query.matches(in: scalars, range: 0..<scalars.count).first?.start
        }
        if let fullTextSearch {
            for id in fullTextSearch.articles(query.text) {
                guard let index = articleIndexByID[id] else { continue }
                hits[index] = .some(firstHit(index))
            }
        } else {
            for index in corpus.articles.indices {
                if let offset = firstHit(index) { hits[index] = .some(offset) }
            }
        }
        return hits
    }

    func cursor(of pane: Pane) -> ListCursor {
        switch pane {
        case .list: return list
        case .actors: return actors
        case .timeline: return timeline
        case .reader: return ListCursor(selected: reader.top, top: reader.top)
        }
    }

    mutating func select(row: Int, in pane: Pane) {
        switch pane {
        case .list: list.selected = row
        case .actors: actors.selected = row
        case .timeline: timeline.selected = row
        case .reader: reader.top = row
        }
        settleAll()
    }
}
