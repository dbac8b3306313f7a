"""Scanned PDFs and images read with Tesseract OCR: each page becomes a searchable PDF page, read as PDF.

One page at a time is rendered (grayscale, at the scan's own resolution up to 300 dpi, then
upscaled to about 300 dpi when lower), set straight when the scanner turned it (deskew), put on white
paper without its specks (scan_image), OCR'd into a one-page PDF with the picture under invisible
text, and dropped from memory; the pages are then joined and read by the PDF parser, which asks
camelot about table grids that exist only as pixels. Everything happens in a temporary folder.

Limits: `ocr_page_timeout` seconds of Tesseract per page (default 120, then DamagedFile); at most
`max_pages` pages or TIFF frames (default 500, else TooLarge); an image over 100 million pixels is
TooLarge; a page is rendered with at most 35 million pixels (larger pages get fewer dpi).
"""

from __future__ import annotations

import logging
import math
import re
import subprocess
import tempfile
import time
import warnings
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pypdfium2 as pdfium
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from tiltak_core.errors import DamagedFile, TooHeavy, TooLarge, ToolMissing
from tiltak_core.faultlog import internal_error

from . import tools
from .content import Content, Paragraph, TableBlock
from .deskew import straightened
from .scan_sheets import sheets
from .scan_image import prepared
from .ocr_tables import RULE_ENDS, page_from_boxes, tsv_words
from .pdf_reader import read_text_pdf
from .registry import ParseOptions, register

log = logging.getLogger(__name__)
register_heif_opener()  # HEIC, the iPhone's photo format: Pillow opens it only through this plugin

DPI = 300
# A page is rendered with at most this many pixels (A4 at 600 dpi): a poster-sized page gets fewer dpi.
MAX_PAGE_PIXELS = 35_000_000
# An image over this many pixels is refused before it is decoded (Pillow's own bomb guard is 179 M).
MAX_IMAGE_PIXELS = 100_000_000
_A4_SHORT_SIDE_INCHES = 8.27

Page = tuple[Image.Image, float]  # the page picture and its resolution in dpi


@lru_cache(maxsize=8)
def _languages(exe: str) -> frozenset[str]:
    """The language data Tesseract has (it prints them to stdout, or to stderr in older versions)."""
    try:
        done = tools.run([exe, "--list-langs"], timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    lines = (done.stdout + done.stderr).decode("utf-8", "replace").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and " " not in ln.strip())


def _tesseract(source_file: str, options: ParseOptions, what: str, instead: str) -> str:
    """Tesseract's path, or ToolMissing when it or the language data is not installed."""
    lang = options.ocr_language
    exe = tools.which("tesseract")
    if exe is not None and lang in _languages(exe):
        return exe
    data = "norsk språkdata" if lang == "nor" else f"språkdata «{lang}»"
    raise ToolMissing(source_file, f"{what}, og Tesseract med {data} er ikke installert",
                      f"Installer tesseract-ocr og tesseract-ocr-{lang}, eller {instead}")


def _pdf_pages(path: Path, source_file: str, options: ParseOptions) -> Iterator[Page]:
    """Each page rendered in grayscale, one at a time."""
    def damaged() -> DamagedFile:
        return DamagedFile(source_file, "den skannede PDF-en kan ikke tegnes opp for OCR (PDF-en er trolig skadet)",
                           "Be medlemmet om en ny kopi, eller om en PDF med tekst")

    try:
        document = pdfium.PdfDocument(str(path), password=options.password)
    except pdfium.PdfiumError as exc:
        raise damaged() from exc
    try:
        for index in range(len(document)):
            page = bitmap = None
            try:
                page = document[index]
                width, height = page.get_size()
                # A scan is rendered at its own resolution and upscaled by Pillow when that is low:
                # pdfium's smoothing blurs small print (decimal points went missing in "2.3").
                dpi = max(min(float(DPI), _scan_dpi(page)), 72.0)
                scale = min(dpi / 72, math.sqrt(MAX_PAGE_PIXELS / max(width * height, 1.0)))
                bitmap = page.render(scale=scale, grayscale=True)
                picture = _upscaled(bitmap.to_pil(), scale * 72)
            except pdfium.PdfiumError as exc:
                raise damaged() from exc
            try:
                yield picture  # the picture may share the bitmap's buffer: closed only after use
            finally:
                bitmap.close()
                page.close()
    finally:
        document.close()


