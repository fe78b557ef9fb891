import MarsadModel

/// Applies an action to the state and returns what the runtime must do.
///
/// Pure: no terminal, no file, no clock; everything it needs is in the
/// state and the action, so a whole session can be replayed in a test.
///
/// ```swift
/// var state = AppState(corpus: corpus, corpusName: "seeds", size: ScreenSize(columns: 120, rows: 40))
/// _ = reduce(&state, .analysisFinished(analysis, seconds: 0.2))
/// _ = reduce(&state, .setFilter(actorID: "putin"))
/// state.filtered.articleIndexes  // the articles that name Putin
/// ```
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    state.reduce(action)
}

extension AppState {
    /// See `reduce(_:_:)`.
    public mutating func reduce(_ action: Action) -> [Effect] {
        // A message stays until the user does something (work finishing
        // in the background does not wipe it).
        switch action {
        case .analysisProgress, .analysisFinished, .corpusLoaded: break
        default: message = nil
        }
        switch action {
        case .moveBy(let n):
            if case .actorPicker(var picker) = overlay {
                picker.cursor.selected += n
                picker.cursor.settle(count: picker.candidates.count, height: pickerHeight)
                overlay = .actorPicker(picker)
                return []
            }
            if overlay != nil { return [] }
            move(focus, by: n)
        case .pageBy(let n):
            move(focus, by: n * max(1, contentHeight(focus) - 1))
        case .moveToStart:
            move(focus, by: Int.min / 2)
        case .moveToEnd:
            move(focus, by: Int.max / 2)
        case .activate:
            return activate()
        case .focusNext:
            setFocus(focus.next)
        case .focusPrevious:
            setFocus(focus.previous)
        case .focus(let pane):
            setFocus(pane)
        case .focusTimeline:
            setFocus(.timeline)
            if analysis == nil { message = "the timeline is being built…" }
            else if filtered.eventIndexes.isEmpty { message = "no dated events" + (filter == nil ? "" : " for this filter") }
        case .stepEvent(let delta):
            return stepEvent(delta)
        case .stepMention(let delta):
            stepMention(delta)
        case .beginSearch:
            overlay = .search(SearchPrompt(text: "", scope: focus))
        case .stepSearchHit(let delta):
            stepSearchHit(delta)
        case .openActorPicker:
            openActorPicker()
        case .clearFilter:
            if filter != nil {
                filter = nil
                refilter()
                message = "filter cleared"
            }
        case .setFilter(let id):
            setFilter(actorID: id)
        case .toggleHelp:
            overlay = overlay == .help ? nil : .help
        case .closeOverlay:
            if overlay != nil {
                overlay = nil
            } else if search != nil || !reader.searchHits.isEmpty {
                search = nil
                reader.searchHits = []
                reader.currentHit = nil
            }
        case .quit:
            isRunning = false
            return [.quit]
        case .insertText(let text):
            insertText(text)
        case .deleteBackward:
            editText { if !$0.isEmpty { $0.removeLast() } }
        case .submit:
            return submit()
        case .click(let x, let y):
            return click(x: x, y: y)
        case .scroll(let x, let y, let lines):
            if case .actorPicker = overlay { return reduce(.moveBy(lines)) }
            guard overlay == nil, let pane = layout.pane(atX: x, y: y) else { return [] }
            move(pane, by: lines)
        case .resize(let newSize):
            resize(to: newSize)
        case .showMessage(let text):
            message = text
        case .corpusLoaded(let loaded, let note):
            // A state for the articles read, with what the user set meanwhile.
            var fresh = AppState(corpus: loaded, corpusName: corpusName, size: size, theme: theme, bidiMode: bidiMode,
                                 readKeys: readKeys)
            fresh.includeChildren = includeChildren
            fresh.fullTextSearch = fullTextSearch
            fresh.overlay = overlay == .help ? .help : nil
            fresh.message = note ?? message
            fresh.isRunning = isRunning
            fresh.work = work
            self = fresh
        case .analysisProgress(let seconds, let fraction):
            if case .running = analysisStatus { analysisStatus = .running(elapsedSeconds: seconds, fraction: fraction) }
            if progressOrigin == nil, let fraction { progressOrigin = ProgressMark(seconds: seconds, fraction: fraction) }
        case .analysisFinished(let result, let seconds):
            analysis = result
            // The analysis may have filled in inferred publication dates.
            if result.corpus.articles.map(\.id) == corpus.articles.map(\.id) { corpus = result.corpus }
            actorResolver = ActorResolver(index: result.actorIndex)
            analysisStatus = .done(seconds: seconds)
            let everything = FilteredCorpus.make(result)
            allActorRows = everything.actorRows
            actorRowIndex = Dictionary(allActorRows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            // Without a filter the view is everything: made once, not twice.
            refilter(made: filter == nil ? everything : nil)
        }
        return []
    }

    // MARK: moving

    var pickerHeight: Int { max(1, min(12, size.rows - 6)) }

    mutating func move(_ pane: Pane, by n: Int) {
        func clampedAdd(_ a: Int, _ b: Int) -> Int { b > 0 ? (a > Int.max - b ? Int.max : a + b) : a + b }
        switch pane {
        case .list:
            list.selected = clampedAdd(list.selected, n)
            list.settle(count: filtered.articleIndexes.count, height: contentHeight(.list))
        case .reader:
            reader.top = clampedAdd(reader.top, n)
            clampReader()
        case .actors:
            actors.selected = clampedAdd(actors.selected, n)
            actors.settle(count: filtered.actorRows.count, height: contentHeight(.actors))
        case .timeline:
            timeline.selected = clampedAdd(timeline.selected, n)
            timeline.settle(count: filtered.eventIndexes.count, height: contentHeight(.timeline))
        }
    }

    mutating func clampReader() {
        let count = reader.document?.lines.count ?? 0
        reader.top = max(0, min(reader.top, max(0, count - contentHeight(.reader))))
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        if pane != .reader { sidePane = pane }
        settleAll()
    }

    mutating func settleAll() {
        list.settle(count: filtered.articleIndexes.count, height: contentHeight(.list))
        actors.settle(count: filtered.actorRows.count, height: contentHeight(.actors))
        timeline.settle(count: filtered.eventIndexes.count, height: contentHeight(.timeline))
        clampReader()
    }

    /// Makes sure the reader is on screen (switching to it when only one
    /// pane fits and the focused one is not it).
    mutating func revealReader() {
        if layout.reader == nil { setFocus(.reader) }
    }

    // MARK: opening

    mutating func activate() -> [Effect] {
        switch focus {
        case .list:
            guard let index = selectedArticleIndex else { return [] }
            // Found by a search of the list in its text: open at the hit,
            // and let n / N walk the hits in the article.
            let hit = search.flatMap { $0.scope == .list ? $0.textHits[index] ?? nil : nil }
            let effects = openArticle(index, scrollTo: hit)
            reader.eventSentence = nil
            setFocus(.reader)
            if hit != nil, var search {
                search.scope = .reader
                self.search = search
                runSearch(from: nil)
            }
            return effects
        case .reader:
            if let i = reader.currentMention, let m = reader.document?.mentions[i] { setFilter(actorID: m.actorID) }
            return []
        case .actors:
            guard filtered.actorRows.indices.contains(actors.selected) else { return [] }
            setFilter(actorID: filtered.actorRows[actors.selected].id)
            return []
        case .timeline:
            guard filtered.eventIndexes.indices.contains(timeline.selected) else { return [] }
            return openEvent(at: timeline.selected)
        }
    }

    /// Opens an article in the reader, marks it read, selects it in the
    /// list; scrolls to `offset` (article scalars) when given.
    @discardableResult
    mutating func openArticle(_ index: Int, scrollTo offset: Int? = nil) -> [Effect] {
        guard corpus.articles.indices.contains(index) else { return [] }
        if reader.document?.articleIndex != index || reader.document?.width != readerTextWidth {
            reader.document = ReaderDocument.build(article: corpus.articles[index], articleIndex: index, analysis: analysis,
                                                   filter: filter, width: readerTextWidth, mode: bidiMode)
            reader.currentMention = nil
            reader.searchHits = []
            reader.currentHit = nil
            reader.top = 0
        }
        if let row = filtered.articleIndexes.firstIndex(of: index) {
            list.selected = row
            list.settle(count: filtered.articleIndexes.count, height: contentHeight(.list))
        }
        if let offset { scrollReader(toOffset: offset) }
        clampReader()
        let key = articleKeys[index]
        if !readKeys.contains(key) {
            readKeys.insert(key)
            return [.saveReadState]
        }
        return []
    }

    /// Scrolls so the line showing `offset` stands a third of the way down.
    mutating func scrollReader(toOffset offset: Int, ifHidden: Bool = false) {
        guard let doc = reader.document, let line = doc.line(showing: offset) else { return }
        let h = contentHeight(.reader)
        if ifHidden, line >= reader.top, line < reader.top + h { return }
        reader.top = max(0, line - h / 3)
        clampReader()
    }

    mutating func openEvent(at row: Int) -> [Effect] {
        guard let analysis, filtered.eventIndexes.indices.contains(row) else { return [] }
        let event = analysis.timeline[filtered.eventIndexes[row]]
        timeline.selected = row
        timeline.settle(count: filtered.eventIndexes.count, height: contentHeight(.timeline))
        selectedEvent = row
        guard let index = articleIndex(id: event.articleID) else { return [] }
        let effects = openArticle(index)
        reader.eventSentence = event.sentenceRange
        scrollReader(toOffset: event.sentenceRange.start)
        revealReader()
        return effects
    }

    mutating func stepEvent(_ delta: Int) -> [Effect] {
        guard analysis != nil else {
            message = "the timeline is being built…"
            return []
        }
        let count = filtered.eventIndexes.count
        guard count > 0 else {
            message = "no dated events" + (filter == nil ? "" : " for this filter")
            return []
        }
        let target: Int
        if selectedEvent == nil {
            target = delta > 0 ? 0 : count - 1
        } else {
            target = timeline.selected + delta
        }
        guard target >= 0, target < count else {
            message = delta > 0 ? "the last event" : "the first event"
            return []
        }
        return openEvent(at: target)
    }

    mutating func stepMention(_ delta: Int) {
        guard let doc = reader.document else {
            message = "no article open"
            return
        }
        guard !doc.mentions.isEmpty else {
            message = analysis == nil ? "names are still being analysed…" : "no highlighted names in this article"
            return
        }
        let target: Int
        if let current = reader.currentMention {
            target = current + delta
        } else {
            // From the top of the page: the first mention on or after it.
            let topOffset = doc.lines[min(reader.top, doc.lines.count - 1)...]
                .first { $0.articleScalars != nil }?.articleScalars?.lowerBound ?? 0
            let after = doc.mentions.firstIndex { $0.range.start >= topOffset } ?? doc.mentions.count
            target = delta > 0 ? after : after - 1
        }
        guard target >= 0, target < doc.mentions.count else {
            message = delta > 0 ? "the last name in this article" : "the first name in this article"
            return
        }
        reader.currentMention = target
        revealReader()
        scrollReader(toOffset: doc.mentions[target].range.start, ifHidden: true)
        let m = doc.mentions[target]
        if let actor = analysis?.actors[m.actorID] {
            message = "\(target + 1)/\(doc.mentions.count) \(m.type.rawValue) \(actor.englishName.isEmpty ? actor.arabicName : actor.englishName)"
        }
    }

    // MARK: filter

    mutating func openActorPicker() {
        guard analysis != nil else {
            message = "actors are still being analysed…"
            return
        }
        var picker = ActorPicker()
        picker.candidates = findActorCandidates(matching: "")
        overlay = .actorPicker(picker)
    }

    /// `actorCandidates(matching:)`, counted in `work`.
    mutating func findActorCandidates(matching query: String) -> [ActorID] {
        work.actorCandidateSearches += 1
        return actorCandidates(matching: query)
    }

    /// Actor ids for the picker's query, among the actors of the corpus:
    /// what the resolver makes of the whole query (proclitics, hamza,
    /// English and Latin spellings) first, then the analysis's
    /// `ActorIndex` by tier (exact, prefix, word prefix, skeleton) and, in
    /// a tier, most mentioned first. The empty query lists every actor by
    /// mentions.
    func actorCandidates(matching query: String) -> [ActorID] {
        guard let analysis else { return [] }
        if query.trimmingCharacters(in: .whitespaces).isEmpty { return allActorRows.map(\.id) }
        var resolved: [ActorID] = []
        switch actorResolver?.resolve(query) {
        case .found(let actor): resolved = [actor.id]
        case .ambiguous(let actors): resolved = actors.map(\.id)
        case .notFound, nil: break
        }
        var seen: Set<ActorID> = []
        var result: [ActorID] = []
        resolved.sort { (actorRowIndex[$0] ?? Int.max) < (actorRowIndex[$1] ?? Int.max) }
        for id in resolved + analysis.actorIndex.candidates(matching: query)
        where actorRowIndex[id] != nil && seen.insert(id).inserted {
            result.append(id)
        }
        return result
    }

    mutating func setFilter(actorID: ActorID) {
        guard let analysis, let actor = analysis.actors[actorID] else { return }
        filter = ActorFilter(actor: actor, in: analysis, includeChildren: includeChildren)
        refilter()
        message = "\(filtered.articleIndexes.count) of \(corpus.articles.count) articles name \(filter!.label)"
    }

    /// Recomputes what the panes show after the filter or the analysis
    /// changed, keeping the selections where they still make sense.
    /// Applies the filter to every pane; `made`, when given, is what
    /// `FilteredCorpus.make` gives for the current query.
    mutating func refilter(made: FilteredCorpus? = nil) {
        let selectedArticle = selectedArticleIndex
        let selectedEventID = currentEvent?.id
        let cursorEventID: String? = {
            guard let analysis, filtered.eventIndexes.indices.contains(timeline.selected) else { return nil }
            return analysis.timeline[filtered.eventIndexes[timeline.selected]].id
        }()
        if let made {
            filtered = made
        } else if let analysis {
            filtered = FilteredCorpus.make(analysis, query: query)
        } else {
            filtered = .unanalysed(corpus)
        }
        list.selected = selectedArticle.flatMap { filtered.articleIndexes.firstIndex(of: $0) } ?? 0
        actors = ListCursor()
        let ids = analysis.map { a in filtered.eventIndexes.map { a.timeline[$0].id } } ?? []
        selectedEvent = selectedEventID.flatMap { ids.firstIndex(of: $0) }
        timeline.selected = selectedEvent ?? cursorEventID.flatMap { ids.firstIndex(of: $0) } ?? 0
        if let doc = reader.document {
            let anchor = firstVisibleOffset
            reader.document = ReaderDocument.build(article: corpus.articles[doc.articleIndex], articleIndex: doc.articleIndex,
                                                   analysis: analysis, filter: filter, width: readerTextWidth, mode: bidiMode)
            reader.currentMention = nil
            if let anchor, let line = reader.document?.line(showing: anchor) { reader.top = line }
        }
        if let search, search.scope != .reader {
            let hits = rowHits(for: search.query, in: search.scope)
            self.search?.rowHits = hits
        }
        settleAll()
    }

    /// The first article offset shown at the top of the reader.
    var firstVisibleOffset: Int? {
        guard let doc = reader.document, !doc.lines.isEmpty else { return nil }
        return doc.lines[min(reader.top, doc.lines.count - 1)...].first { $0.articleScalars != nil }?.articleScalars?.lowerBound
    }

    // MARK: text entry

    /// Adds typed or pasted text to the prompt, up to `promptLimit`
    /// characters; says so when some of it was cut.
    mutating func insertText(_ text: String) {
        guard let current = promptText else { return }
        let room = max(0, Self.promptLimit - current.count)
        // Only what can fit is read and made safe (a paste may be 100 KB).
        var added = String(text.prefix(room)).terminalSafe
        // (Made safe, a character may become two: CR LF.)
        var cut = !text.dropFirst(room).isEmpty
        while !added.isEmpty, (current + added).count > Self.promptLimit {
            added.removeLast()
            cut = true
        }
        if cut {
            message = "pasted text cut to \(Self.promptLimit) characters"
        }
        guard !added.isEmpty else { return }
        editText { $0 += added }
    }

    /// The text of the open prompt (search or actor picker), if any.
    var promptText: String? {
        switch overlay {
        case .search(let prompt): return prompt.text
        case .actorPicker(let picker): return picker.query
        case .help, nil: return nil
        }
    }

    mutating func editText(_ edit: (inout String) -> Void) {
        switch overlay {
        case .search(var prompt):
            let before = prompt.text
            edit(&prompt.text)
            guard prompt.text != before else { return }
            overlay = .search(prompt)
        case .actorPicker(var picker):
            let before = picker.query
            edit(&picker.query)
            // Nothing changed (Backspace on an empty query): no new search.
            guard picker.query != before else { return }
            picker.candidates = findActorCandidates(matching: picker.query)
            picker.cursor = ListCursor()
            overlay = .actorPicker(picker)
        default:
            break
        }
    }

    mutating func submit() -> [Effect] {
        switch overlay {
        case .search(let prompt):
            overlay = nil
            guard let query = SearchQuery(prompt.text) else {
                search = nil
                return []
            }
            search = SearchState(query: query, scope: prompt.scope)
            runSearch(from: nil)
        case .actorPicker(let picker):
            overlay = nil
            if picker.candidates.indices.contains(picker.cursor.selected) {
                setFilter(actorID: picker.candidates[picker.cursor.selected])
            } else {
                message = "no actor matches “\(picker.query)”"
            }
        case .help, nil:
            return activate()
        }
        return []
    }

    // MARK: mouse

    mutating func click(x: Int, y: Int) -> [Effect] {
        let layout = self.layout
        guard let pane = layout.pane(atX: x, y: y), let rect = layout.rect(for: pane) else { return [] }
        let wasFocused = focus == pane
        setFocus(pane)
        let row = y - rect.y - (pane == .timeline ? 2 : 1)
        guard row >= 0 else { return [] }
        switch pane {
        case .list:
            let target = list.top + row
            guard target < filtered.articleIndexes.count else { return [] }
            if wasFocused && target == list.selected { return activate() }
            list.selected = target
        case .actors:
            let target = actors.top + row
            guard target < filtered.actorRows.count else { return [] }
            if wasFocused && target == actors.selected { return activate() }
            actors.selected = target
        case .timeline:
            let target = timeline.top + row
            guard target < filtered.eventIndexes.count else { return [] }
            if wasFocused && target == timeline.selected { return activate() }
            timeline.selected = target
        case .reader:
            break
        }
        settleAll()
        return []
    }

    // MARK: resize

    mutating func resize(to newSize: ScreenSize) {
        let anchor = firstVisibleOffset
        size = newSize
        if let doc = reader.document, doc.width != readerTextWidth {
            reader.document = ReaderDocument.build(article: corpus.articles[doc.articleIndex], articleIndex: doc.articleIndex,
                                                   analysis: analysis, filter: filter, width: readerTextWidth, mode: bidiMode)
            reader.top = anchor.flatMap { reader.document?.line(showing: $0) } ?? 0
        }
        settleAll()
    }
}
