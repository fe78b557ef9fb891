import MarsadModel
import TerminalText

/// Pure UI: state, actions, reducer, views into a cell buffer.
public enum MarsadTUI {}
