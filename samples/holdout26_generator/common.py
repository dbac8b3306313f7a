"""Shared helpers: the row record, fixed timestamps, LibreOffice conversion, Word helpers."""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# Every file says it was written in early 2047 about the year 2046.
FIXED = dt.datetime(2047, 2, 14, 9, 30, 0)
ZIP_TIME = (2047, 2, 14, 9, 30, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Row:
    """One tiltak as it stands in one file, with what the truth says of it."""

    seed: str  # measure id, M01 …
    delmal: str  # truth code
    type: str  # truth type
    tiltak: str  # the text as written in the file
    ansv: str = ""
    partn: str = ""
    desc: str = ""
    d_shown: str = ""  # the delmål as the file shows it (code, words, area), "" = as delmal
    t_shown: str = ""  # the type as the file shows it, "" = not shown at all

    @property
    def d(self) -> str:
        return self.d_shown or self.delmal


def normalise_zip(path: Path) -> None:
    """Rewrite a ZIP-based Office file with fixed entry times and a fixed order, so builds are byte-identical."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename), i.compress_type) for i in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zout:
        for name, data, ctype in items:
            if name in ("docProps/core.xml", "meta.xml"):
                data = _fix_dates(data)
            elif name == "settings.xml":
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1046046", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = ctype
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    tmp.replace(path)


def _fix_dates(data: bytes) -> bytes:
    text = data.decode("utf-8")
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "2047-02-14T09:30:00Z", text)
    text = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                  "<meta:editing-duration>PT1H</meta:editing-duration>", text)
    return text.encode("utf-8")


def fix_pdf(path: Path) -> None:
    """Give a LibreOffice PDF fixed dates and a fixed ID, keeping every byte offset."""
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}", b"(D:20470214093000", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<4F7D2C91A0B3E85D4F7D2C91A0B3E85D>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /4F7D2C91A0B3E85D4F7D2C91A0B3E85D", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2047-02-14T09:30:00", data)
    data = re.sub(rb"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  b"uuid:4f7d2c91-a0b3-4e85-8d4f-7d2c91a0b3e8", data)
    path.write_bytes(data)


def soffice_convert(src: Path, fmt: str, out_dir: Path, name: str) -> Path:
    """Convert src with LibreOffice (private profile) and move the result to out_dir/name."""
    with tempfile.TemporaryDirectory(prefix="holdout26_lo_") as tmp:
        profile = Path(tmp) / "profile"
        work = Path(tmp) / "out"
        work.mkdir()
        env = dict(os.environ, SOURCE_DATE_EPOCH="2433223800", TZ="UTC")
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", fmt, "--outdir", str(work), str(src)]
        subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300)
        produced = [p for p in work.iterdir() if p.is_file()]
        if len(produced) != 1:
            raise RuntimeError(f"LibreOffice made {produced} from {src}")
        target = out_dir / name
        shutil.move(str(produced[0]), target)
    if target.suffix == ".pdf":
        fix_pdf(target)
    elif target.suffix == ".odt":
        normalise_zip(target)
    elif target.suffix == ".rtf":
        text = target.read_bytes()
        text = re.sub(rb"\\(yr|mo|dy|hr|min|sec)\d+", rb"\\\g<1>1", text)
        target.write_bytes(text)
    return target


# ---------------------------------------------------------------- Word helpers

def new_document(author: str, title: str, landscape: bool = False, font: str = "Calibri", size: int = 11):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    return doc


def save_docx(doc, path: Path) -> Path:
    doc.save(str(path))
    normalise_zip(path)
    return path


def cell_text(cell, text: str, bold: bool = False, size: float | None = None, italic: bool = False):
    """Replace a cell's text with one paragraph (lines split on \\n become paragraphs)."""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = para if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    return cell


def shade(cell, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def widths(table, cms: list[float]) -> None:
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)