def _scan_dpi(page: pdfium.PdfPage) -> float:
    """The resolution of the largest picture on a page (DPI if it has none)."""
    best, dpi = 0.0, float(DPI)
    try:
        for image in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
            left, bottom, right, top = image.get_bounds()
            size = max(right - left, top - bottom)
            if size > 0 and (right - left) * (top - bottom) > best:
                best, dpi = (right - left) * (top - bottom), max(image.get_px_size()) * 72 / size
    except pdfium.PdfiumError:
        pass
    return dpi


def _image_pages(path: Path, source_file: str, options: ParseOptions) -> Iterator[Page]:
    """Each frame of an image (a TIFF may hold many pages), on white, upscaled to about 300 dpi."""
    again = "Be medlemmet om en ny kopi, eller om rapporten som PDF eller Word (DOCX)"
    try:
        with warnings.catch_warnings():
            # Pillow warns of a "decompression bomb" over 89 M pixels; the limit below decides instead.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
        with image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise TooLarge(source_file, f"bildet er {image.width} × {image.height} punkter, over grensen på "
                               f"{MAX_IMAGE_PIXELS // 1_000_000} millioner", "Be om en skanning med lavere oppløsning")
            frames = getattr(image, "n_frames", 1)
            if frames > options.max_pages:
                raise TooLarge(source_file, f"bildet har {frames} sider, mer enn grensen på {options.max_pages}",
                               "Be om sidene med tiltakene som en egen fil")
            for k in range(frames):
                image.seek(k)
                yield _prepared(image)
    except (OSError, UnidentifiedImageError, ValueError, EOFError, SyntaxError, Image.DecompressionBombError) as exc:
        raise DamagedFile(source_file, "bildet kan ikke leses (det er skadet eller i et bildeformat som ikke støttes)",
                          again) from exc


def _prepared(frame: Image.Image) -> Page:
    dpi = float((frame.info.get("dpi") or (0, 0))[0] or 0)
    frame = ImageOps.exif_transpose(frame)  # phone photos stand upright only through their EXIF tag
    if frame.mode in ("RGBA", "LA", "P", "PA"):
        # Transparent pixels are black underneath: put them on white paper.
        rgba = frame.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        paper.alpha_composite(rgba)
        frame = paper
    frame = frame.convert("L")
    if not 100 <= dpi <= 1200:
        # No (or a nonsense) resolution: assume the short side is an A4 page's width.
        dpi = min(max(min(frame.size) / _A4_SHORT_SIDE_INCHES, 96.0), 600.0)
    return _upscaled(frame, dpi)


def _upscaled(frame: Image.Image, dpi: float) -> Page:
    if dpi < 250:
        # Tesseract reads best at about 300 dpi; a low-resolution scan gains from upscaling.
        factor = min(DPI / dpi, math.sqrt(MAX_PAGE_PIXELS / (frame.width * frame.height)))
        if factor > 1.05:
            frame = frame.resize((round(frame.width * factor), round(frame.height * factor)), Image.Resampling.LANCZOS)
            dpi *= factor
    return frame, dpi


# What OCR saw on one page: its word boxes (Tesseract's TSV), the picture's dpi, the y of its horizontal rules.
Boxes = tuple[str, float, tuple[float, ...]]


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_ORIENTATION_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")
SURE_ORIENTATION = 3.0  # Tesseract's orientation confidence: a page of text turned a quarter scores about 10


def _upright(image: Image.Image, exe: str, tmp: Path, options: ParseOptions) -> Image.Image:
    """The page turned upright when Tesseract's orientation detection is sure it was scanned turned (a landscape table
    on a portrait page); as it is when it is not sure, or cannot tell (too little text)."""
    probe = tmp / "retning.png"
    image.save(probe)
    try:
        done = tools.run([exe, str(probe), "stdout", "--psm", "0"], timeout=options.ocr_page_timeout, cwd=tmp,
                         env={"OMP_THREAD_LIMIT": "1"}, memory=options.tool_memory)
    except (subprocess.TimeoutExpired, OSError):
        return image  # the page is read as it stands; OCR itself reports a tool that fails
    finally:
        probe.unlink(missing_ok=True)
    said = done.stdout.decode(errors="replace") if done.returncode == 0 else ""
    turn, sure = _ROTATE.search(said), _ORIENTATION_CONFIDENCE.search(said)
    if turn is None or sure is None or int(turn[1]) % 360 == 0 or float(sure[1]) < SURE_ORIENTATION:
        return image
    return image.rotate(-int(turn[1]), expand=True, fillcolor=255)  # «Rotate: 90»: a quarter turn clockwise


