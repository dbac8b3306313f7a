"""The fallback PDF page source: pdfminer through pdfplumber, for the rare file pdfium refuses.

Yields the same page records as the pdfium source (pdf_page.PageData). The page tree's /Count is
never read: it can be a reference loop (pdfminer follows one forever) or a fuzzed number; pages
are counted as they are found.
"""

from __future__ import annotations

import logging
from io import BufferedReader
from typing import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from tiltak_core.errors import DamagedFile, EncryptedFile

from .pdf_geometry import word_from_plumber
from .pdf_page import PageData, draws_layout_hyphens_apart, hyphens_of_text

log = logging.getLogger(__name__)
# pdfminer logs a warning for every oddity of a damaged file; the user gets one DamagedFile instead.
if logging.getLogger("pdfminer").level == logging.NOTSET:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def damaged(source_file: str, exc: BaseException, page: int | None = None) -> DamagedFile:
    """The file's damage in the secretariat's words; the library's own text goes to the log only."""
    log.info("%s: PDF reader failed%s: %r", source_file, f" on page {page}" if page else "", exc)
    where = f"side {page} i PDF-en er skadet" if page else "PDF-en er skadet eller ufullstendig"
    return DamagedFile(source_file, where, "Be medlemmet om en ny kopi, eller åpne og lagre den på nytt i et PDF-program")


def open_document(stream: BufferedReader, source_file: str, password: str | None) -> pdfplumber.pdf.PDF:
    try:
        return pdfplumber.open(stream, password=password or "", unicode_norm="NFC")
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise EncryptedFile(
                source_file, "PDF-en er passordbeskyttet", "Kjør på nytt med --password PASSORD, eller be om en kopi uten passord"
            ) from exc
        if isinstance(cause, PDFEncryptionError):
            raise EncryptedFile(source_file, "PDF-ens kryptering kan ikke åpnes", "Be om en kopi uten passord og kryptering") from exc
        raise damaged(source_file, exc) from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files; all mean the same here
        raise damaged(source_file, exc) from exc


def pages(pdf: pdfplumber.pdf.PDF, source_file: str) -> Iterator[PageData]:
    """Pages read one by one (pdf.pages would build and keep them all)."""
    doctop = 0.0
    # pdfminer cannot see which text object drew a hyphen (pdf_pdfium tells the two kinds apart that way);
    # from a writer that hyphenates only when a style asks, a hyphen ending a word is the text's own.
    hyphens_apart = draws_layout_hyphens_apart((pdf.metadata or {}).get("Producer"))
    gen = PDFPage.create_pages(pdf.doc)
    number = 0
    while True:
        try:
            page_obj = next(gen)
        except StopIteration:
            break
        except Exception as exc:
            raise damaged(source_file, exc) from exc
        number += 1
        try:
            page = Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
        except Exception as exc:  # a page dictionary with a broken box
            raise damaged(source_file, exc, number) from exc
        doctop += page.height
        try:
            yield _page_data(page, source_file, hyphens_apart)
        finally:
            page.close()  # drops the page's layout, objects and text-map caches


def _page_data(page: Page, source_file: str, hyphens_apart: bool) -> PageData:
    try:
        raw = page.extract_words(
            extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False, return_chars=True
        )
        words = [word_from_plumber(w) for w in raw if w.get("upright", True)]
        if hyphens_apart:
            words = hyphens_of_text(words)
        images = [(float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"])) for im in page.images]
        shapes = [(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])) for o in (*page.rects, *page.curves)]
        return PageData(page.page_number, float(page.width), float(page.height), words, list(page.edges), images,
                        shapes=shapes)
    except Exception as exc:
        raise damaged(source_file, exc, page.page_number) from exc
