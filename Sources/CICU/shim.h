// Thin wrappers over ICU's C API. ICU renames every function with a version
// suffix through macros (ubidi_open -> ubidi_open_72) that Swift does not
// import, so each call the project makes goes through a static inline
// function here; it compiles against whatever ICU version is installed.
#ifndef MARSAD_CICU_SHIM_H
#define MARSAD_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ubidi.h>
#include <unicode/ushape.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

static inline int marsad_u_failure(UErrorCode code) { return U_FAILURE(code) ? 1 : 0; }

static inline void marsad_u_getVersion(UVersionInfo info) { u_getVersion(info); }

#endif
