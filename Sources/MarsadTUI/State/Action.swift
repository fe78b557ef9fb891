import MarsadModel

/// Everything that can change the reader's state: keys and mouse turned
/// into intents by `KeyMap`, and events from the outside (resize, the
/// analysis finishing, a clock tick).
public enum Action: Sendable {
    // Moving in the focused pane.
    case moveBy(Int)
    case pageBy(Int)
    case moveToStart
    case moveToEnd
    /// Enter: open the selected article or event, filter by the selected actor.
    case activate

    case focusNext
    case focusPrevious
    case focus(Pane)
    /// `t`: the timeline, with an event selected.
    case focusTimeline

    /// `[` / `]`: the previous / next event in time, opened at its sentence.
    case stepEvent(Int)
    /// `e` / `E`: the next / previous highlighted mention in the reader.
    case stepMention(Int)

    case beginSearch
    /// `n` / `N`.
    case stepSearchHit(Int)

    case openActorPicker
    case clearFilter
    case setFilter(actorID: ActorID)

    case toggleHelp
    /// Esc: close the overlay, if any.
    case closeOverlay
    case quit

    // Text entry in the search prompt and the actor picker.
    case insertText(String)
    case deleteBackward
    case submit

    // Mouse.
    case click(x: Int, y: Int)
    case scroll(x: Int, y: Int, lines: Int)

    // From the outside.
    case resize(ScreenSize)
    /// The articles, read behind the first screen (`Runtime.run(loading:…)`),
    /// with a note for the status line (input problems).
    case corpusLoaded(Corpus, message: String?)
    case analysisProgress(elapsedSeconds: Double, fraction: Double?)
    case analysisFinished(CorpusAnalysis, seconds: Double)
    /// A message for the status line from the outside.
    case showMessage(String)
}

/// What the runtime must do after a state change: the reducer itself
/// touches no file and no terminal.
public enum Effect: Hashable, Sendable {
    /// Save the set of read articles (atomically).
    case saveReadState
    case quit
}
