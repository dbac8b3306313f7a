"""A reviewers' workbook (review.xlsx, or a decisions file saved from it) known by its content, whatever its
name: the custom document property review_xlsx writes, which Excel and LibreOffice keep when a reviewer
saves, else the two decision sheets."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from .decisions import ENTRY_SHEET, ROW_SHEET

WORKBOOK_MARKER = "tiltak-arbeidsbok"
_MARKER_XML = re.compile(rb'<(?:\w+:)?property\b[^>]*\bname="' + WORKBOOK_MARKER.encode() + rb'"')
_SHEET_XML = re.compile(rb'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"')
_PART_LIMIT = 1 << 20  # the parts looked at are small; a larger one is not ours


def is_review_workbook(path: Path) -> bool:
    """Whether an .xlsx is a review or decisions workbook of this program: its marker, else its two decision sheets."""
    try:
        with zipfile.ZipFile(path) as z:
            parts = {i.filename: i for i in z.infolist() if i.file_size <= _PART_LIMIT}
            if "docProps/custom.xml" in parts and _MARKER_XML.search(z.read("docProps/custom.xml")):
                return True
            if "xl/workbook.xml" in parts:
                sheets = {m.group(1) for m in _SHEET_XML.finditer(z.read("xl/workbook.xml"))}
                return {ENTRY_SHEET.encode(), ROW_SHEET.encode()} <= sheets
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, ValueError, NotImplementedError, RuntimeError):
        pass  # not a readable ZIP: the report reader says what is wrong with it
    return False
