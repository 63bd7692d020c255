// Cairo, Pango, fontconfig, libhyphen and zlib: the C libraries the backend uses. Only FolioCairo imports this.
#ifndef FOLIO_CFOLIO_SHIM_H
#define FOLIO_CFOLIO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>
#include <hyphen.h>
#include <zlib.h>
// glibc's malloc_trim (FreedMemory.swift).
#include <malloc.h>

// librsvg and gdk-pixbuf are opened only when a briefing has an SVG or JPEG image (ImageLibraries.swift):
// linked, they and their own libraries cost every run 3 ms of start-up. The one structure their functions
// take, declared as librsvg declares RsvgRectangle.
typedef struct {
    double x;
    double y;
    double width;
    double height;
} FolioRsvgRectangle;

#endif
