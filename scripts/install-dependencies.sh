#!/usr/bin/env bash
# Installs the Debian packages Folio builds, renders and tests with, when any is missing.
# As root it runs apt-get; otherwise it prints the exact command to run and stops.
set -euo pipefail

packages=(
  pkg-config
  libcairo2-dev      # Cairo with its PDF, SVG and PNG surfaces
  libpango1.0-dev    # Pango, PangoCairo, HarfBuzz and fontconfig
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # Markdown briefings (GitHub-flavoured, with pipe tables)
  librsvg2-2 libgdk-pixbuf-2.0-0  # SVG and JPEG images (opened at run time, not linked)
  zlib1g-dev         # CRCs and compression for what Folio adds to Cairo's PNG and PDF output
  libhyphen-dev      # hyphenation, with the patterns of every built-in language Debian has them for:
  hyphen-en-us hyphen-en-gb hyphen-de hyphen-fr hyphen-el hyphen-es hyphen-it hyphen-pt-pt hyphen-nl hyphen-pl
  hyphen-cs hyphen-hr hyphen-sr hyphen-ru hyphen-uk hyphen-ro hyphen-hu
  fonts-dejavu-core  # the default style's fonts
  fonts-noto-core    # fallback for scripts DejaVu lacks
  fonts-droid-fallback  # a font outside Folio's folders, for the --font-dir tests
  poppler-utils      # pdfinfo, pdftotext, pdffonts, pdftoppm: the tests read PDFs back with them
  librsvg2-bin       # rsvg-convert: the tests read SVG pages back with it
  chromium           # headless Chromium: SVG pages inlined together in one HTML page, as embedders do
  qpdf               # qpdf --check in the tests
  mupdf-tools        # mutool: the tests read text back as MuPDF does
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

# Python's jsonschema and PyYAML check `folio schema` independently in the tests; Pillow compares Chromium's
# screenshots with Folio's PNG pages; pdfua checks PDFs against PDF/UA-1, and pypdfium2 reads their text as
# Chrome's PDFium does; pyphen reads LibreOffice's hyphenation patterns apart from libhyphen, to check breaks.
python_ok=true
python3 -c 'import jsonschema, yaml, PIL, pdfua, pypdfium2, pyphen' 2>/dev/null || python_ok=false
command -v pdfua >/dev/null || python_ok=false

if ((${#missing[@]} == 0)) && $python_ok; then
  exit 0
fi

if ((${#missing[@]} > 0)); then
  command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "Folio needs these packages: ${missing[*]}" >&2
    echo "Install them as root, then run this again:" >&2
    echo "  sudo sh -c '$command'" >&2
    exit 1
  fi
  echo "Installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! $python_ok; then
  echo "Installing Python's jsonschema, PyYAML, Pillow, pdfua, pypdfium2 and pyphen (for the tests)" >&2
  python3 -m pip install --quiet jsonschema pyyaml pillow pdfua pypdfium2 pyphen
fi
