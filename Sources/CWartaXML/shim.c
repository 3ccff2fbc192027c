// The only file in Warta that includes libxml2's headers. Plumbing only; no policy.
#include "CWartaXML.h"
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>

int32_t warta_xml_parse_html(const uint8_t *bytes, int64_t length, const char *encoding, void *context,
                             WartaXMLStartElement start, WartaXMLEndElement end, WartaXMLCharacters characters) {
    if (length < 0 || length > INT32_MAX) return -1;
    htmlParserCtxtPtr parser = htmlCreateMemoryParserCtxt((const char *)bytes, (int)length);
    if (parser == NULL) return -1;
    htmlSAXHandler *handler = (htmlSAXHandler *)xmlMalloc(sizeof(htmlSAXHandler));
    if (handler == NULL) { htmlFreeParserCtxt(parser); return -1; }
    memset(handler, 0, sizeof(htmlSAXHandler));
    handler->startElement = (startElementSAXFunc)start;
    handler->endElement = (endElementSAXFunc)end;
    handler->characters = (charactersSAXFunc)characters;
    handler->ignorableWhitespace = (ignorableWhitespaceSAXFunc)characters;
    handler->cdataBlock = (cdataBlockSAXFunc)characters;
    handler->initialized = 1;
    if (parser->sax != NULL) xmlFree(parser->sax);
    parser->sax = handler;
    parser->userData = context;
    htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr decoder = xmlFindCharEncodingHandler(encoding);
        if (decoder != NULL) {
            xmlSwitchToEncoding(parser, decoder);
            if (parser->input->encoding != NULL) xmlFree((xmlChar *)parser->input->encoding);
            parser->input->encoding = xmlStrdup((const xmlChar *)encoding);
        }
    }
    htmlParseDocument(parser);
    if (parser->myDoc != NULL) xmlFreeDoc(parser->myDoc);
    htmlFreeParserCtxt(parser);
    return 0;
}

void warta_xml_initialize(void) {
    xmlInitParser();
}

int32_t warta_xml_knows_encoding(const char *name) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name);
    if (handler == NULL) return 0;
    xmlCharEncCloseFunc(handler);
    return 1;
}
