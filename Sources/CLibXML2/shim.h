#ifndef PARLEY_LIBXML2_SHIM_H
#define PARLEY_LIBXML2_SHIM_H
// libxml2's HTML parser (the one lxml and trafilatura use), reached through pkg-config libxml-2.0.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
