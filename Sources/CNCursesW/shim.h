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
#include <errno.h>
#include <termios.h>
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
//
// Two ways back. A normal end (quit, an error, `exit`) calls endwin. A fatal
// signal cannot: endwin is not async-signal-safe, and the signal may have
// come in the middle of curses. The handler instead writes what endwin
// would send, computed beforehand (`marsad_prepare_signal_sequence`), puts
// back the tty settings saved before curses started (tcsetattr), and then
// dies of the signal with its default action (status 128+N, a core where
// enabled). It never returns to the program: a handler that returned (as
// Swift's crash handler does for a signal sent with kill) would leave the
// reader running with curses half ended, and the tty raw after it quits.

// State lives in a function-local static: Swift's importer emits those with
// the functions that use them, but not file-level statics of a header.
struct marsad_restore_state {
    volatile sig_atomic_t installed;
    volatile sig_atomic_t screen_active;      // curses mode is on
    volatile sig_atomic_t have_termios;       // saved_termios holds the tty's settings
    volatile sig_atomic_t mouse;              // curses turned xterm mouse reporting on
    volatile sig_atomic_t sequence_index;     // which of signal_sequence is current
    struct termios saved_termios;             // before curses started
    char exit_sequence[64];                   // written after curses ends
    char signal_sequence[2][512];             // endwin's output and exit_sequence
    struct sigaction previous[NSIG];          // the handlers ours replaced
};
static inline struct marsad_restore_state *marsad_state(void) {
    static struct marsad_restore_state state;
    return &state;
}

/// Ends curses mode and writes the exit sequence (e.g. leaving VTE's
/// explicit bidi mode) once. Safe to call twice. Not for signal handlers.
static void marsad_restore_terminal(void) {
    struct marsad_restore_state *s = marsad_state();
    if (!s->screen_active) return;
    s->screen_active = 0;
    endwin();
    size_t n = strlen(s->exit_sequence);
    if (n > 0) {
        ssize_t ignored = write(STDOUT_FILENO, s->exit_sequence, n);
        (void)ignored;
    }
}

/// Appends a terminfo string (its `$<…>` padding left out) to buf.
static inline void marsad_append_capability(char *buf, size_t cap, size_t *len, const char *text) {
    if (text == NULL || text == (const char *)-1) return;
    for (const char *p = text; *p; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *close = strchr(p, '>');
            if (close != NULL) {
                p = close;
                continue;
            }
        }
        if (*len + 1 >= cap) return;
        buf[(*len)++] = *p;
    }
    buf[*len] = 0;
}

/// Computes what the signal handlers write to leave curses mode, what
/// endwin would send: xterm mouse reporting off, keypad off, attributes
/// off, the cursor shown on the last line, the alternate screen left; then
/// the exit sequence. Call after curses starts and after each resize (the
/// last line moves); the handlers read the copy not being written.
static inline void marsad_prepare_signal_sequence(void) {
    struct marsad_restore_state *s = marsad_state();
    int next = 1 - s->sequence_index;
    char *buf = s->signal_sequence[next];
    size_t cap = sizeof s->signal_sequence[next], len = 0;
    buf[0] = 0;
    if (s->mouse) {
        // As ncurses does: the terminal's XM, else DEC 1000 (with SGR 1006
        // when the mouse key says SGR reports).
        const char *xm = tigetstr("XM");
        const char *key = tigetstr("kmous");
        if (xm != NULL && xm != (char *)-1) {
            marsad_append_capability(buf, cap, &len, tiparm(xm, 0));
        } else if (key != NULL && key != (char *)-1 && strstr(key, "[<") != NULL) {
            marsad_append_capability(buf, cap, &len, "\033[?1006;1000l");
        } else {
            marsad_append_capability(buf, cap, &len, "\033[?1000l");
        }
    }
    marsad_append_capability(buf, cap, &len, tigetstr("rmkx"));
    marsad_append_capability(buf, cap, &len, tigetstr("sgr0"));
    const char *cup = tigetstr("cup");
    if (cup != NULL && cup != (char *)-1 && LINES > 0) {
        marsad_append_capability(buf, cap, &len, tiparm(cup, LINES - 1, 0));
    }
    marsad_append_capability(buf, cap, &len, tigetstr("cnorm"));
    marsad_append_capability(buf, cap, &len, tigetstr("rmcup"));
    marsad_append_capability(buf, cap, &len, s->exit_sequence);
    s->sequence_index = next;
}

static inline void marsad_write_all(const char *p, size_t n) {
    while (n > 0) {
        ssize_t written = write(STDOUT_FILENO, p, n);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        p += written;
        n -= (size_t)written;
    }
}