def _sheets_of(pages: Iterator[Page], exe: str, tmp: Path, options: ParseOptions) -> Iterator[Page]:
    """Each scanned page upright and cut to its paper; an open booklet's two pages one after the other."""
    for image, dpi in pages:
        for sheet in sheets(_upright(image, exe, tmp, options)):
            yield sheet, dpi


def _ocr(pages: Iterator[Page], exe: str, tmp: Path, source_file: str,
         options: ParseOptions) -> tuple[Path, list[Boxes]]:
    """Every page through Tesseract into one searchable PDF; returns it and what OCR saw on each page."""
    parts: list[Path] = []
    boxes: list[Boxes] = []
    redo = "Be om en PDF med tekst, eller en skanning med bedre kvalitet"
    for number, (image, dpi) in enumerate(_sheets_of(pages, exe, tmp, options), start=1):
        started = time.perf_counter()
        png, base = tmp / f"side-{number}.png", tmp / f"side-{number}"
        picture, rules = prepared(straightened(image), dpi)
        del image
        picture.save(png, dpi=(dpi, dpi))
        del picture
        args = [exe, str(png), str(base), "-l", options.ocr_language, "--dpi", str(round(dpi)), "pdf", "tsv"]
        try:
            # One thread: on a few cores Tesseract's OpenMP threads make it about twice as slow.
            done = tools.run(args, timeout=options.ocr_page_timeout, cwd=tmp, env={"OMP_THREAD_LIMIT": "1"},
                             memory=options.tool_memory)
        except subprocess.TimeoutExpired as exc:
            raise TooHeavy(source_file, f"filen er for tung å lese: Tesseract brukte mer enn "
                           f"{options.ocr_page_timeout:g} sekunder på side {number} og ble stoppet", redo) from exc
        except OSError as exc:
            raise ToolMissing(source_file, f"Tesseract ({exe}) kunne ikke startes", redo) from exc
        png.unlink()
        part = base.with_suffix(".pdf")
        if done.returncode < 0:  # killed by a signal: most often memory running out under the cap
            raise TooHeavy(source_file, f"filen er for tung å lese: Tesseract stoppet på side {number} (grensen er "
                           f"{options.tool_memory / 2**30:g} GB minne)", redo)
        if done.returncode != 0 or not part.is_file():
            raise internal_error(source_file, "OCR-leseren (Tesseract)",
                                 f"{' '.join(args)}\nexit {done.returncode}\n{done.stderr.decode(errors='replace')}")
        parts.append(part)
        tsv = base.with_suffix(".tsv")
        boxes.append((tsv.read_text(encoding="utf-8", errors="replace") if tsv.is_file() else "", dpi, rules))
        log.debug("%s page %d: OCR in %.1f s", source_file, number, time.perf_counter() - started)
    if not parts:
        raise DamagedFile(source_file, "filen har ingen sider å lese", "Be medlemmet om en ny kopi")
    return _joined(parts, tmp / "ocr.pdf"), boxes


def _joined(parts: list[Path], target: Path) -> Path:
    if len(parts) == 1:
        return parts[0]
    joined = pdfium.PdfDocument.new()
    try:
        for part in parts:
            page_pdf = pdfium.PdfDocument(str(part))
            try:
                joined.import_pages(page_pdf)
            finally:
                page_pdf.close()
        joined.save(str(target))
    finally:
        joined.close()
    return target


# OCR misreads letters and cell borders now and then: its rows go to the reviewers (Thresholds.parse).
OCR_RELIABILITY = 0.7


def _read(pages: Iterator[Page], exe: str, source_file: str, options: ParseOptions, what: str, where: str) -> Content:
    with tempfile.TemporaryDirectory(prefix="tiltak-ocr-", ignore_cleanup_errors=True) as tmp:
        searchable, boxes = _ocr(pages, exe, Path(tmp), source_file, options)
        # The searchable PDF is ours and has no password.
        content = _with_tables_from_boxes(read_text_pdf(searchable, source_file, replace(options, password=None)), boxes)
    content = with_capitals_read(content)
    notes = content.warnings
    if not content.blocks:
        notes = (f"OCR fant ingen tekst i {where}; sjekk at skanningen er lesbar",)
    else:
        # Every row is on the review list already; the file says so too, so a misread table is never quiet.
        notes = (*notes, f"{source_file}: {where} er lest med OCR: kontroller tiltakene mot originalen, for bokstaver "
                         "og tabellceller kan være lest feil")
    return replace(content, warnings=notes, converted_from=f"{what}, lest med OCR (Tesseract)", reliability=OCR_RELIABILITY)


