"""The one registry of parsers, keyed by the format detected from a file's content.

Error messages and CLI choices are built from it, never from a copied list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .content import Content


# The engines for ruled PDF tables; "auto" lets the PDF parser choose per page.
PDF_TABLE_ENGINES = ("auto", "pdfplumber", "camelot")


@dataclass(frozen=True)
class ParseOptions:
    """What a parser may be told by the run: passwords, limits, which table engine to use."""

    password: str | None = None
    pdf_tables: str = "auto"  # one of PDF_TABLE_ENGINES
    max_pages: int = 500
    max_unpacked_bytes: int = 200 * 1024 * 1024
    ocr_language: str = "nor"
    convert_timeout: float = 120.0  # seconds LibreOffice may take to convert one file
    tool_memory: int = 2 * 1024**3  # bytes of address space LibreOffice or Tesseract may use
    ocr_page_timeout: float = 120.0  # seconds Tesseract may take to read one page


ParseFn = Callable[[Path, str, ParseOptions], Content]


@dataclass(frozen=True)
class Parser:
    format: str
    label: str
    parse: ParseFn


_REGISTRY: dict[str, Parser] = {}


def register(format: str, label: str) -> Callable[[ParseFn], ParseFn]:
    """Decorator: make `fn(path, source_file, options) -> Content` the parser of a detected format."""

    def wrap(fn: ParseFn) -> ParseFn:
        _REGISTRY[format] = Parser(format, label, fn)
        return fn

    return wrap


def parser_for(format: str) -> Parser | None:
    return _REGISTRY.get(format)


def formats() -> list[str]:
    return sorted(_REGISTRY)


def readable_formats() -> str:
    """'PDF, Word (DOCX), ...' -- for messages that tell the user what the program reads."""
    return ", ".join(sorted({p.label for p in _REGISTRY.values()}))  # two parsers may read one format (Strict OOXML)
