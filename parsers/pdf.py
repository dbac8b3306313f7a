"""The PDF parser: tables and paragraphs of each page, top to bottom, one page in memory at a time.

Each page is read (words, ruling lines, ruled tables) and closed before the next is opened;
what needs the whole document (running headers, body font size) works on the small per-page
records kept from that pass.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from tiltak_core.errors import DamagedFile, EncryptedFile, TooLarge

from . import pdf_borderless, pdf_tables, pdf_text
from .content import Block, Content, Paragraph, TableBlock
from .pdf_geometry import Line, Word, dominant_size, group_lines, join_wrapped, known_words, word_from_plumber
from .registry import ParseOptions, register

log = logging.getLogger(__name__)
# pdfminer logs a warning for every oddity of a damaged file; the user gets one DamagedFile instead.
if logging.getLogger("pdfminer").level == logging.NOTSET:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

ENGINES = ("auto", "pdfplumber", "camelot")
# In "auto", camelot's tables replace what else was found on a page only when it is at least this sure.
CAMELOT_MIN_ACCURACY = 0.9
# A page without text whose pictures cover this share of it is a scan (read with OCR).
SCAN_PICTURE_SHARE = 0.2


@dataclass
class _PageRecord:
    """What is kept of a page once it is closed."""

    number: int
    height: float
    words: list[Word]  # outside ruled tables
    tables: list[pdf_tables.FoundTable]
    rules: list[float]  # y of horizontal rules outside ruled tables (row separators of borderless tables)
    engine: str = "pdfplumber"
    seconds: float = 0.0
    picture: float = 0.0  # share of the page pictures cover

    @property
    def scanned(self) -> bool:
        return not self.words and not self.tables and self.picture >= SCAN_PICTURE_SHARE


@register("pdf", "PDF")
def parse_pdf(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Blocks of a PDF in reading order; a scan without text is read with OCR (see parsers.ocr).

    Raises EncryptedFile, DamagedFile or TooLarge for bad input, ToolMissing for a scan without Tesseract.
    """
    records, warnings = _read(Path(path), source_file, options)
    if not any(r.words or r.tables for r in records) and any(r.scanned for r in records):
        from . import ocr  # here, not at the top: ocr reads its output with this module

        return ocr.ocr_pdf(Path(path), source_file, options)
    scanned = [str(r.number) for r in records if r.scanned]
    if scanned and len(scanned) < len(records):
        warnings.append(f"{'side' if len(scanned) == 1 else 'sidene'} {', '.join(scanned)} er skannet uten tekst "
                        "og ble ikke lest; be om en PDF med tekst, eller om de sidene som egen fil")
    return _assemble(records, warnings)


