"""Shared helpers for the holdout50 generator (reporting year 2070).

Every module that builds a file exposes FILE, MEMBER, HOW, SHAPE, ROWS and
build(out_dir).  ROWS are truth rows; the module renders the file from the
same data, so the truth always matches what the file says.
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

YEAR = 2070
FIXED_ZIP_DT = (2071, 1, 30, 12, 0, 0)
FIXED_DT = _dt.datetime(2071, 1, 30, 12, 0, 0)
FIXED_ISO = "2071-01-30T12:00:00Z"

TYPES = (
    "FoU",
    "Kurs/utdanning",
    "Råd/utvalg/nettverk",
    "Prosjekt",
    "Informasjon",
    "Arrangement",
)

DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre godkjenning av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læring i frivillig sektor",
}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Row:
    """One truth row plus the extras a module needs to render it."""

    tiltak: str
    seed_row: str
    delmal: str
    type: str
    ansvarlig: str = ""
    samarbeidspartnere: str = ""
    beskrivelse: str = ""
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        assert self.type in TYPES, self.type
        assert self.delmal in DELMAL, self.delmal

    def x(self, key: str, default: str = "") -> str:
        return self.extra.get(key, default)


def R(tiltak, seed, delmal, typ, ansvarlig="", partnere="", beskrivelse="", **extra) -> Row:
    return Row(tiltak, seed, delmal, typ, ansvarlig, partnere, beskrivelse, dict(extra))


# --------------------------------------------------------------------- zips
def _fix_core(xml: str) -> str:
    xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2071-01-29T09:00:00Z\g<2>", xml)
    xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2071-01-30T12:00:00Z\g<2>", xml)
    return xml


def normalise_zip(path: Path, fixes: dict | None = None, stored: tuple = ("mimetype",)) -> None:
    """Rewrite an OOXML/ODF zip with fixed timestamps so rebuilds are byte-stable."""
    fixes = dict(fixes or {})
    fixes.setdefault("docProps/core.xml", _fix_core)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for name, data in items:
            if name in fixes:
                data = fixes[name](data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            info.external_attr = 0o644 << 16
            info.create_system = 0
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


def write_zip(path: Path, members: list[tuple[str, str | bytes]]) -> None:
    """Write a zip (ODF style: mimetype first and stored) with fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            info.external_attr = 0o644 << 16
            info.create_system = 0
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def docx_props(doc, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(2071, 1, 29, 9, 0, 0)
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.comments = ""


def register_dejavu():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {
        "DejaVu": "DejaVuSans.ttf",
        "DejaVu-Bold": "DejaVuSans-Bold.ttf",
        "DejaVu-Oblique": "DejaVuSans-Oblique.ttf",
        "DejaVuSerif": "DejaVuSerif.ttf",
        "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
    }
    for name, fn in names.items():
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    from reportlab.lib.fonts import addMapping

    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
