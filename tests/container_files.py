"""Files in the shapes their programs write them, built in code: a Word report, a 7z archive as py7zr (7-Zip's
format) packs it, a Safari web archive, an opaque-signed S/MIME e-mail and a LibreOffice Base database."""

from __future__ import annotations

import io
from typing import Sequence

import docx

HEADER = ("Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere")


def docx_report(title: str, rows: Sequence[Sequence[str]]) -> bytes:
    """A member's Word report: a heading, a sentence and a table of tiltak under HEADER."""
    d = docx.Document()
    d.add_heading(title, 1)
    d.add_paragraph("Tabellen viser tiltakene vi har gjennomført i året.")
    table = d.add_table(rows=0, cols=len(HEADER))
    for row in (HEADER, *rows):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def seven_zip(files: dict[str, bytes], password: str | None = None, header_compressed: bool = True,
              bcj: bool = False) -> bytes:
    """A 7z archive of `files`, solid LZMA2 (after the x86 BCJ filter with `bcj`), its header compressed or plain as
    7-Zip's «-mhc=on/off» writes it; with a password, AES-encrypted with its names too."""
    import py7zr

    filters = [{"id": py7zr.FILTER_LZMA2, "preset": 7}]
    if bcj:
        filters.insert(0, {"id": py7zr.FILTER_X86})
    if password:
        filters.append({"id": py7zr.FILTER_CRYPTO_AES256_SHA256})
    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w", filters=filters, password=password, header_encryption=bool(password)) as z:
        if not password:
            z.set_encoded_header_mode(header_compressed)
        for name, data in files.items():
            z.writestr(data, name)
    return out.getvalue()


def web_archive(page: str, encoding: str = "UTF-8", frames: Sequence[str] = (), binary: bool = True,
                url: str = "https://www.example.no/rapport-2087") -> bytes:
    """A page as Safari saves it («Nettarkiv»): a property list of the page's bytes in `encoding`, its style sheet and
    a picture as subresources, and each of `frames` as a web archive of its own."""
    import plistlib

    def resource(data: bytes, kind: str, address: str, encoding: str = "") -> dict[str, object]:
        item: dict[str, object] = {"WebResourceData": data, "WebResourceMIMEType": kind, "WebResourceURL": address}
        if encoding:
            item["WebResourceTextEncodingName"] = encoding
        return item

    def archive(markup: str, address: str, subframes: Sequence[str]) -> dict[str, object]:
        return {"WebMainResource": {**resource(markup.encode(encoding), "text/html", address, encoding),
                                    "WebResourceFrameName": ""},
                "WebSubresources": [resource(b"body { font-family: Arial }", "text/css", f"{address}/site.css"),
                                    resource(b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png", f"{address}/logo.png")],
                **({"WebSubframeArchives": [archive(f, f"{address}/ramme{n}", ()) for n, f in enumerate(subframes)]}
                   if subframes else {})}

    return plistlib.dumps(archive(page, url, frames), fmt=plistlib.FMT_BINARY if binary else plistlib.FMT_XML)
