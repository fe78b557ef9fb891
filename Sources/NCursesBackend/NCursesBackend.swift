import MarsadTUI

/// The only curses code: terminal set-up and restore (`Terminal`), input,
/// flushing buffers, and the reader's run loop (`ReaderSession`).
public enum NCursesBackend {}
