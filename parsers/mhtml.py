"""A web page saved as one file (.mht): the page, then the pages of its frames; an Excel workbook's sheets by name.

Word saves a report as «Enkeltfil-webside» (a browser as «Webside, én fil»): a multipart/related message of the page's
HTML, in the code page it names and quoted-printable, with its pictures as parts beside it. The HTML is the page; the
pictures are its own, no files of the report. Excel's «Webside med én fil» is a frameset instead: the main page holds
no cells, only the list of its sheets (`x:WorksheetSource`), each sheet a page of its own among the parts.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urljoin

from lxml import etree

from tiltak_core.errors import DamagedFile

from .bundle import read_message
from .content import Block, Content, TableBlock
from .html import blocks_of_html, decoded_page
from .registry import ParseOptions, register
from .webarchive import numbered

_MAX_FRAMES = 50  # frames within frames: a page with more is no report
# Excel's list of the workbook's sheets in the frameset page: each sheet's name, whether it is hidden, its page.
_SHEET = re.compile(r"<x:ExcelWorksheet>(?P<body>.*?)</x:ExcelWorksheet>", re.IGNORECASE | re.DOTALL)
_SHEET_NAME = re.compile(r"<x:Name>(?P<name>.*?)</x:Name>", re.IGNORECASE | re.DOTALL)
_SHEET_SOURCE = re.compile(r"<x:WorksheetSource\s+HRef\s*=\s*[\"']?(?P<href>[^\"'\s>]+)", re.IGNORECASE)
_SHEET_HIDDEN = re.compile(r"<x:Visible>\s*Sheet(?:Very)?Hidden\s*</x:Visible>", re.IGNORECASE)
_FRAMESET = re.compile(r"<frameset\b", re.IGNORECASE)
# A frame of a frameset page (or an inline one): the page it shows.
_FRAME = re.compile(r"<i?frame\b[^>]*?\bsrc\s*=\s*[\"']?(?P<href>[^\"'\s>]+)", re.IGNORECASE)


def _damaged(source_file: str) -> DamagedFile:
    return DamagedFile(source_file, "nettsiden i én fil (MHT) kan ikke leses: den er skadet eller i en ukjent "
                       "tegnkoding", "Åpne den i Word eller en nettleser og lagre den som PDF eller Word (DOCX)")


def _parts_by_place(message: EmailMessage) -> dict[str, EmailMessage]:
    """Each HTML part of the archive by where it says it came from (its Content-Location, and «cid:» its id)."""
    parts: dict[str, EmailMessage] = {}
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        if location := str(part.get("content-location") or "").strip():
            parts.setdefault(location, part)
        if content_id := str(part.get("content-id") or "").strip().strip("<>"):
            parts.setdefault(f"cid:{content_id}", part)
    return parts


def _markup(part: EmailMessage, source_file: str) -> str:
    try:
        if part.get_content_charset() is None:
            # Chrome writes «Content-Type: text/html» with no charset; the page's own <meta charset> says it (round 73).
            payload = part.get_payload(decode=True)
            return decoded_page(payload if isinstance(payload, bytes) else b"")
        return str(part.get_content())
    except (LookupError, ValueError) as exc:
        raise _damaged(source_file) from exc


def _page_blocks(markup: str) -> list[Block]:
    """The blocks of one framed page; a page with nothing to read (a frameset of its own) has none."""
    try:
        return blocks_of_html(markup)[1]
    except (etree.ParserError, ValueError):
        return []


def _ending_with(parts: dict[str, EmailMessage], href: str) -> EmailMessage | None:
    """The one part whose place ends with a frame's relative address, where the page gives no place of its own to
    resolve it from; None when none or several do."""
    tail = "/" + href.lstrip("./")
    found = {id(part): part for place, part in parts.items() if place.endswith(tail)}
    return next(iter(found.values())) if len(found) == 1 else None


def frames_of(markup: str) -> list[tuple[str, str]]:
    """(address, sheet name) of each page a page shows in frames: an Excel workbook's visible sheets in their order
    (the frames show only the first and the tab strip), else its frames' pages with no name."""
    listed = [found["body"] for found in _SHEET.finditer(markup)]
    if listed:
        return [(html.unescape(source["href"]), html.unescape(name["name"].strip()) if name else "")
                for body in listed if (source := _SHEET_SOURCE.search(body)) and not _SHEET_HIDDEN.search(body)
                for name in [_SHEET_NAME.search(body)]]
    return [(html.unescape(found["href"]), "") for found in _FRAME.finditer(markup)]


def _framed(markup: str, at: str, parts: dict[str, EmailMessage], source_file: str, seen: set[str]) -> list[Block]:
    """The blocks of the pages a page shows in frames, found among the archive's parts; a sheet's tables named by it."""
    blocks: list[Block] = []
    for href, sheet in frames_of(markup):
        place = href if href.startswith("cid:") else urljoin(at, href)
        part = parts.get(place) or _ending_with(parts, href)
        if part is None or place in seen or len(seen) >= _MAX_FRAMES:
            continue  # a frame the archive did not keep (a page on the web), or one shown twice
        seen.add(place)
        inner = _markup(part, source_file)
        found = _page_blocks(inner)
        blocks += [replace(b, caption=sheet) if sheet and isinstance(b, TableBlock) else b for b in found]
        blocks += _framed(inner, place, parts, source_file, seen)
    return blocks


@register("mhtml")
def parse_mhtml(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The page the file holds (its HTML part, the root of the multipart/related message) as a web page is read, then
    the pages it shows in frames: an Excel workbook's sheets."""
    message = read_message(path, _damaged(source_file))
    try:
        page = message.get_body(preferencelist=("html",))
    except (LookupError, ValueError) as exc:
        raise _damaged(source_file) from exc
    markup = _markup(page, source_file) if page is not None else ""  # type: ignore[arg-type]
    if not markup.strip():
        raise _damaged(source_file)
    # A frameset page's own text is what a browser without frames shows; its frames hold the report. (A page with an
    # inline frame in its text is read whole, the frame's page after it.)
    frameset = bool(_FRAMESET.search(markup) or _SHEET.search(markup))
    try:
        title, blocks = blocks_of_html(markup)
    except (etree.ParserError, ValueError) as exc:
        if not frameset:
            raise _damaged(source_file) from exc
        title, blocks = "", []
    if frameset:
        blocks = []
    at = str(page.get("content-location") or "") if page is not None else ""
    framed = _framed(markup, at, _parts_by_place(message), source_file, {at})
    return Content(blocks=numbered(blocks + framed), title=title or str(message.get("subject") or ""))
