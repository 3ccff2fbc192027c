// System libxml2 (Debian libxml2-dev). Only the CWartaXML shim's .c file includes these headers;
// no Swift module imports CLibXML2, so Swift code never sees libxml2's types.
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>
