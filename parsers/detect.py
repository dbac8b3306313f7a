"""Decides a file's format from its bytes (magic numbers, ZIP contents), never from its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

# Formats a file can be detected as; only some of them have a parser (see registry).
# Labels are what the secretariat reads in messages, so they are Norwegian.
LABELS = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "odt": "OpenDocument-tekst (ODT)",
    "ods": "OpenDocument-regneark (ODS)",
    "doc": "eldre Word/Excel (DOC/XLS)",
    "rtf": "RTF",
    "image": "et bilde",
    "html": "en nettside (HTML)",
    "text": "ren tekst",
    "zip": "et ZIP-arkiv",
    "empty": "tom (0 byte)",
    "unknown": "ukjente binærdata",
}

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF_MIME = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                return _ODF_MIME.get(z.read("mimetype").strip(), "zip")
    except (zipfile.BadZipFile, OSError, KeyError):
        # A PK header with a broken directory: most likely a truncated Office file.
        return "zip"
    return "zip"


def detect(path: Path) -> str:
    """The format key of a file (see LABELS)."""
    with open(path, "rb") as f:
        head = f.read(2048)
    if not head:
        return "empty"
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path)
    if head.startswith(_OLE):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 3:
            return "unknown"
    return "text" if b"\x00" not in head else "unknown"