def parse_text_pdf(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The text layer of a PDF as blocks, never OCR (for the searchable PDF that OCR made)."""
    records, warnings = _read(Path(path), source_file, options)
    return _assemble(records, warnings)


def _read(path: Path, source_file: str, options: ParseOptions) -> tuple[list[_PageRecord], list[str]]:
    """Every page read and closed, in order, with the warnings the reading gave."""
    engine = options.pdf_tables if options.pdf_tables in ENGINES else "auto"
    warnings: list[str] = []
    records: list[_PageRecord] = []
    with open(path, "rb") as stream:
        pdf = _open(stream, source_file, options.password)
        count = _page_count(pdf)
        if count is not None and count > options.max_pages:
            raise TooLarge(
                source_file,
                f"PDF-en har {count} sider, mer enn grensen på {options.max_pages}",
                "Be om sidene med tiltakene som en egen fil",
            )
        for page in _pages(pdf, source_file):
            if page.page_number > options.max_pages:
                raise TooLarge(
                    source_file,
                    f"PDF-en har mer enn {options.max_pages} sider",
                    "Be om sidene med tiltakene som en egen fil",
                )
            try:
                records.append(_read_page(page, path, engine, options.password, source_file, warnings))
            finally:
                page.close()  # drops the page's layout, objects and text-map caches
        # Not pdf.close(): it re-creates every page object just to close them (pdfplumber #1390);
        # the stream is ours and closes here.
    for r in records:
        log.debug("%s page %d: %d tables by %s in %.0f ms", source_file, r.number, len(r.tables), r.engine, r.seconds * 1000)
    return records, warnings


def _open(stream, source_file: str, password: str | None) -> pdfplumber.PDF:
    try:
        return pdfplumber.open(stream, password=password or "", unicode_norm="NFC")
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise EncryptedFile(
                source_file, "PDF-en er passordbeskyttet", "Kjør på nytt med --password PASSORD, eller be om en kopi uten passord"
            ) from exc
        if isinstance(cause, PDFEncryptionError):
            raise EncryptedFile(
                source_file, f"PDF-ens kryptering kan ikke åpnes ({cause})", "Be om en kopi uten passord og kryptering"
            ) from exc
        raise _damaged(source_file, exc) from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files; all mean the same here
        raise _damaged(source_file, exc) from exc


def _damaged(source_file: str, exc: BaseException) -> DamagedFile:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    detail = str(cause) or type(cause).__name__
    return DamagedFile(
        source_file,
        f"PDF-en er skadet eller ufullstendig ({detail})",
        "Be medlemmet om en ny kopi, eller åpne og lagre den på nytt i et PDF-program",
    )


def _page_count(pdf: pdfplumber.PDF) -> int | None:
    """The page count from the page tree, without creating page objects."""
    try:
        return int(resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"]))
    except Exception:  # a broken page tree: the page loop finds out what is there
        return None


def _pages(pdf: pdfplumber.PDF, source_file: str) -> Iterator[Page]:
    """Pages created one by one (pdf.pages would build and keep them all)."""
    doctop = 0.0
    gen = PDFPage.create_pages(pdf.doc)
    number = 0
    while True:
        try:
            page_obj = next(gen)
        except StopIteration:
            break
        except Exception as exc:
            raise _damaged(source_file, exc) from exc
        number += 1
        try:
            page = Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
        except Exception as exc:  # a page dictionary with a broken box
            raise _damaged(source_file, exc) from exc
        doctop += page.height
        yield page
    if number == 0:
        raise DamagedFile(source_file, "PDF-en har ingen sider", "Be medlemmet om en ny kopi av filen")


def _read_page(
    page: Page, path: Path, engine: str, password: str | None, source_file: str, warnings: list[str]
) -> _PageRecord:
    started = time.perf_counter()
    try:
        raw = page.extract_words(
            extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False, return_chars=True
        )
        # Rotated text (watermarks, sideways labels) would cut across lines and cells: left out.
        words = [word_from_plumber(w) for w in raw if w["text"].strip() and w.get("upright", True)]
        lines_drawn = pdf_tables.has_ruling_hint(page)
        scanned = pdf_tables.has_image_under_text(page, words)
        tables: list[pdf_tables.FoundTable] = []
        used = "pdfplumber"
        if lines_drawn and engine in ("pdfplumber", "auto"):
            tables = pdf_tables.ruled_tables_plumber(page, words)
        h_rules = [float(e["top"]) for e in page.edges if e["orientation"] == "h" and e["width"] > 40]
        height = float(page.height)
        picture = pdf_tables.picture_share(page) if not words else 0.0
    except Exception as exc:
        raise _damaged(source_file, exc) from exc
    # camelot renders the page, so it also sees ruling lines that exist only as pixels (a scan
    # with a text layer); for drawn lines pdfplumber was as good in every case measured and 5x
    # faster, so "auto" asks camelot only about pages with text on a large picture.
    # camelot reads the file itself; its failures cost this page camelot's opinion, not the run.
    if (engine == "camelot" and (lines_drawn or scanned)) or (engine == "auto" and scanned and not tables):
        try:
            cam = pdf_tables.ruled_tables_camelot(path, page.page_number, height, words, password)
        except Exception as exc:  # camelot/opencv errors are not the file's fault
            warnings.append(f"side {page.page_number}: camelot kunne ikke lese tabellene ({exc}); pdfplumber ble brukt")
            cam = None
        if cam is None and engine == "camelot":
            tables = _plumber_tables(page, words, source_file)
        elif cam is not None and (engine == "camelot" or (cam and all(t.confidence >= CAMELOT_MIN_ACCURACY for t in cam))):
            tables, used = cam, "camelot"
    # Words in no cell stay text, even inside a table's outline (a gap in an irregular grid).
    in_cells = {id(w) for t in tables for w in t.words()}
    outside = [w for w in words if id(w) not in in_cells]
    rules = [y for y in h_rules if not any(t.bbox[1] - 2 <= y <= t.bbox[3] + 2 for t in tables)]
    return _PageRecord(
        number=page.page_number,
        height=height,
        words=outside,
        tables=tables,
        rules=rules,
        engine=used,
        seconds=time.perf_counter() - started,
        picture=picture,
    )


def _plumber_tables(page: Page, words: list[Word], source_file: str) -> list[pdf_tables.FoundTable]:
    try:
        return pdf_tables.ruled_tables_plumber(page, words)
    except Exception as exc:
        raise _damaged(source_file, exc) from exc


def _assemble(records: list[_PageRecord], warnings: list[str]) -> Content:
    all_words = [w for r in records for w in r.words] + [w for r in records for t in r.tables for w in t.words()]
    overall_size = dominant_size(all_words) or 10.0
    page_lines = [group_lines(r.words) for r in records]
    running = pdf_text.running_line_ids(page_lines, [r.height for r in records], overall_size)
    kept = [[ln for k, ln in enumerate(lines) if k not in drop] for lines, drop in zip(page_lines, running)]

    # Borderless tables first: the body text size and line pitch are measured on what is left.
    carried: tuple[float, ...] = ()
    found_per_page: list[list[pdf_tables.FoundTable]] = []
    text_per_page: list[list[Line]] = []
    for record, lines in zip(records, kept):
        found, used = pdf_borderless.borderless_tables(lines, record.rules, carried)
        text_lines = [ln for k, ln in enumerate(lines) if k not in used]
        found_per_page.append([t for t, _ in found])
        text_per_page.append(text_lines)
        carried = _runs_off_page([t for t, _ in found], text_lines)

    text_words = [w for lines in text_per_page for ln in lines for w in ln.words]
    # A report that is nearly all table measures its "body" on the tables.
    body_size = dominant_size(text_words) if sum(len(w.text) for w in text_words) >= 200 else overall_size
    stats = pdf_text.text_stats(text_per_page, body_size or overall_size)
    # Words the document uses on their own: a line starting with one is not the rest of a broken word.
    vocabulary = known_words(seg for lines in kept for ln in lines for seg in ln.segments)
    vocabulary |= known_words(cell for r in records for t in r.tables for cell in t.cell_lines())

    blocks: list[Block] = []
    title = ""
    tail: pdf_text.PlacedParagraph | None = None  # the previous page's last block, if a paragraph
    for record, text_lines, borderless in zip(records, text_per_page, found_per_page):
        for number, ln in enumerate(text_lines, start=1):
            ln.number = number
        placed = pdf_text.paragraphs(text_lines, record.number, stats)
        if record.number == 1:
            title = pdf_text.title_of(text_lines, placed, stats)
        page_blocks = _page_blocks(record, record.tables + borderless, placed, vocabulary)
        by_id = {id(p.paragraph): p for p in placed}
        if tail is not None and page_blocks and isinstance(page_blocks[0], Paragraph):
            head = by_id[id(page_blocks[0])]
            if pdf_text.continues_on_next_page(tail, head):
                # A paragraph broken by the page break: its rest joins it, keeping its page and line.
                joined = replace(tail.paragraph, text=join_wrapped([tail.paragraph.text, head.paragraph.text]))
                blocks[-1] = joined
                page_blocks.pop(0)
                tail = replace(head, paragraph=joined)
                if not page_blocks:
                    continue
        blocks.extend(page_blocks)
        last = page_blocks[-1] if page_blocks else None
        tail = by_id.get(id(last)) if isinstance(last, Paragraph) else None

    if records and not any(r.words or r.tables for r in records):
        warnings.append("PDF-en har ingen tekst (en skannet side?); ingenting kunne leses fra den")
    return Content(blocks=tuple(blocks), pages=len(records), title=title, warnings=tuple(warnings))


def _runs_off_page(borderless: list[pdf_tables.FoundTable], text_lines: list[Line]) -> tuple[float, ...]:
    """Column starts of a borderless table with no text below it but small print: it may go on overleaf."""
    if not borderless:
        return ()
    last = max(borderless, key=lambda t: t.bbox[3])
    size = dominant_size(w for row in last.grid for c in row if c for w in c.words)
    below = [ln for ln in text_lines if ln.top >= last.bbox[3] - 1 and ln.size >= 0.9 * size]
    return () if below else last.columns


def _page_blocks(
    record: _PageRecord,
    tables: list[pdf_tables.FoundTable],
    placed: list[pdf_text.PlacedParagraph],
    vocabulary: set[str],
) -> list[Block]:
    """A page's tables and paragraphs top to bottom, tables flagged when they touch the page's top or bottom."""
    tables = sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))
    items: list[tuple[float, int, Block]] = []
    for index, t in enumerate(tables, start=1):
        top, bottom = t.bbox[1], t.bbox[3]
        others = [o.bbox for o in tables if o is not t]
        top_of_page = not any(p.top <= top for p in placed) and not any(o[3] <= top + 1 for o in others)
        # Footnotes sit at the foot of the page wherever the table ends: they do not stop it there.
        bottom_of_page = not any(p.top >= bottom - 1 and not p.footnote for p in placed) and not any(
            o[1] >= bottom - 1 for o in others
        )
        block = TableBlock(
            page=record.number,
            index=index,
            rows=t.rows(vocabulary),
            confidence=t.confidence,
            ruled=t.ruled,
            top_of_page=top_of_page,
            bottom_of_page=bottom_of_page,
        )
        items.append((top, 0, block))
    for p in placed:
        items.append((p.top, 1, p.paragraph))
    items.sort(key=lambda it: (it[0], it[1]))
    return [b for _, _, b in items]
