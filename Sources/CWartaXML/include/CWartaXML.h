// CWartaXML: the tiny C seam between Warta and the system libxml2 HTML parser.
//
// Like CWartaICU, this header exposes no libxml2 type: only fixed-width integers and opaque
// handles, so Swift modules importing it never see <libxml/...>. Every function is prefixed
// `warta_xml_`. No policy lives here: the parse options are fixed (recover, no errors or warnings
// printed, never the network), everything else is decided in Swift.
#ifndef CWARTAXML_H
#define CWARTAXML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A parsed HTML document (libxml2's htmlDocPtr). Free with warta_xml_free.
typedef struct WartaXMLDocument WartaXMLDocument;
/// A node of a document (libxml2's xmlNodePtr); valid while its document lives.
typedef struct WartaXMLNode WartaXMLNode;
/// An attribute of an element node (libxml2's xmlAttrPtr); valid while its document lives.
typedef struct WartaXMLAttribute WartaXMLAttribute;

/// Node kinds, mirroring libxml2's xmlElementType.
#define WARTA_XML_ELEMENT 1
#define WARTA_XML_TEXT 3
#define WARTA_XML_CDATA 4
#define WARTA_XML_COMMENT 8

/// Parses `length` bytes of HTML with libxml2's tolerant HTML parser (HTML_PARSE_RECOVER,
/// NOERROR, NOWARNING, NONET, NOBLANKS off, COMPACT). `encoding` is an encoding name libxml2 or
/// iconv knows ("UTF-8", "windows-1252"); NULL lets libxml2 decide. Returns NULL when libxml2
/// produced no document at all.
WartaXMLDocument *warta_xml_read_html(const uint8_t *bytes, int64_t length, const char *encoding);

void warta_xml_free(WartaXMLDocument *document);

/// Whether libxml2 knows an encoding called `name` (1) or not (0).
int32_t warta_xml_knows_encoding(const char *name);

/// The document's top node (usually <html>), or NULL.
const WartaXMLNode *warta_xml_root(const WartaXMLDocument *document);
const WartaXMLNode *warta_xml_first_child(const WartaXMLNode *node);
const WartaXMLNode *warta_xml_next_sibling(const WartaXMLNode *node);
/// One of the WARTA_XML_* kinds (or another xmlElementType value).
int32_t warta_xml_kind(const WartaXMLNode *node);
/// An element's name (lowercase for HTML), NUL-terminated UTF-8; NULL for text nodes.
const uint8_t *warta_xml_name(const WartaXMLNode *node);
/// A text, CDATA or comment node's content, NUL-terminated UTF-8 (entities decoded); else NULL.
const uint8_t *warta_xml_content(const WartaXMLNode *node);

const WartaXMLAttribute *warta_xml_first_attribute(const WartaXMLNode *node);
const WartaXMLAttribute *warta_xml_next_attribute(const WartaXMLAttribute *attribute);
/// An attribute's name, NUL-terminated UTF-8.
const uint8_t *warta_xml_attribute_name(const WartaXMLAttribute *attribute);
/// An attribute's value when it is one text node (always so from the HTML parser), else NULL.
const uint8_t *warta_xml_attribute_value(const WartaXMLAttribute *attribute);

#ifdef __cplusplus
}
#endif

#endif
