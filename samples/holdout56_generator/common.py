"""Shared helpers for held-out round 56 (reporting year 2076)."""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout56"

YEAR = 2076
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

# Shared councils (M ids) and joint measures (J ids) of this round.
COUNCILS = {
    "M01": "KBU",
    "M02": "SRY",
    "M03": "RSA",
    "M04": "UHR-FSE",
    "M05": "FSR",
    "M06": "NFK",
}
JOINT = {
    "J01": "Grønn fagarbeider (etterutdanning for elektro- og VVS-fag i det grønne skiftet)",
    "J02": "KI-løftet (kurs i kunstig intelligens for ansatte i offentlig sektor)",
    "J03": "Yrkesfaguka 2076 (nasjonal uke for yrkesfagene)",
    "J04": "Språkspor (norskopplæring på arbeidsplassen for ansatte med innvandrerbakgrunn)",
    "J05": "Veiledningsløftet 50+ (karriereveiledning for seniorer i arbeidslivet)",
    "J06": "Realkompetanseportalen (RKP – felles digital løsning for realkompetansevurdering)",
}

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PROSJEKT = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"
TYPES = [FOU, KURS, RAD, PROSJEKT, INFO, ARR]

DELMAL = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]

MEMBERS_FIXED = {"Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO",
                 "UHR", "Fagskolerådet", "Kompetanseforbundet", "Sametinget"}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU = FONT_DIR / "DejaVuSans.ttf"
DEJAVU_B = FONT_DIR / "DejaVuSans-Bold.ttf"
DEJAVU_I = FONT_DIR / "DejaVuSans-Oblique.ttf"

ZIP_DT = (2077, 1, 20, 9, 30, 0)


def is_member(name: str) -> bool:
    return name in MEMBERS_FIXED or name.endswith(" fylkeskommune")


def row(source_file: str, member: str, tiltak: str, seed: str | None, delmal: str, typ: str,
        ansvarlig: str = "", samarb: str = "", beskr: str = "") -> dict:
    def one(s: str) -> str:  # line breaks inside a cell or label are joined with a space
        return re.sub(r"\s+", " ", s).strip()
    assert typ in TYPES, typ
    assert delmal in DELMAL, delmal
    return {
        "source_file": source_file, "member": member, "tiltak": one(tiltak), "seed_row": seed,
        "delmal": delmal, "type": typ, "ansvarlig": one(ansvarlig),
        "samarbeidspartnere": one(samarb), "beskrivelse": one(beskr),
    }


def write_zip(path: Path, entries, dt=ZIP_DT) -> None:
    """entries: iterable of (name, data, compress: bool). Fixed timestamps and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, compress in entries:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0x10 if name.endswith("/") else 0x20
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compress_type=zi.compress_type, compresslevel=6 if compress else None)
    path.write_bytes(buf.getvalue())


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_ooxml(path: Path, when: str = "2077-01-20T09:30:00Z", extra: dict | None = None,
                    add: list | None = None) -> None:
    """Rewrite an OOXML zip (python-docx output) with fixed timestamps and core dates; `extra` rewrites parts,
    `add` appends (name, data) parts."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = _CORE_DATE.sub(lambda m: m.group(1) + when.encode() + m.group(3), data)
        if extra and name in extra:
            data = extra[name](data)
        out.append((name, data, True))
    for name, data in add or []:
        out.append((name, data, True))
    write_zip(path, out)


def norm(s: str) -> str:
    """Text for 'is found in' checks: NFC, soft hyphens and marks removed, odd spaces made plain, whitespace
    collapsed."""
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200e", "\u200f", "\u00ad", "\ufeff", "\u200b"):
        s = s.replace(ch, "")
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007"):
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def ooxml_paragraphs(xml: bytes) -> str:
    """Text of a WordprocessingML part: one line per paragraph, tabs and breaks as spaces."""
    from lxml import etree
    root = etree.fromstring(xml)
    chunks = []
    for p in root.iter():
        if not isinstance(p.tag, str) or etree.QName(p).localname != "p":
            continue
        bits = []
        for el in p.iter():
            if not isinstance(el.tag, str):
                continue
            ln = etree.QName(el).localname
            if ln == "t" and el.text:
                bits.append(el.text)
            elif ln in ("tab", "br", "cr"):
                bits.append(" ")
        chunks.append("".join(bits))
    return "\n".join(chunks)


def xml_text(data: bytes, attrs: tuple[str, ...] = ()) -> str:
    """All text nodes (and the named attributes) of an XML document, one per line."""
    from lxml import etree
    root = etree.fromstring(data)
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for a in attrs:
            if el.get(a):
                out.append(el.get(a))
        if el.text and el.text.strip():
            out.append(el.text)
        if el.tail and el.tail.strip():
            out.append(el.tail)
    return "\n".join(out)


def csv_text(data: str, delimiter: str = ",") -> str:
    """All cells of a CSV text, one row per line, cells separated by a tab."""
    import csv as _csv
    return "\n".join("\t".join(r) for r in _csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))


def html_text(markup: str) -> str:
    """Visible text of an HTML fragment or page: block elements on their own lines, scripts and styles dropped."""
    from lxml import html as lhtml
    if not markup.strip():
        return ""
    root = lhtml.fromstring(markup) if markup.lstrip().startswith("<") else lhtml.fromstring(f"<div>{markup}</div>")
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "section", "aside",
              "table", "ul", "ol", "dd", "dt", "blockquote"}
    out: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in blocks:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for ch in el:
            walk(ch)
            if ch.tail:
                out.append(ch.tail)
        if tag in blocks:
            out.append("\n")
    walk(root)
    return "".join(out)
