// CWartaICU: the tiny C seam between Warta and the system ICU library.
//
// This header deliberately exposes no ICU type: only fixed-width integers and an opaque handle,
// so that Swift modules importing it never see <unicode/...> (which clashes with Foundation's
// private ICU copy on Linux). Every function is prefixed `warta_`. No logic lives here.
#ifndef CWARTAICU_H
#define CWARTAICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of break iterator, mirroring ICU's UBreakIteratorType.
#define WARTA_BREAK_WORD 1
#define WARTA_BREAK_SENTENCE 3

/// An ICU break iterator together with the UText it reads; one per thread.
typedef struct WartaBreaker WartaBreaker;

/// Opens a break iterator of `kind` for `locale` (e.g. "id"). On failure returns NULL and sets
/// *error to ICU's positive UErrorCode. Warnings (negative codes) are not failures.
WartaBreaker *warta_breaker_open(int32_t kind, const char *locale, int32_t *error);

/// An independent copy of `prototype`, cheaper than opening a new one.
WartaBreaker *warta_breaker_clone(const WartaBreaker *prototype, int32_t *error);

void warta_breaker_close(WartaBreaker *breaker);

/// Points the iterator at UTF-8 bytes (not copied: they must outlive the iteration).
/// Returns 0 or ICU's positive error code.
int32_t warta_breaker_set_utf8(WartaBreaker *breaker, const uint8_t *bytes, int64_t length);

/// Writes up to `capacity` following boundaries (UTF-8 byte offsets) and, unless `statuses` is
/// NULL, their rule statuses (fetching statuses costs about a sixth of the iteration).
/// Returns how many were written; 0 once the end has been passed.
int32_t warta_breaker_next_batch(WartaBreaker *breaker, int64_t *boundaries, int32_t *statuses,
                                 int32_t capacity);

/// NFC-normalises UTF-8 `input` into `output`. Returns the length the output needs (it may be
/// larger than `capacity`: call again with more room). Sets *error to ICU's positive error code.
int32_t warta_nfc_utf8(const uint8_t *input, int32_t length, uint8_t *output, int32_t capacity,
                       int32_t *error);

/// ICU's Sentence_Break property value of code point `c` (UCHAR_SENTENCE_BREAK: 0 Other,
/// 1 ATerm, 2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper,
/// 11 CR, 12 Extend, 13 LF, 14 SContinue).
int32_t warta_sentence_break(int32_t c);

/// ICU's name for an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *warta_error_name(int32_t error);

#ifdef __cplusplus
}
#endif

#endif
