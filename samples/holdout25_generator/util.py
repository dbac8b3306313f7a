"""Shared helpers: Word building blocks, LibreOffice conversion, and making every output byte-stable."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def when(day: str) -> dt.datetime:
    """A fixed save time for a file: ``"2046-02-14 09:30"``."""
    return dt.datetime.strptime(day, "%Y-%m-%d %H:%M")


def new_document(author: str, title: str, saved: dt.datetime, font: str = "Calibri", size: float = 11):
    """A python-docx document with fixed properties (no «python-docx» author, no current time)."""
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.created = saved - dt.timedelta(days=3)
    props.modified = saved
    props.revision = 3
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    return doc


def shade(cell, fill: str) -> None:
    """Background colour of a table cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def cell_text(cell, text: str, bold: bool = False, size: float | None = None, colour: str | None = None) -> None:
    """Replace a cell's text with one run."""
    para = cell.paragraphs[0]
    para.text = ""
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def widths(table, cm: list[float]) -> None:
    """Fixed column widths that Word and LibreOffice both honour (the grid and every cell)."""
    table.autofit = False
    for i, width in enumerate(cm):
        table.columns[i].width = Cm(width)
    for row in table.rows:
        for i, width in enumerate(cm):
            row.cells[i].width = Cm(width)


def add_par(doc_or_cell, text: str = "", bold_lead: str = "", style: str | None = None,
            align: str | None = None, size: float | None = None, italic: bool = False):
    """A paragraph, optionally starting with a bold lead-in."""
    para = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if bold_lead:
        lead = para.add_run(bold_lead)
        lead.bold = True
        if size:
            lead.font.size = Pt(size)
    if text:
        run = para.add_run(text)
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def save_docx(doc, path: Path, saved: dt.datetime) -> Path:
    """Save and pin the zip's entry times, so that the same content gives the same bytes."""
    doc.save(str(path))
    pin_zip(path, saved)
    return path


def pin_zip(path: Path, saved: dt.datetime, edits: dict[str, Callable[[bytes], bytes]] | None = None) -> None:
    """Rewrite a zip (docx, xlsx, odt) with every entry dated ``saved``, keeping order and compression;
    ``edits`` rewrites named entries (a save time or a random id the writing program put there)."""
    stamp = (saved.year, saved.month, saved.day, saved.hour, saved.minute, 0)
    edits = edits or {}
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    entries = [(info, edits[info.filename](data) if info.filename in edits else data) for info, data in entries]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as dst:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 3
            dst.writestr(fixed, data)
    tmp.replace(path)


def soffice(src: Path, fmt: str, out_name: str, out_dir: Path, saved: dt.datetime) -> Path:
    """Convert with LibreOffice (own profile, so parallel sessions do not clash), then pin its dates."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice (soffice) is needed to build this round")
    with tempfile.TemporaryDirectory(prefix="h25so_") as tmp:
        tmpdir = Path(tmp)
        profile = (tmpdir / "profile").as_uri()
        work = tmpdir / ("in" + src.suffix)
        shutil.copyfile(src, work)
        filt = {"pdf": "pdf:writer_pdf_Export"}.get(fmt, fmt)
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", filt,
               "--outdir", str(tmpdir / "out"), str(work)]
        env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       timeout=300)
        produced = tmpdir / "out" / ("in." + fmt)
        target = out_dir / out_name
        shutil.copyfile(produced, target)
    if fmt == "pdf":
        pin_pdf(target, saved)
    elif fmt == "odt":
        pin_odt(target, saved)
    return target


def pin_pdf(path: Path, saved: dt.datetime) -> None:
    """Fix a PDF's creation and modification dates and its /ID, keeping every byte offset."""
    data = path.read_bytes()
    stamp = saved.strftime("%Y%m%d%H%M%S").encode()

    def date_sub(match: re.Match[bytes]) -> bytes:
        old = match.group(2)
        new = (stamp + old[len(stamp):]) if len(old) >= len(stamp) else old
        return match.group(1) + new

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]{14}[^)]*)", date_sub, data)
    digest = hashlib.md5(path.name.encode()).hexdigest().upper().encode()

    def id_sub(match: re.Match[bytes]) -> bytes:
        return re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + digest + b">", match.group(0))

    data = re.sub(rb"/ID\s*\[[^\]]*\]", id_sub, data)
    data = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", lambda m: m.group(1) + digest, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([0-9T:\-+Z]+)",
                  lambda m: m.group(1) + saved.strftime("%Y-%m-%dT%H:%M:%S").encode()
                  + m.group(2)[19:], data)
    path.write_bytes(data)


def pin_odt(path: Path, saved: dt.datetime) -> None:
    """An ODT's zip entry times (LibreOffice stamps them with the clock) and its random revision ids;
    mimetype stays first, stored."""

    def settings(data: bytes) -> bytes:
        return re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)[0-9]+', rb"\g<1>204500", data)

    pin_zip(path, saved, {"settings.xml": settings})


def pin_core_modified(saved: dt.datetime) -> Callable[[bytes], bytes]:
    """An edit for docProps/core.xml: the modified time openpyxl sets to the clock on save."""
    stamp = saved.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    def edit(data: bytes) -> bytes:
        return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", lambda m: m.group(1) + stamp, data)

    return edit
