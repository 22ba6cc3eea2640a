#!/usr/bin/env python3
"""Prints the bundled letters to PDF with headless Chromium, the way a user's browser would.

Each block of consecutive lines of a corpus/letters/*.txt file becomes one <p>, its lines separated
by <br> (a prose paragraph is one long line that the browser wraps; a signatory list is one line per
signatory). Run from the repository root; commit the PDFs (CI may have no Chromium):

    python3 corpus/src/test/resources/org/refrain/corpus/formats/make-pdfs.py
"""
import html
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path("corpus/letters")
OUT = pathlib.Path("corpus/src/test/resources/org/refrain/corpus/formats/pdf")
STYLE = """@page { size: A4; margin: 2cm; }
body { font-family: "DejaVu Serif", serif; font-size: 11pt; line-height: 1.3; }
p { margin: 0 0 0.9em 0; }"""


def to_html(text):
    blocks, block = [], []
    for line in text.splitlines():
        if line.strip():
            block.append(html.escape(line.strip()))
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    body = "\n".join("<p>" + "<br>\n".join(b) + "</p>" for b in blocks)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>'
            + STYLE + "</style></head><body>\n" + body + "\n</body></html>\n")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for txt in sorted(ROOT.glob("*.txt")):
            page = pathlib.Path(tmp) / (txt.stem + ".html")
            page.write_text(to_html(txt.read_text(encoding="utf-8")), encoding="utf-8")
            pdf = (OUT / (txt.stem + ".pdf")).resolve()
            subprocess.run(
                ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--user-data-dir=" + tmp + "/profile",
                 "--no-pdf-header-footer", "--print-to-pdf=" + str(pdf), page.as_uri()],
                check=True, capture_output=True)
            print(pdf, pdf.stat().st_size)


if __name__ == "__main__":
    main()
