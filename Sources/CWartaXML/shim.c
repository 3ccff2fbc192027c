// The only file in Warta that includes libxml2's headers. Conversions only; no policy.
#include "CWartaXML.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>

WartaXMLDocument *warta_xml_read_html(const uint8_t *bytes, int64_t length, const char *encoding) {
    if (length < 0 || length > INT32_MAX) return NULL;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT;
    htmlDocPtr document = htmlReadMemory((const char *)bytes, (int)length, NULL, encoding, options);
    return (WartaXMLDocument *)document;
}

void warta_xml_free(WartaXMLDocument *document) {
    if (document != NULL) xmlFreeDoc((xmlDocPtr)document);
}

int32_t warta_xml_knows_encoding(const char *name) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name);
    if (handler == NULL) return 0;
    xmlCharEncCloseFunc(handler);
    return 1;
}

const WartaXMLNode *warta_xml_root(const WartaXMLDocument *document) {
    return (const WartaXMLNode *)xmlDocGetRootElement((const xmlDoc *)document);
}

const WartaXMLNode *warta_xml_first_child(const WartaXMLNode *node) {
    return (const WartaXMLNode *)((const xmlNode *)node)->children;
}

const WartaXMLNode *warta_xml_next_sibling(const WartaXMLNode *node) {
    return (const WartaXMLNode *)((const xmlNode *)node)->next;
}

int32_t warta_xml_kind(const WartaXMLNode *node) {
    return (int32_t)((const xmlNode *)node)->type;
}

const uint8_t *warta_xml_name(const WartaXMLNode *node) {
    const xmlNode *n = (const xmlNode *)node;
    return n->type == XML_ELEMENT_NODE ? (const uint8_t *)n->name : NULL;
}

const uint8_t *warta_xml_content(const WartaXMLNode *node) {
    const xmlNode *n = (const xmlNode *)node;
    switch (n->type) {
    case XML_TEXT_NODE: case XML_CDATA_SECTION_NODE: case XML_COMMENT_NODE:
        return (const uint8_t *)n->content;
    default:
        return NULL;
    }
}

const WartaXMLAttribute *warta_xml_first_attribute(const WartaXMLNode *node) {
    const xmlNode *n = (const xmlNode *)node;
    return n->type == XML_ELEMENT_NODE ? (const WartaXMLAttribute *)n->properties : NULL;
}

const WartaXMLAttribute *warta_xml_next_attribute(const WartaXMLAttribute *attribute) {
    return (const WartaXMLAttribute *)((const xmlAttr *)attribute)->next;
}

const uint8_t *warta_xml_attribute_name(const WartaXMLAttribute *attribute) {
    return (const uint8_t *)((const xmlAttr *)attribute)->name;
}

const uint8_t *warta_xml_attribute_value(const WartaXMLAttribute *attribute) {
    const xmlNode *value = ((const xmlAttr *)attribute)->children;
    if (value == NULL || value->next != NULL || value->type != XML_TEXT_NODE) return NULL;
    return (const uint8_t *)value->content;
}
