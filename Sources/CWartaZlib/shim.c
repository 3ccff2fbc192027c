// The only file including <zlib.h>. Thin wrappers: no policy, only type conversion.
#include "CWartaZlib.h"
#include <zlib.h>
#include <stdlib.h>
#include <string.h>

struct WartaInflater {
    z_stream stream;
    int window_bits;
};

static int window_bits_for(int32_t format) {
    switch (format) {
    case WARTA_INFLATE_GZIP: return 16 + MAX_WBITS;
    case WARTA_INFLATE_ZLIB: return MAX_WBITS;
    case WARTA_INFLATE_RAW: return -MAX_WBITS;
    default: return 32 + MAX_WBITS;
    }
}

WartaInflater *warta_inflater_open(int32_t format) {
    WartaInflater *inflater = calloc(1, sizeof(WartaInflater));
    if (!inflater) return NULL;
    inflater->window_bits = window_bits_for(format);
    if (inflateInit2(&inflater->stream, inflater->window_bits) != Z_OK) {
        free(inflater);
        return NULL;
    }
    return inflater;
}

void warta_inflater_close(WartaInflater *inflater) {
    if (!inflater) return;
    inflateEnd(&inflater->stream);
    free(inflater);
}

int32_t warta_inflater_reset(WartaInflater *inflater) {
    return inflateReset(&inflater->stream) == Z_OK ? 0 : WARTA_INFLATE_OTHER_ERROR;
}

int32_t warta_inflater_run(WartaInflater *inflater, const uint8_t *input, int64_t input_length,
                           int64_t *consumed, uint8_t *output, int64_t capacity, int64_t *produced) {
    z_stream *stream = &inflater->stream;
    uInt in = input_length > 0x7fffffff ? 0x7fffffff : (uInt)input_length;
    uInt out = capacity > 0x7fffffff ? 0x7fffffff : (uInt)capacity;
    stream->next_in = (Bytef *)input;
    stream->avail_in = in;
    stream->next_out = output;
    stream->avail_out = out;
    int status = inflate(stream, Z_NO_FLUSH);
    *consumed = (int64_t)(in - stream->avail_in);
    *produced = (int64_t)(out - stream->avail_out);
    stream->next_in = NULL;
    stream->next_out = NULL;
    switch (status) {
    case Z_OK: return WARTA_INFLATE_OK;
    case Z_STREAM_END: return WARTA_INFLATE_END;
    case Z_BUF_ERROR: return WARTA_INFLATE_NEED_INPUT;
    case Z_DATA_ERROR: return WARTA_INFLATE_DATA_ERROR;
    case Z_MEM_ERROR: return WARTA_INFLATE_MEMORY_ERROR;
    case Z_NEED_DICT: return WARTA_INFLATE_DATA_ERROR;
    default: return WARTA_INFLATE_OTHER_ERROR;
    }
}

const char *warta_inflater_message(const WartaInflater *inflater) {
    return inflater->stream.msg ? inflater->stream.msg : "";
}

int64_t warta_gzip_bound(int64_t length) {
    // deflateBound for the default window and memory level, plus gzip's header and trailer.
    return length + (length >> 12) + (length >> 14) + (length >> 25) + 13 + 18 + 64;
}

int64_t warta_gzip_compress(const uint8_t *input, int64_t length, uint8_t *output, int64_t capacity,
                            int32_t level) {
    if (length > 0x7fffffff || capacity > 0x7fffffff) return WARTA_INFLATE_OTHER_ERROR;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return WARTA_INFLATE_MEMORY_ERROR;
    }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)length;
    stream.next_out = output;
    stream.avail_out = (uInt)capacity;
    int status = deflate(&stream, Z_FINISH);
    int64_t written = (int64_t)stream.total_out;
    deflateEnd(&stream);
    return status == Z_STREAM_END ? written : WARTA_INFLATE_OTHER_ERROR;
}

const char *warta_zlib_version(void) { return zlibVersion(); }
