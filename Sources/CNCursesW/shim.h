// The only door to ncurses. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so
// the wide-character API must be switched on here; macros (A_BOLD, getmaxyx,
// the mouse masks) and C globals that Swift 6 rejects (stdscr, LINES) are
// wrapped below, together with the signal handlers that put the terminal
// back however the program ends.
//
// The handlers keep state in static variables of this header: every call
// into them must come from one Swift file (NCursesBackend/CursesTerminal.swift),
// or each object file would get its own copy of that state.
#ifndef MARSAD_CNCURSESW_SHIM_H
#define MARSAD_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>

// glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM strips.
extern int wcwidth(wchar_t c);
static inline int marsad_wcwidth(wchar_t c) { return wcwidth(c); }

static inline WINDOW *marsad_stdscr(void) { return stdscr; }
static inline int marsad_lines(void) { return LINES; }
static inline int marsad_cols(void) { return COLS; }
static inline int marsad_color_pairs(void) { return COLOR_PAIRS; }

/// Starts curses on stdout/stdin; 0 when the terminal type is unknown
/// (newterm, unlike initscr, reports that instead of exiting).
static inline int marsad_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    return 1;
}

static inline attr_t marsad_a_normal(void) { return A_NORMAL; }
static inline attr_t marsad_a_bold(void) { return A_BOLD; }
static inline attr_t marsad_a_dim(void) { return A_DIM; }
static inline attr_t marsad_a_underline(void) { return A_UNDERLINE; }
static inline attr_t marsad_a_reverse(void) { return A_REVERSE; }
static inline attr_t marsad_a_italic(void) { return A_ITALIC; }

static inline int marsad_key_f(int n) { return KEY_F(n); }

static inline mmask_t marsad_button1_press(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t marsad_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t marsad_wheel_down(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/// True when the current locale's character set is UTF-8.
static inline int marsad_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

// --- Putting the terminal back -------------------------------------------

// State lives in function-local statics: Swift's importer emits those with
// the functions that use them, but not file-level statics of a header.
static inline volatile sig_atomic_t *marsad_screen_active(void) {
    static volatile sig_atomic_t active = 0;
    return &active;
}
static inline char *marsad_exit_sequence(void) {
    static char sequence[64];
    return sequence;
}
static inline struct sigaction *marsad_previous_actions(void) {
    static struct sigaction actions[NSIG];
    return actions;
}

/// Ends curses mode and writes the exit sequence (e.g. leaving VTE's
/// explicit bidi mode) once. Safe to call twice.
static void marsad_restore_terminal(void) {
    if (!*marsad_screen_active()) return;
    *marsad_screen_active() = 0;
    endwin();
    const char *sequence = marsad_exit_sequence();
    size_t n = strlen(sequence);
    if (n > 0) {
        ssize_t ignored = write(STDOUT_FILENO, sequence, n);
        (void)ignored;
    }
}

static void marsad_signal_handler(int sig) {
    marsad_restore_terminal();
    // Hand the signal to whoever had it before (the default: die with it;
    // Swift's crash reporter: print the backtrace on a sane terminal).
    sigaction(sig, &marsad_previous_actions()[sig], NULL);
    raise(sig);
}

static void marsad_atexit_restore(void) { marsad_restore_terminal(); }

/// Installs handlers for the signals that end a program (Ctrl-C, SIGTERM,
/// SIGHUP, SIGQUIT) or report a crash, and an atexit hook, all of which put
/// the terminal back. `exit_sequence` is written after `endwin`.
static inline void marsad_install_restore_handlers(const char *exit_sequence) {
    strncpy(marsad_exit_sequence(), exit_sequence ? exit_sequence : "", 63);
    marsad_exit_sequence()[63] = 0;
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = marsad_signal_handler;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &action, &marsad_previous_actions()[signals[i]]);
    }
    atexit(marsad_atexit_restore);
}

/// Marks curses mode as on (after initscr) so the handlers end it.
static inline void marsad_set_screen_active(int active) { *marsad_screen_active() = active; }

/// Ends curses mode now (normal exit).
static inline void marsad_end_screen(void) { marsad_restore_terminal(); }

#endif