# «Kl-løftet», «UHl»: capitals with a lower-case «l» among them, where OCR read a capital «I» (the two are one
# stroke in most fonts). A word of capitals has no lower-case letter, so the «l» was the capital.
_CAPITALS_WITH_L = re.compile(r"(?<![^\W\d_])(?=[A-ZÆØÅ]*l)(?=l*[A-ZÆØÅ])[A-ZÆØÅl]{2,6}(?![^\W\d_])")


def capitals_read(text: str) -> str:
    """The text with an «l» among capitals read as the capital «I» OCR took it for («Kl-løftet» is «KI-løftet»)."""
    return _CAPITALS_WITH_L.sub(lambda m: m.group(0).replace("l", "I"), text)


# «|Delta», «Utvalg |»: a cell's rule read as a bar at the edge of its text (a photo of a screen, round 74).
_RULE_BAR = re.compile(rf"(?m)^[ \t]*[{re.escape(RULE_ENDS)}][ \t]*|[ \t]*[{re.escape(RULE_ENDS)}][ \t]*$")


def cell_read(text: str) -> str:
    """An OCR'd cell's text with `capitals_read` and without the bars its rules left at its lines' ends."""
    return capitals_read(_RULE_BAR.sub("", text))


def with_capitals_read(content: Content) -> Content:
    """Every paragraph and cell of an OCR'd document with `capitals_read` (cells with `cell_read`)."""
    blocks = tuple(replace(b, text=capitals_read(b.text)) if isinstance(b, Paragraph) else replace(
        b, rows=tuple(tuple(cell_read(c) if c else c for c in row) for row in b.rows)) for b in content.blocks)
    return replace(content, blocks=blocks, title=capitals_read(content.title))


def _with_tables_from_boxes(content: Content, boxes: list[Boxes]) -> Content:
    """Pages where no ruled table was found but the word boxes hold one are read from the boxes instead, as are
    pages whose ruled table left header cells empty that the boxes fill (the text layer ran its header together)."""
    blocks = list(content.blocks)
    for page, (tsv, dpi, rules) in enumerate(boxes, start=1):
        ruled = [b for b in blocks if isinstance(b, TableBlock) and b.page == page and b.ruled]
        if not tsv or any(all(b.rows[0]) for b in ruled):
            continue
        rebuilt = page_from_boxes(tsv_words(tsv, dpi), page, rules)
        wider = max((len(b.rows[0]) for b in ruled), default=0)
        longer = max((len(b.rows) for b in ruled), default=0)
        # A full header in as many columns and rows beats a ruled table whose header cells came out empty (a rule
        # struck through the header's words, as a fax's lines do).
        if rebuilt and ruled and not any(isinstance(b, TableBlock) and all(b.rows[0]) and (
                len(b.rows[0]) > wider or len(b.rows[0]) == wider and len(b.rows) >= longer) for b in rebuilt):
            continue  # the boxes do no better
        if rebuilt:
            at = next((k for k, b in enumerate(blocks) if b.page == page), len(blocks))
            blocks = [b for b in blocks if b.page != page]
            blocks[at:at] = rebuilt
    return replace(content, blocks=tuple(blocks))


def ocr_pdf(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A PDF whose pages are pictures without text, read with OCR."""
    exe = _tesseract(source_file, options, "PDF-en er skannet og har ingen tekst", "be om en PDF med tekst")
    pages = _pdf_pages(Path(path), source_file, options)
    return _read(pages, exe, source_file, options, "skannet PDF", "den skannede PDF-en")


@register("image")
def parse_image(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A picture of a report (PNG, JPEG, TIFF, one or more pages), read with OCR."""
    exe = _tesseract(source_file, options, "filen er et bilde, som bare kan leses med OCR",
                     "be om rapporten som PDF med tekst eller Word (DOCX)")
    return _read(_image_pages(Path(path), source_file, options), exe, source_file, options, "bilde", "bildet")
