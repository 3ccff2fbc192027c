// libFuzzer's documented entry for programs that have their own main (LLVM 11 and later).
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>
typedef int (*WartaFuzzCallback)(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, WartaFuzzCallback callback);
#endif
