// The only file in Warta that includes ICU's headers. Conversions only; no policy.
#include "CWartaICU.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>

struct WartaBreaker {
    UBreakIterator *iterator;
    UText text;
    int hasText;
};

static WartaBreaker *warta_wrap(UBreakIterator *iterator) {
    WartaBreaker *breaker = (WartaBreaker *)calloc(1, sizeof(WartaBreaker));
    if (breaker == NULL) { ubrk_close(iterator); return NULL; }
    UText initial = UTEXT_INITIALIZER;
    breaker->iterator = iterator;
    breaker->text = initial;
    breaker->hasText = 0;
    return breaker;
}

WartaBreaker *warta_breaker_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { *error = (int32_t)status; return NULL; }
    *error = 0;
    return warta_wrap(iterator);
}

WartaBreaker *warta_breaker_clone(const WartaBreaker *prototype, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(prototype->iterator, &status);
    if (U_FAILURE(status)) { *error = (int32_t)status; return NULL; }
    *error = 0;
    return warta_wrap(iterator);
}

void warta_breaker_close(WartaBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->hasText) utext_close(&breaker->text);
    free(breaker);
}

int32_t warta_breaker_set_utf8(WartaBreaker *breaker, const uint8_t *bytes, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const char empty[1] = {0};
    const char *start = length > 0 ? (const char *)bytes : empty;
    utext_openUTF8(&breaker->text, start, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    breaker->hasText = 1;
    ubrk_setUText(breaker->iterator, &breaker->text, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    return 0;
}

int32_t warta_breaker_next_batch(WartaBreaker *breaker, int64_t *boundaries, int32_t *statuses,
                                 int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) break;
        boundaries[count] = (int64_t)boundary;  /* UTF-8 byte offset: UText's native index */
        if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

int32_t warta_nfc_utf8(const uint8_t *input, int32_t length, uint8_t *output, int32_t capacity,
                       int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *error = 0;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) { *error = (int32_t)status; return 0; }
    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, (const char *)input, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) { *error = (int32_t)status; return 0; }
    status = U_ZERO_ERROR;
    UChar *source = (UChar *)malloc(sizeof(UChar) * (size_t)(units + 1));
    UChar *normal = (UChar *)malloc(sizeof(UChar) * (size_t)(units * 3 + 1));
    if (source == NULL || normal == NULL) { free(source); free(normal); *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
    u_strFromUTF8WithSub(source, units + 1, NULL, (const char *)input, length, 0xFFFD, NULL, &status);
    int32_t normalLength = U_SUCCESS(status) ? unorm2_normalize(nfc, source, units, normal, units * 3 + 1, &status) : 0;
    int32_t needed = 0;
    if (U_SUCCESS(status)) {
        u_strToUTF8((char *)output, capacity, &needed, normal, normalLength, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    }
    if (U_FAILURE(status)) *error = (int32_t)status;
    free(source);
    free(normal);
    return needed;
}

const char *warta_error_name(int32_t error) {
    return u_errorName((UErrorCode)error);
}

int32_t warta_sentence_break(int32_t c) {
    return u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
}
