// The text layer's types are MarsadModel's vocabulary: every mention,
// sentence and paragraph has a `ScalarRange`, analysed articles hold
// `TokenSpan`s, and the reader searches with the same normalizer and
// splitter. Re-exported, so a client of MarsadModel (and every file of
// it) sees them without importing ArabicText itself.
@_exported import ArabicText
