internal import CNCursesW
import MarsadTUI

/// The only curses code: terminal set-up and restore, input, flushing.
public enum NCursesBackend {}
