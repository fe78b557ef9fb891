import MarsadTUI

/// The only curses code: `CursesTerminal`, the reader's `Terminal` (set-up
/// and restore, keys, the mouse, resizes, flushing buffers), and
/// `ReaderSession`, which runs `Runtime`'s loop on it.
public enum NCursesBackend {}