static inline int marsad_is_crash_signal(int sig) {
    return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP || sig == SIGABRT;
}

/// Only async-signal-safe calls here (write, tcsetattr, pipe, dup2, close,
/// sigaction, sigprocmask, raise, _exit).
static void marsad_signal_handler(int sig, siginfo_t *info, void *context) {
    struct marsad_restore_state *s = marsad_state();
    if (s->screen_active) {
        s->screen_active = 0;
        const char *sequence = s->signal_sequence[s->sequence_index];
        marsad_write_all(sequence, strlen(sequence));
    }
    if (s->have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &s->saved_termios);

    // A crash of our own (a fault: si_code > 0; abort() and raise(): sent
    // by this process) goes on to the handler that was there before,
    // Swift's crash reporter, for the backtrace; a signal sent by another
    // process, and SIGQUIT, do not: the reporter would treat `kill -SEGV`
    // as a crash, then return and let the reader run on.
    const struct sigaction *previous = &s->previous[sig];
    int own_crash = marsad_is_crash_signal(sig) && info != NULL && (info->si_code > 0 || info->si_pid == getpid());
    int has_handler = (previous->sa_flags & SA_SIGINFO) ? previous->sa_sigaction != NULL
        : (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN);
    if (own_crash && has_handler) {
        // The reporter asks "Press space to interact…" and waits 30 s for
        // a key when standard input is a terminal (SWIFT_BACKTRACE is read
        // once, at start, so it cannot be turned off from here). Its
        // standard input becomes a pipe holding one newline: "any other
        // key", it quits at once. (On /dev/null it would read end of file,
        // which it takes for a key and crashes on, printing " failed".)
        int key[2];
        if (pipe(key) == 0) {
            ssize_t ignored = write(key[1], "\n", 1);
            (void)ignored;
            close(key[1]);
            if (key[0] != STDIN_FILENO) {
                dup2(key[0], STDIN_FILENO);
                close(key[0]);
            }
        }
        // The mask it would have run with (its memory server must be able
        // to catch SIGSEGV and SIGBUS).
        sigset_t mask = previous->sa_mask;
        if (!(previous->sa_flags & SA_NODEFER)) sigaddset(&mask, sig);
        sigprocmask(SIG_SETMASK, &mask, NULL);
        if (previous->sa_flags & SA_SIGINFO) previous->sa_sigaction(sig, info, context);
        else previous->sa_handler(sig);
    }

    // Die of the signal as if it had never been caught.
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(sig, &fallback, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    _exit(128 + sig);
}

static void marsad_atexit_restore(void) { marsad_restore_terminal(); }

/// Saves the tty's settings and installs handlers for the signals that end
/// a program (Ctrl-C, SIGTERM, SIGHUP, Ctrl-\ and SIGQUIT) or report a
/// crash, and an atexit hook, all of which put the terminal back. Signals
/// that were ignored stay ignored. `exit_sequence` is written after
/// curses ends. Installs once; later calls only change the sequence.
static inline void marsad_install_restore_handlers(const char *exit_sequence) {
    struct marsad_restore_state *s = marsad_state();
    strncpy(s->exit_sequence, exit_sequence ? exit_sequence : "", sizeof s->exit_sequence - 1);
    s->exit_sequence[sizeof s->exit_sequence - 1] = 0;
    if (tcgetattr(STDIN_FILENO, &s->saved_termios) == 0) s->have_termios = 1;
    if (s->installed) return;
    s->installed = 1;
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP};
    const size_t count = sizeof signals / sizeof signals[0];
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = marsad_signal_handler;
    // On the alternate stack where there is one (Swift's runtime sets one
    // up: a stack overflow still gets here); the others wait meanwhile.
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < count; i++) sigaddset(&action.sa_mask, signals[i]);
    for (size_t i = 0; i < count; i++) {
        int sig = signals[i];
        if (sigaction(sig, NULL, &s->previous[sig]) != 0) continue;
        if (!(s->previous[sig].sa_flags & SA_SIGINFO) && s->previous[sig].sa_handler == SIG_IGN) continue;
        sigaction(sig, &action, NULL);
    }
    atexit(marsad_atexit_restore);
}

/// Marks curses mode as on (after newterm) so the handlers end it.
static inline void marsad_set_screen_active(int active) { marsad_state()->screen_active = active; }

/// Notes that curses turned mouse reporting on (for the signal sequence).
static inline void marsad_set_mouse_active(int active) { marsad_state()->mouse = active; }

/// Ends curses mode now (normal exit).
static inline void marsad_end_screen(void) { marsad_restore_terminal(); }

#endif
