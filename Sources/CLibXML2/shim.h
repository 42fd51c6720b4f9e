#ifndef PARLEY_LIBXML2_SHIM_H
#define PARLEY_LIBXML2_SHIM_H
// libxml2's HTML parser (the one lxml and trafilatura use), reached through pkg-config libxml-2.0.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its encoding.h then includes the system's <unicode/ucnv.h>, whose
// enums clash with the ICU copy inside Foundation in any module that imports both. We never touch the ICU
// converter fields of xmlCharEncodingHandler (only pointers to handlers pass through Swift), so the
// headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

// libxml2 prints some problems (a broken byte sequence in a declared encoding: "encoding error : input
// conversion failed") to stderr through its error handlers even with HTML_PARSE_NOERROR. A page's flaws are not
// the user's errors, so the handlers are swapped for ones that drop them. Swift cannot write the variadic one.
static void parley_xml_drop_message(void *context, const char *message, ...) { (void)context; (void)message; }
static void parley_xml_drop_error(void *context, xmlErrorPtr error) { (void)context; (void)error; }

/// Silences libxml2 on the calling thread (its error handlers are per thread).
static inline void parley_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, parley_xml_drop_message);
    xmlSetStructuredErrorFunc(NULL, parley_xml_drop_error);
}
#endif
