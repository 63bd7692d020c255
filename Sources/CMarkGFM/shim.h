// cmark-gfm, GitHub's CommonMark parser with its extensions (pipe tables, strikethrough).
// Only the FolioMarkdown module imports this.
#ifndef FOLIO_CMARKGFM_SHIM_H
#define FOLIO_CMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#endif
