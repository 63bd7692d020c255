// librsvg draws SVG images into Cairo; gdk-pixbuf decodes JPEG. Only the FolioCairo module imports this.
#ifndef FOLIO_CRSVG_SHIM_H
#define FOLIO_CRSVG_SHIM_H

#include <librsvg/rsvg.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

#endif
