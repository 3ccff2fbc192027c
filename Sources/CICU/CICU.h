// System ICU (Debian libicu-dev). Only the CWartaICU shim's .c file includes these headers;
// no Swift module imports CICU, because ICU's headers clash with Foundation's private ICU copy.
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
