// CWartaXML: the tiny C seam between Warta and the system libxml2 HTML parser.
//
// Like CWartaICU, this header exposes no libxml2 type: only fixed-width integers, plain
// pointers and callbacks, so Swift modules importing it never see <libxml/...>. Every function
// is prefixed `warta_xml_`. No policy lives here: the parse options are fixed (recover, no errors
// or warnings printed, never the network), everything else is decided in Swift.
#ifndef CWARTAXML_H
#define CWARTAXML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An element starts: its lowercase name and its attributes as NUL-terminated UTF-8 name/value
/// pairs ending with NULL (a value may be NULL for an attribute written without one), or NULL.
typedef void (*WartaXMLStartElement)(void *context, const uint8_t *name, const uint8_t *const *attributes);
/// The element opened last ends (libxml2 closes implied and unclosed elements itself).
typedef void (*WartaXMLEndElement)(void *context, const uint8_t *name);
/// Text (entities decoded), whitespace, or the content of <script>/<style>, as UTF-8; one text
/// run may arrive in several calls.
typedef void (*WartaXMLCharacters)(void *context, const uint8_t *bytes, int32_t length);

/// Streams `length` bytes of HTML through libxml2's tolerant HTML parser (HTML_PARSE_RECOVER,
/// NOERROR, NOWARNING, NONET) without building a document tree: the callbacks receive elements
/// and text in document order. `encoding` is a name libxml2 or iconv knows ("UTF-8",
/// "windows-1252"); NULL lets libxml2 decide. Comments and processing instructions are not
/// reported. Returns 0, or -1 when no parser could be created (length over 2 GB, no memory).
int32_t warta_xml_parse_html(const uint8_t *bytes, int64_t length, const char *encoding, void *context,
                             WartaXMLStartElement start, WartaXMLEndElement end, WartaXMLCharacters characters);

/// Initialises libxml2's global state (xmlInitParser). Call once before parsing from several
/// threads: libxml2 would otherwise initialise itself lazily on first use, which is not thread-safe.
void warta_xml_initialize(void);

/// Whether libxml2 knows an encoding called `name` (1) or not (0).
int32_t warta_xml_knows_encoding(const char *name);

#ifdef __cplusplus
}
#endif

#endif
