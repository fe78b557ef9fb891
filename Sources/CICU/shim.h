// Thin wrappers over ICU's C API. ICU renames every function with a version
// suffix through macros (ubidi_open -> ubidi_open_72) that Swift does not
// import, so each call the project makes goes through a static inline
// function here; it compiles against whatever ICU version is installed.
// Convention: `marsad_` + the ICU name, same arguments.
#ifndef MARSAD_CICU_SHIM_H
#define MARSAD_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ubidi.h>
#include <unicode/ushape.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <unicode/utrans.h>

static inline int marsad_u_failure(UErrorCode code) { return U_FAILURE(code) ? 1 : 0; }

static inline void marsad_u_getVersion(UVersionInfo info) { u_getVersion(info); }

static inline const char *marsad_u_errorName(UErrorCode code) { return u_errorName(code); }

// MARK: Character properties

static inline int8_t marsad_u_charType(UChar32 c) { return u_charType(c); }

static inline int32_t marsad_u_getIntPropertyValue(UChar32 c, UProperty which) {
    return u_getIntPropertyValue(c, which);
}

static inline int marsad_u_hasBinaryProperty(UChar32 c, UProperty which) {
    return u_hasBinaryProperty(c, which) ? 1 : 0;
}

static inline int32_t marsad_u_charDirection(UChar32 c) { return (int32_t)u_charDirection(c); }

static inline int marsad_u_isMirrored(UChar32 c) { return u_isMirrored(c) ? 1 : 0; }

static inline UChar32 marsad_u_charMirror(UChar32 c) { return u_charMirror(c); }

static inline UChar32 marsad_u_getBidiPairedBracket(UChar32 c) { return u_getBidiPairedBracket(c); }

// Property selectors as plain ints, so Swift need not spell ICU's enum cases.
static inline UProperty marsad_UCHAR_EAST_ASIAN_WIDTH(void) { return UCHAR_EAST_ASIAN_WIDTH; }
static inline UProperty marsad_UCHAR_GRAPHEME_CLUSTER_BREAK(void) { return UCHAR_GRAPHEME_CLUSTER_BREAK; }
static inline UProperty marsad_UCHAR_EXTENDED_PICTOGRAPHIC(void) { return UCHAR_EXTENDED_PICTOGRAPHIC; }
static inline UProperty marsad_UCHAR_DEFAULT_IGNORABLE_CODE_POINT(void) { return UCHAR_DEFAULT_IGNORABLE_CODE_POINT; }
static inline UProperty marsad_UCHAR_JOINING_TYPE(void) { return UCHAR_JOINING_TYPE; }
static inline UProperty marsad_UCHAR_HANGUL_SYLLABLE_TYPE(void) { return UCHAR_HANGUL_SYLLABLE_TYPE; }
static inline UProperty marsad_UCHAR_BIDI_PAIRED_BRACKET_TYPE(void) { return UCHAR_BIDI_PAIRED_BRACKET_TYPE; }
static inline UProperty marsad_UCHAR_LINE_BREAK(void) { return UCHAR_LINE_BREAK; }

/// Line_Break classes the layout's word shortcut needs.
static inline int32_t marsad_U_LB_ALPHABETIC(void) { return U_LB_ALPHABETIC; }
static inline int32_t marsad_U_LB_HEBREW_LETTER(void) { return U_LB_HEBREW_LETTER; }
static inline int32_t marsad_U_LB_NUMERIC(void) { return U_LB_NUMERIC; }
static inline int32_t marsad_U_LB_COMBINING_MARK(void) { return U_LB_COMBINING_MARK; }
static inline int32_t marsad_U_LB_SPACE(void) { return U_LB_SPACE; }

// MARK: Strings

static inline void marsad_u_strFromUTF8(UChar *dest, int32_t destCapacity, int32_t *pDestLength,
                                        const char *src, int32_t srcLength, UErrorCode *pErrorCode) {
    u_strFromUTF8(dest, destCapacity, pDestLength, src, srcLength, pErrorCode);
}

// MARK: Arabic shaping

/// Letters to presentation forms, each lam-alef pair to one ligature (the
/// output is shorter by one unit per ligature), logical order.
static inline uint32_t marsad_shape_letters_resize_logical(void) {
    return U_SHAPE_LETTERS_SHAPE | U_SHAPE_LAMALEF_RESIZE | U_SHAPE_TEXT_DIRECTION_LOGICAL;
}

static inline int32_t marsad_u_shapeArabic(const UChar *source, int32_t sourceLength, UChar *dest,
                                           int32_t destSize, uint32_t options, UErrorCode *pErrorCode) {
    return u_shapeArabic(source, sourceLength, dest, destSize, options, pErrorCode);
}

