#!/usr/bin/env python3
"""Compares a tall screenshot with the pages it should show, one under another.

Usage: compare_pages.py SCREENSHOT.png PAGE_HEIGHT PAGE1.png PAGE2.png ...

Page i is read from the screenshot at y = i * PAGE_HEIGHT, left-aligned. Both are turned to grey and reduced
four times (each 4 × 4 block averaged), so that the two renderers' antialiasing evens out, then every block
whose grey differs by more than 32 counts. Prints a line a page: its file and the share of blocks that
differ. Chromium against Cairo: under 0.2% for the same page; a page whose glyphs came from another page's
definitions (ids shared between inlined SVGs) differed on 7 to 24%.
"""
import sys

from PIL import Image, ImageChops


def main():
    shot = Image.open(sys.argv[1]).convert("L")
    page_height = int(sys.argv[2])
    for index, path in enumerate(sys.argv[3:]):
        page = Image.open(path).convert("L")
        top = index * page_height
        region = shot.crop((0, top, page.width, top + page.height)).reduce(4)
        expected = page.reduce(4)
        differing = ImageChops.difference(region, expected).point(lambda value: 255 if value > 32 else 0).histogram()[255]
        print(f"{path} {differing / (expected.width * expected.height):.5f}")


if __name__ == "__main__":
    main()
