"""Shared helpers: truth rows, pinning of zip/docx/xlsx/pdf output."""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

YEAR = 2058
ZIP_TIME = (2059, 1, 20, 9, 30, 0)
CORE_TIME = "2059-01-20T09:30:00Z"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

TYPES = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
         "Informasjon", "Arrangement")

TRUTH_COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal",
                 "type", "ansvarlig", "samarbeidspartnere", "beskrivelse"]


@dataclass
class Row:
    """One measure as it appears in one document."""
    label: str          # M01.., J01.., R101..
    tiltak: str
    delmal: str
    type: str
    ansvarlig: str = ""
    partners: str = ""
    beskrivelse: str = ""
    trap: str = ""      # non-empty: why this is the member's own measure

    def __post_init__(self):
        assert self.type in TYPES, self.type
        assert re.fullmatch(r"[123]\.[1-6]", self.delmal), self.delmal


@dataclass
class Doc:
    """A generated file and what the secretariat should extract from it."""
    filename: str
    member: str
    shape: str
    rows: list = field(default_factory=list)
    note: str = ""            # e.g. "draft", "not a member report"
    source_text: str = ""     # for image-only files: the rendered text
    soffice: bool = False     # made by LibreOffice, not byte-pinned

    def truth(self):
        for r in self.rows:
            yield {
                "source_file": self.filename, "member": self.member,
                "tiltak": r.tiltak, "seed_row": r.label, "delmal": r.delmal,
                "type": r.type, "ansvarlig": r.ansvarlig,
                "samarbeidspartnere": r.partners,
                "beskrivelse": r.beskrivelse,
            }


_CORE_RE = [
    (re.compile(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)"),
     rb"\g<1>" + CORE_TIME.encode() + rb"\g<2>"),
    (re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)"),
     rb"\g<1>" + CORE_TIME.encode() + rb"\g<2>"),
]


def pin_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                for rx, rep in _CORE_RE:
                    blob = rx.sub(rep, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    Path(path).write_bytes(out.getvalue())


def set_docx_core(document, title: str, author: str) -> None:
    import datetime as dt
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    cp.created = dt.datetime(2059, 1, 20, 9, 30, 0)
    cp.modified = dt.datetime(2059, 1, 20, 9, 30, 0)
    cp.comments = ""
    cp.keywords = ""


def register_fonts():
    """Register DejaVu fonts with reportlab (covers Sami letters too)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    names = {
        "DV": "DejaVuSans.ttf", "DV-B": "DejaVuSans-Bold.ttf",
        "DV-I": "DejaVuSans-Oblique.ttf", "DV-BI": "DejaVuSans-BoldOblique.ttf",
        "DVS": "DejaVuSerif.ttf", "DVS-B": "DejaVuSerif-Bold.ttf",
        "DVS-I": "DejaVuSerif-Italic.ttf", "DVS-BI": "DejaVuSerif-BoldItalic.ttf",
        "DVC": "DejaVuSansCondensed.ttf", "DVC-B": "DejaVuSansCondensed-Bold.ttf",
        "DVM": "DejaVuSansMono.ttf",
    }
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, fn in names.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B")
    addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-BI")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-B")
    addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVC-B")


def esc(text: str) -> str:
    """Escape text for reportlab Paragraph markup."""
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;"))

