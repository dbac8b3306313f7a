"""Shared helpers for held-out round 57 (reporting year 2077)."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout57"

YEAR = 2077
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

COUNCILS = {"M01": "KBU", "M02": "SRY", "M03": "RSA", "M04": "UHR-FSE", "M05": "FSR", "M06": "NFK"}
JOINT = {
    "J01": "Digitalt grunnløft (kurs i grunnleggende digitale ferdigheter for arbeidstakere)",
    "J02": "VeiViser (pilot med karriereveiledning på NAV-kontor)",
    "J03": "Fagskolekonferansen 2077 (nasjonal konferanse for fagskolesektoren)",
    "J04": "Kompetansebarometer for helse og omsorg (felles kartlegging av kompetansebehov)",
    "J05": "Fagbrev på jobb i reiselivet (fagbrev for voksne ansatte i reiseliv og servering)",
    "J06": "Språkvenn (norsktrening for voksne innvandrere i studieforbund og frivillige lag)",
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
ZIP_DT = (2078, 1, 20, 9, 30, 0)


def is_member(name: str) -> bool:
    return name in MEMBERS_FIXED or name.endswith(" fylkeskommune")


def one(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def row(source_file, member, tiltak, seed, delmal, typ, ansvarlig="", samarb="", beskr="") -> dict:
    assert typ in TYPES, typ
    assert delmal in DELMAL, delmal
    return {"source_file": source_file, "member": member, "tiltak": one(tiltak), "seed_row": seed,
            "delmal": delmal, "type": typ, "ansvarlig": one(ansvarlig), "samarbeidspartnere": one(samarb),
            "beskrivelse": one(beskr)}


def write_zip(path: Path, entries, dt=ZIP_DT) -> None:
    """entries: (name, data, compress). Fixed timestamps and attributes, fixed order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, compress in entries:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0x20
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compress_type=zi.compress_type, compresslevel=6 if compress else None)
    Path(path).write_bytes(buf.getvalue())


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_ooxml(path: Path, when: str = "2078-01-16T10:20:00Z", extra: dict | None = None) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = _CORE_DATE.sub(lambda m: m.group(1) + when.encode() + m.group(3), data)
        if extra and name in extra:
            data = extra[name](data)
        out.append((name, data, name != "mimetype"))
    write_zip(path, out)


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200e", "\u200f", "\u00ad", "\ufeff", "\u200b"):
        s = s.replace(ch, "")
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007"):
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- reportlab
_RL = False


def setup_reportlab() -> None:
    global _RL
    from reportlab import rl_config
    rl_config.invariant = 1
    if _RL:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fams = {"DV": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "DVC": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
                    "DejaVuSansCondensed-BoldOblique.ttf"),
            "DVS": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")}
    for fam, (r, b, i, bi) in fams.items():
        for suf, f in (("", r), ("-B", b), ("-I", i), ("-BI", bi)):
            pdfmetrics.registerFont(TTFont(fam + suf, str(FONT_DIR / f)))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _RL = True


def rl_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- LibreOffice
_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\((D:[^)]*)\)")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_PDF_SUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def patch_lo_pdf(data: bytes) -> bytes:
    def date_sub(m):
        fixed = b"D:20780116102000+01'00'"
        old = m.group(2)
        new = (fixed + b"0" * len(old))[:len(old)]
        return b"/" + m.group(1) + b"(" + new + b")"

    def id_sub(m):
        return m.group(0).replace(m.group(1), b"7" * len(m.group(1)), 1).replace(m.group(2), b"5" * len(m.group(2)), 1)
    out = _PDF_DATE.sub(date_sub, data)
    out = _PDF_ID.sub(id_sub, out)
    out = _PDF_SUM.sub(lambda m: m.group(0).replace(m.group(1), b"3" * len(m.group(1))), out)
    assert len(out) == len(data)
    return out


def _soffice(src: Path, fmt: str, outdir: Path) -> Path:
    prof = tempfile.mkdtemp(prefix="h57_lo_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
                        "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    if not out.exists():
        raise RuntimeError(f"soffice made no {out}")
    return out


def lo_to_pdf(src_bytes: bytes, suffix: str, dest: Path) -> None:
    """Convert an office file (given as bytes) to PDF with LibreOffice; dates and /ID fixed. Converts until one
    result has been seen twice (LibreOffice now and then orders font subsets differently)."""
    tmp = Path(tempfile.mkdtemp(prefix="h57_conv_"))
    try:
        src = tmp / ("doc" + suffix)
        src.write_bytes(src_bytes)
        seen: dict[bytes, int] = {}
        for _ in range(8):
            out = _soffice(src, "pdf", tmp / "o")
            data = patch_lo_pdf(out.read_bytes())
            out.unlink()
            seen[data] = seen.get(data, 0) + 1
            if seen[data] >= 2:
                break
        else:
            raise RuntimeError("no stable PDF from LibreOffice")
        Path(dest).write_bytes(data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- text for verify
def pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def docx_text(path: Path) -> str:
    import docx
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                out.append(c.text)
    return "\n".join(out)


def xlsx_text(path: Path) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(str(path))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for r in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in r))
    return "\n".join(out)


def xml_text(data: bytes) -> str:
    from lxml import etree
    root = etree.fromstring(data)
    return "\n".join(t for t in root.itertext())


def _odf_inline(el) -> str:
    from lxml import etree
    s = el.text or ""
    for ch in el:
        ln = etree.QName(ch).localname if isinstance(ch.tag, str) else ""
        if ln in ("tab", "s", "line-break"):
            s += " "
        elif ln not in ("p", "h", "note"):
            s += _odf_inline(ch)
        s += ch.tail or ""
    return s


def odt_text(path: Path) -> str:
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    return "\n".join(_odf_inline(el) for el in root.iter(f"{{{ns}}}p", f"{{{ns}}}h"))
