// CWartaZlib: the tiny C seam between Warta and the system zlib library.
//
// Like CWartaICU, this header exposes no zlib type: only fixed-width integers and an opaque
// handle, so Swift never sees <zlib.h> (its z_stream holds pointers Swift would have to keep
// pinned, and its macros such as inflateInit2 cannot be imported). Every function is prefixed
// `warta_`. No logic lives here: the Swift side decides what a result means.
#ifndef CWARTAZLIB_H
#define CWARTAZLIB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Formats an inflater reads: a gzip member (RFC 1952), a zlib stream (RFC 1950), raw deflate
/// (RFC 1951), or gzip-or-zlib detected from the header.
#define WARTA_INFLATE_GZIP 0
#define WARTA_INFLATE_ZLIB 1
#define WARTA_INFLATE_RAW 2
#define WARTA_INFLATE_AUTO 3

/// Results of warta_inflater_run.
#define WARTA_INFLATE_OK 0          // progress made; call again with more input or room
#define WARTA_INFLATE_END 1         // the stream (gzip member) ended; reset for the next member
#define WARTA_INFLATE_NEED_INPUT 2  // no progress possible without more input
#define WARTA_INFLATE_DATA_ERROR -3 // corrupt data (zlib's Z_DATA_ERROR)
#define WARTA_INFLATE_MEMORY_ERROR -4
#define WARTA_INFLATE_OTHER_ERROR -2

/// A zlib inflate stream; one per reader, not shared between threads.
typedef struct WartaInflater WartaInflater;

/// A new inflater for `format`, or NULL when zlib cannot allocate one.
WartaInflater *warta_inflater_open(int32_t format);

void warta_inflater_close(WartaInflater *inflater);

/// Starts a new stream of the same format (the next gzip member). Returns 0 or a negative code.
int32_t warta_inflater_reset(WartaInflater *inflater);

/// Inflates from `input` (`input_length` bytes) into `output` (`capacity` bytes). Sets *consumed
/// and *produced to the bytes taken and written. Returns one of the WARTA_INFLATE_ codes.
/// Lengths are at most 2^31-1 each (zlib's counters are 32-bit); pass larger buffers in parts.
int32_t warta_inflater_run(WartaInflater *inflater, const uint8_t *input, int64_t input_length,
                           int64_t *consumed, uint8_t *output, int64_t capacity, int64_t *produced);

/// zlib's message for the last error, or "" (owned by the inflater).
const char *warta_inflater_message(const WartaInflater *inflater);

/// The most bytes warta_gzip_compress can write for `length` input bytes.
int64_t warta_gzip_bound(int64_t length);

/// Compresses `input` into one gzip member at `level` (0-9) in `output`. Returns the member's
/// length, or a negative code when `capacity` is too small or zlib fails.
int64_t warta_gzip_compress(const uint8_t *input, int64_t length, uint8_t *output, int64_t capacity,
                            int32_t level);

/// The zlib version string, e.g. "1.2.13".
const char *warta_zlib_version(void);

#ifdef __cplusplus
}
#endif

#endif
