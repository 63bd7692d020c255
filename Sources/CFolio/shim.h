// The C libraries Folio uses. Only the FolioCairo module imports this.
#ifndef FOLIO_CFOLIO_SHIM_H
#define FOLIO_CFOLIO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <hyphen.h>

#endif
