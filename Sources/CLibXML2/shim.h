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
#endif
