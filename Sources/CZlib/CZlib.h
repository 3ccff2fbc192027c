// System zlib (Debian zlib1g-dev). Only the CWartaZlib shim's .c file includes this header; no
// Swift module imports CZlib, so zlib's types and macros never reach Swift code.
#include <zlib.h>
