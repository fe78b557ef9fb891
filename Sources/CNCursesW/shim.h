// The only door to ncurses. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so
// the wide-character API must be switched on here; macros (A_BOLD, getmaxyx)
// and C globals that Swift 6 rejects (stdscr, LINES) are wrapped below.
#ifndef MARSAD_CNCURSESW_SHIM_H
#define MARSAD_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

static inline WINDOW *marsad_stdscr(void) { return stdscr; }

#endif
