"""The text layer of a PDF read page by page into small records, one page in memory at a time.

pdfium reads the pages (pdf_pdfium); pdfminer through pdfplumber (pdf_pdfminer) only when pdfium
refuses the file. Each page's words and ruling lines go to pdfplumber's table finder (camelot for
grids that exist only as pixels); what needs the whole document is done by pdf_assemble.
"""

from __future__ import annotations

import logging
import time
import traceback
from pathlib import Path
from typing import Iterator

from tiltak_core.errors import DamagedFile, ReportError, TooLarge
from tiltak_core.faultlog import internal_error

from . import pdf_line_numbers, pdf_markup, pdf_pdfium, pdf_tables
from .content import Content
from .pdf_assemble import assemble
from .pdf_geometry import Word
from .pdf_imposition import booklet_pages
from .pdf_page import PageData
from .pdf_records import PageRecord
from .registry import PDF_TABLE_ENGINES, ParseOptions

log = logging.getLogger(__name__)

SOURCES = ("pdfium", "pdfminer")
# In "auto", camelot's tables replace what else was found on a page only when it is at least this sure.
CAMELOT_MIN_ACCURACY = 0.9
_SMALLER = "Be om sidene med tiltakene som en egen fil"
_AGAIN = "Be medlemmet om en ny kopi av filen"
_REDRAW = "Be medlemmet om en ny kopi, eller åpne og lagre den på nytt i et PDF-program"


def read_text_pdf(path: Path, source_file: str, options: ParseOptions, source: str = "pdfium") -> Content:
    """The text layer of a PDF as blocks, never OCR; `source` "pdfminer" reads it the old way (for comparison)."""
    records, warnings = read_records(path, source_file, options, source)
    return assemble(records, warnings)


def read_records(path: Path, source_file: str, options: ParseOptions, source: str = "pdfium",
                 hidden: frozenset[str] = frozenset()) -> tuple[list[PageRecord], list[str]]:
    """Every page read and closed, in order, with the warnings the reading gave; what a `hidden` layer holds left out."""
    engine = options.pdf_tables if options.pdf_tables in PDF_TABLE_ENGINES else "auto"
    warnings: list[str] = []
    records: list[PageRecord] = []
    unreadable: list[str] = []
    try:
        pages = list(_pages(Path(path), source_file, options, source, hidden))
        if (booklet := booklet_pages(pages)) is not None:
            # Camelot would render the sheet's page by a half's number: the rules are read from the half's own edges.
            pages, engine = booklet, "pdfplumber"
            warnings.append(f"PDF-en er et hefte trykt med to sider på hvert ark; de {len(pages)} sidene er lest hver "
                            "for seg, i sidetallenes rekkefølge")
        for page in pages:
            if page.unreadable:
                unreadable.append(str(page.number))
            records.append(_read_page(page, Path(path), engine, options.password, source_file, warnings))
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001 -- a failure no rule above foresaw: told as one, its detail logged
        raise internal_error(source_file, "PDF-leseren", traceback.format_exc()) from exc
    if not records:
        raise DamagedFile(source_file, "PDF-en har ingen sider", _AGAIN)
    if len(unreadable) == len(records):
        raise DamagedFile(source_file, "ingen av sidene i PDF-en kan åpnes", _AGAIN)
    if unreadable:
        warnings.append(f"{'side' if len(unreadable) == 1 else 'sidene'} {', '.join(unreadable)} i PDF-en kan ikke åpnes "
                        "og ble hoppet over; be medlemmet om en ny kopi hvis noe mangler")
    for r in records:
        log.debug("%s page %d: %d tables by %s in %.0f ms", source_file, r.number, len(r.tables), r.engine, r.seconds * 1000)
    return records, warnings


def _too_many(source_file: str, count: int | None, limit: int) -> TooLarge:
    said = f"{count} sider" if count is not None else f"mer enn {limit} sider"
    return TooLarge(source_file, f"PDF-en har {said}, mer enn grensen på {limit}", _SMALLER)


def _pages(path: Path, source_file: str, options: ParseOptions, source: str, hidden: frozenset[str]) -> Iterator[PageData]:
    if source == "pdfium":
        try:
            document = pdf_pdfium.open_document(path, source_file, options.password)
        except pdf_pdfium.Refused as exc:
            log.info("%s: pdfium refused the file (%s); reading it with pdfminer", source_file, exc)
        else:
            try:
                if len(document) > options.max_pages:
                    raise _too_many(source_file, len(document), options.max_pages)
                yield from pdf_pdfium.pages(document, source_file, hidden)
            finally:
                document.close()
            return
    from . import pdf_pdfminer  # pdfminer takes long to load and is rarely needed

    with open(path, "rb") as stream:
        pdf = pdf_pdfminer.open_document(stream, source_file, options.password)
        for page in pdf_pdfminer.pages(pdf, source_file):
            if page.number > options.max_pages:
                raise _too_many(source_file, None, options.max_pages)
            yield page
        # Not pdf.close(): it re-creates every page object just to close them (pdfplumber #1390);
        # the stream is ours and closes here.


