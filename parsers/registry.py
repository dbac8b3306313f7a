"""The one registry of parsers, keyed by the format detected from a file's content.

Error messages and CLI choices are built from it, never from a copied list. Each parser's module is
imported the first time a file of its format is read: a run that reads no Word file never loads
python-docx, and a run that reads nothing (everything cached) loads no parser at all.
"""

from __future__ import annotations

import importlib
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

# format -> (label the secretariat reads, module that registers its parser). Two formats may share a
# label: Strict Open XML is Word or Excel all the same to a reader.
_FORMATS: dict[str, tuple[str, str]] = {
    "pdf": ("PDF", "parsers.pdf"),
    "docx": ("Word (DOCX)", "parsers.docx"),
    "xlsx": ("Excel (XLSX)", "parsers.xlsx"),
    "csv": ("CSV-eksport (CSV)", "parsers.delimited"),
    "html": ("nettside (HTML)", "parsers.html"),
    "text": ("ren tekst, Markdown og Org (TXT, MD, ORG)", "parsers.text"),
    "eml": ("e-post (EML)", "parsers.mail"),
    "msg": ("Outlook-e-post (MSG)", "parsers.outlook"),
    "emlx": ("Apple Mail-melding (EMLX)", "parsers.emlx"),
    "mbox": ("e-postmappe (MBOX)", "parsers.mail"),
    "mhtml": ("nettside i én fil (MHT)", "parsers.mhtml"),
    "webarchive": ("nettarkiv fra Safari (WEBARCHIVE)", "parsers.webarchive"),
    "mindmap": ("tankekart (FreeMind, Freeplane)", "parsers.mindmap"),
    "drawio": ("diagram (diagrams.net, draw.io)", "parsers.drawio"),
    "vsdx": ("Visio-tegning (VSDX)", "parsers.visio"),
    "mediawiki": ("wikieksport (MediaWiki XML)", "parsers.mediawiki"),
    "opml": ("disposisjon (OPML: Workflowy, Dynalist)", "parsers.opml"),
    "xmind": ("tankekart (XMind)", "parsers.xmind"),
    "xliff": ("oversettelsesfil (XLIFF)", "parsers.xliff"),
    "feed": ("nyhetsstrøm (Atom, RSS)", "parsers.feed"),
    "scribus": ("Scribus-layout (SLA)", "parsers.scribus"),
    "idml": ("InDesign-pakke (IDML)", "parsers.idml"),
    "notebook": ("Jupyter-notatbok (IPYNB)", "parsers.notebook"),
    "sqlite": ("database (SQLite)", "parsers.database"),
    "odb": ("LibreOffice Base-database (ODB)", "parsers.odb"),
    "dbase": ("dBase-tabell (DBF)", "parsers.dbase"),
    "dif": ("DIF-eksport (DIF)", "parsers.dif"),
    "gnumeric": ("Gnumeric-regneark (GNUMERIC)", "parsers.gnumeric"),
    "abiword": ("AbiWord-dokument (ABW)", "parsers.abiword"),
    "latex": ("LaTeX-kildetekst (TEX)", "parsers.latex"),
    "xml": ("XML-eksport (XML)", "parsers.tree"),
    "json": ("JSON-eksport (JSON)", "parsers.data_files"),
    "datapackage": ("datapakke (Frictionless Data Package, ZIP eller JSON)", "parsers.datapackage"),
    "yaml": ("YAML-datafil (YAML)", "parsers.data_files"),
    "pptx": ("PowerPoint (PPTX)", "parsers.pptx"),
    "epub": ("e-bok (EPUB)", "parsers.epub"),
    "xps": ("XPS-utskrift (XPS)", "parsers.print_files"),
    "ps": ("PostScript-utskrift (PS)", "parsers.print_files"),
    "svg": ("SVG-bilde (SVG)", "parsers.convert"),
    "image": ("bilde (PNG, JPEG, TIFF, WebP, AVIF, HEIC)", "parsers.ocr"),
    "doc": ("eldre Word/Excel/PowerPoint (DOC/XLS/PPT)", "parsers.convert"),
    "odt": ("OpenDocument-tekst (ODT)", "parsers.convert"),
    "odm": ("OpenDocument-hoveddokument (ODM)", "parsers.convert"),
    "ods": ("OpenDocument-regneark (ODS)", "parsers.convert"),
    "odp": ("OpenDocument-presentasjon (ODP)", "parsers.convert"),
    "slk": ("SYLK-regneark (SLK)", "parsers.convert"),
    "sxw": ("OpenOffice.org 1-tekst (SXW)", "parsers.convert"),
    "sxc": ("OpenOffice.org 1-regneark (SXC)", "parsers.convert"),
    "sxi": ("OpenOffice.org 1-presentasjon (SXI)", "parsers.convert"),
    "xlsb": ("binær Excel (XLSB)", "parsers.convert"),
    "rtf": ("RTF", "parsers.convert"),
    "wordml": ("Word 2003 XML", "parsers.convert"),
    "flatopc": ("Word XML-dokument (Flat OPC)", "parsers.flat_opc"),
    "spreadsheetml": ("Excel 2003 XML", "parsers.convert"),
    "fodt": ("OpenDocument-tekst (ODT)", "parsers.convert"),
    "fods": ("OpenDocument-regneark (ODS)", "parsers.convert"),
    "fodp": ("OpenDocument-presentasjon (ODP)", "parsers.convert"),
    "docx_strict": ("Word (DOCX)", "parsers.convert"),
    "xlsx_strict": ("Excel (XLSX)", "parsers.convert"),
}


@dataclass(frozen=True)
class Parser:
    format: str
    label: str
    parse: ParseFn


_REGISTRY: dict[str, Parser] = {}


def register(format: str) -> Callable[[ParseFn], ParseFn]:
    """Decorator: make `fn(path, source_file, options) -> Content` the parser of a format listed in _FORMATS."""

    def wrap(fn: ParseFn) -> ParseFn:
        _REGISTRY[format] = Parser(format, _FORMATS[format][0], fn)
        return fn

    return wrap


def parser_for(format: str) -> Parser | None:
    """The parser of a detected format (its module imported now if not before); None for a format none reads."""
    if format not in _FORMATS:
        return None
    if format not in _REGISTRY:
        importlib.import_module(_FORMATS[format][1])
    return _REGISTRY[format]


def load_all() -> None:
    """Import every parser now: before forking workers, so that each starts with them loaded."""
    for format in _FORMATS:
        parser_for(format)


def formats() -> list[str]:
    return sorted(_FORMATS)


def readable_formats() -> str:
    """'PDF, Word (DOCX), ...' -- for messages that tell the user what the program reads."""
    return ", ".join(sorted({label for label, _ in _FORMATS.values()}))