// MARK: Bidi (UAX #9)

static inline UBiDi *marsad_ubidi_openSized(int32_t maxLength, int32_t maxRunCount, UErrorCode *pErrorCode) {
    return ubidi_openSized(maxLength, maxRunCount, pErrorCode);
}

static inline void marsad_ubidi_close(UBiDi *pBiDi) { ubidi_close(pBiDi); }

static inline void marsad_ubidi_setPara(UBiDi *pBiDi, const UChar *text, int32_t length,
                                        UBiDiLevel paraLevel, UErrorCode *pErrorCode) {
    ubidi_setPara(pBiDi, text, length, paraLevel, NULL, pErrorCode);
}

static inline void marsad_ubidi_setLine(const UBiDi *pParaBiDi, int32_t start, int32_t limit,
                                        UBiDi *pLineBiDi, UErrorCode *pErrorCode) {
    ubidi_setLine(pParaBiDi, start, limit, pLineBiDi, pErrorCode);
}

static inline UBiDiLevel marsad_ubidi_getParaLevel(const UBiDi *pBiDi) { return ubidi_getParaLevel(pBiDi); }

static inline int32_t marsad_ubidi_getDirection(const UBiDi *pBiDi) { return (int32_t)ubidi_getDirection(pBiDi); }

static inline const UBiDiLevel *marsad_ubidi_getLevels(UBiDi *pBiDi, UErrorCode *pErrorCode) {
    return ubidi_getLevels(pBiDi, pErrorCode);
}

static inline int32_t marsad_ubidi_getProcessedLength(const UBiDi *pBiDi) { return ubidi_getProcessedLength(pBiDi); }

static inline void marsad_ubidi_reorderVisual(const UBiDiLevel *levels, int32_t length, int32_t *indexMap) {
    ubidi_reorderVisual(levels, length, indexMap);
}

static inline void marsad_ubidi_getVisualMap(UBiDi *pBiDi, int32_t *indexMap, UErrorCode *pErrorCode) {
    ubidi_getVisualMap(pBiDi, indexMap, pErrorCode);
}

static inline int32_t marsad_ubidi_getBaseDirection(const UChar *text, int32_t length) {
    return (int32_t)ubidi_getBaseDirection(text, length);
}

/// ICU's "default" paragraph levels: resolve by rules P2/P3, else LTR/RTL.
static inline UBiDiLevel marsad_UBIDI_DEFAULT_LTR(void) { return UBIDI_DEFAULT_LTR; }
static inline UBiDiLevel marsad_UBIDI_DEFAULT_RTL(void) { return UBIDI_DEFAULT_RTL; }

// MARK: Line breaking (UAX #14)

static inline UBreakIterator *marsad_ubrk_open_line(UErrorCode *status) {
    return ubrk_open(UBRK_LINE, "", NULL, 0, status);
}

static inline UBreakIterator *marsad_ubrk_open_character(UErrorCode *status) {
    return ubrk_open(UBRK_CHARACTER, "", NULL, 0, status);
}

static inline UBreakIterator *marsad_ubrk_clone(const UBreakIterator *bi, UErrorCode *status) {
    return ubrk_clone(bi, status);
}

static inline void marsad_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }

static inline void marsad_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t textLength,
                                       UErrorCode *status) {
    ubrk_setText(bi, text, textLength, status);
}

static inline int32_t marsad_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t marsad_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t marsad_ubrk_following(UBreakIterator *bi, int32_t offset) { return ubrk_following(bi, offset); }
static inline int32_t marsad_ubrk_preceding(UBreakIterator *bi, int32_t offset) { return ubrk_preceding(bi, offset); }
static inline int32_t marsad_ubrk_done(void) { return UBRK_DONE; }

// MARK: Transliteration (MarsadModel's Latin skeletons of Arabic names)

/// A forward transliterator from an ICU transform id ("Arabic-Latin; Latin-ASCII").
static inline UTransliterator *marsad_utrans_openU_forward(const UChar *id, int32_t idLength, UErrorCode *status) {
    return utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, status);
}

static inline void marsad_utrans_close(UTransliterator *trans) { utrans_close(trans); }

/// Transliterates `text[0..<*textLength]` in place (capacity `textCapacity`);
/// `*textLength` is the new length. Fails with U_BUFFER_OVERFLOW_ERROR when
/// the result does not fit.
static inline void marsad_utrans_transUChars(const UTransliterator *trans, UChar *text, int32_t *textLength,
                                             int32_t textCapacity, UErrorCode *status) {
    int32_t limit = *textLength;
    utrans_transUChars(trans, text, textLength, textCapacity, 0, &limit, status);
}

#endif