def _read_page(page: PageData, path: Path, engine: str, password: str | None, source_file: str, warnings: list[str]) -> PageRecord:
    started = time.perf_counter()
    # Rotated text (watermarks, sideways labels) would cut across lines and cells: the page
    # sources leave it out.
    words = [w for w in page.words if w.text.strip()]
    if (pane := pdf_markup.markup_pane(page.width, page.height, page.shapes, words)) is not None:
        kept = pdf_markup.outside_pane(pane, words)
        warnings.append(f"side {page.number}: dokumentet er skrevet ut med kommentarer og sporede endringer i margen; "
                        f"de {len(words) - len(kept)} ordene der er ikke lest som rapportens tekst")
        words = kept
    numbered = pdf_line_numbers.margin_numbers(words)
    words = [w for w in words if id(w) not in numbered] if numbered else words
    try:
        lines_drawn = pdf_tables.has_ruling_hint(page)
        scanned = pdf_tables.has_image_under_text(page, words)
        if scanned:
            words = [w for w in words if not pdf_tables.is_rule_glyph(w.text)]
        tables: list[pdf_tables.FoundTable] = []
        used = "pdfplumber"
        if lines_drawn and engine in ("pdfplumber", "auto"):
            tables = pdf_tables.ruled_tables_plumber(page, words)
    except Exception as exc:  # pdfplumber's table finder on edges no writer would draw
        raise _damaged(source_file, exc, page.number) from exc
    h_rules = [(float(e["top"]), float(e["x0"]), float(e["x1"])) for e in page.edges if e["orientation"] == "h" and e["width"] > 40]
    picture = pdf_tables.picture_share(page) if not words else 0.0
    outlines = sum(e["object_type"] == "curve_edge" for e in page.edges) if not words else 0
    # camelot renders the page, so it also sees ruling lines that exist only as pixels (a scan
    # with a text layer); for drawn lines pdfplumber was as good in every case measured and 5x
    # faster, so "auto" asks camelot only about pages with text on a large picture.
    # camelot reads the file itself; its failures cost this page camelot's opinion, not the run.
    if (engine == "camelot" and (lines_drawn or scanned)) or (engine == "auto" and scanned and not tables):
        try:
            cam = pdf_tables.ruled_tables_camelot(path, page.number, page.height, words, password)
        except Exception as exc:  # noqa: BLE001 -- camelot/opencv errors are not the file's fault
            log.info("%s page %d: camelot failed: %r", source_file, page.number, exc)
            warnings.append(f"side {page.number}: camelot kunne ikke lese tabellene; pdfplumber ble brukt")
            cam = None
        if cam is None and engine == "camelot":
            tables = _plumber_tables(page, words, source_file)
        elif cam is not None and (engine == "camelot" or (cam and all(t.confidence >= CAMELOT_MIN_ACCURACY for t in cam))):
            tables, used = cam, "camelot"
    # Words in no cell stay text, even inside a table's outline (a gap in an irregular grid).
    in_cells = {id(w) for t in tables for w in t.words()}
    outside = [w for w in words if id(w) not in in_cells]
    spans = [rule for rule in h_rules if not any(t.bbox[1] - 2 <= rule[0] <= t.bbox[3] + 2 for t in tables)]
    return PageRecord(
        number=page.number,
        height=page.height,
        words=outside,
        tables=tables,
        rules=[y for y, _, _ in spans],
        # A box's top or bottom (a card, a frame) is no rule across the page.
        rule_spans=[(y, a, b) for y, a, b in spans if not any(abs(a - x0) <= 1 and abs(b - x1) <= 1 and min(
            abs(y - top), abs(y - bottom)) <= 1 for x0, top, x1, bottom in page.shapes)],
        engine=used,
        seconds=time.perf_counter() - started,
        picture=picture,
        outlines=outlines,
        shapes=page.shapes,
        marks=page.marks,
    )


def _damaged(source_file: str, exc: BaseException, page: int) -> DamagedFile:
    log.info("%s: table finder failed on page %d: %r", source_file, page, exc)
    return DamagedFile(source_file, f"side {page} i PDF-en er skadet", _REDRAW)


def _plumber_tables(page: PageData, words: list[Word], source_file: str) -> list[pdf_tables.FoundTable]:
    try:
        return pdf_tables.ruled_tables_plumber(page, words)
    except Exception as exc:
        raise _damaged(source_file, exc, page.number) from exc
