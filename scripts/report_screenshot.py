#!/usr/bin/env python3
"""Write a PNG screenshot of a distillguard report.html with Debian's headless Chromium.

Usage: python3 scripts/report_screenshot.py OUT/report.html shot.png [--width 1280]

Needs `pip install playwright` and `apt-get install chromium`; Playwright drives the
system browser (CHROMIUM env var, default /usr/bin/chromium) and downloads nothing.
"""

import argparse
import os
import pathlib
import sys

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=pathlib.Path, help="report.html written by distillguard scan")
    ap.add_argument("png", type=pathlib.Path, help="where to write the screenshot")
    ap.add_argument("--width", type=int, default=1280, help="viewport width in CSS pixels")
    ap.add_argument("--viewport-only", action="store_true", help="only the first screen, not the whole page")
    a = ap.parse_args()
    if not a.report.is_file():
        print(f"{a.report}: no such file", file=sys.stderr)
        return 2
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            page = browser.new_page(viewport={"width": a.width, "height": 900})
            page.goto(a.report.resolve().as_uri())
            page.screenshot(path=str(a.png), full_page=not a.viewport_only)
        finally:
            browser.close()
    print(a.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
