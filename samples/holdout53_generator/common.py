"""Shared helpers for held-out round 53 (reporting year 2073)."""
from __future__ import annotations

import io
import random
import re
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout53"
CATALOGUE = ROOT / "normalise" / "catalogue.toml"

YEAR = 2073
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

# Shared councils (M ids) and joint measures (J ids) of this round.
COUNCILS = {
    "M01": "KBU",
    "M02": "SRY",
    "M03": "RSA",
    "M04": "NFK",
    "M05": "FSR",
    "M06": "UHR-FSE",
}
JOINT = {
    "J01": "Bransjeprogram for bygg og anlegg",
    "J02": "Språkspor (norsk på arbeidsplassen)",
    "J03": "Yrkes-NM 2073 i Tromsø",
    "J04": "Duodjiløftet",
    "J05": "DigiKlar",
    "J06": "Fagskoleløftet Vest",
    "J07": "Praksisløftet",
    "J08": "Kompetansemidlene i staten (KIS)",
}

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PROSJEKT = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU = FONT_DIR / "DejaVuSans.ttf"
DEJAVU_B = FONT_DIR / "DejaVuSans-Bold.ttf"
DEJAVU_I = FONT_DIR / "DejaVuSans-Oblique.ttf"
DEJAVU_SERIF = FONT_DIR / "DejaVuSerif.ttf"
DEJAVU_SERIF_B = FONT_DIR / "DejaVuSerif-Bold.ttf"
DEJAVU_SERIF_I = FONT_DIR / "DejaVuSerif-Italic.ttf"
DEJAVU_COND = FONT_DIR / "DejaVuSansCondensed.ttf"
DEJAVU_COND_B = FONT_DIR / "DejaVuSansCondensed-Bold.ttf"

ZIP_DT = (2074, 1, 20, 9, 0, 0)


def row(source_file: str, member: str, tiltak: str, seed: str | None, delmal: str, typ: str,
        ansvarlig: str = "", samarb: str = "", beskr: str = "") -> dict:
    return {
        "source_file": source_file, "member": member, "tiltak": tiltak, "seed_row": seed,
        "delmal": delmal, "type": typ, "ansvarlig": ansvarlig,
        "samarbeidspartnere": samarb, "beskrivelse": beskr,
    }


def write_zip(path: Path, entries, dt=ZIP_DT, flag_utf8: bool = True) -> None:
    """entries: iterable of (name, data, compress: bool). Fixed timestamps, fixed attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, compress in entries:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0x20 if not name.endswith("/") else 0x10
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compress_type=zi.compress_type, compresslevel=6 if compress else None)
    path.write_bytes(buf.getvalue())


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_ooxml(path: Path, when: str = "2074-01-20T09:00:00Z", extra: dict | None = None) -> None:
    """Rewrite an OOXML/ODF zip with fixed timestamps and fixed core dates (python-docx, openpyxl output)."""
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


def norm(s: str) -> str:
    """Normalise text for 'is found in' checks: NFC, odd spaces and marks removed, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200e", "\u200f", "\u00ad", "\ufeff"):
        s = s.replace(ch, "")
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007"):
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- image helpers (scans, screenshots)
def load_font(path: Path, size: int):
    from PIL import ImageFont
    return ImageFont.truetype(str(path), size)


def wrap_px(draw, text: str, font, width: int) -> list[str]:
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def speckle(img, seed: int, n: int = 1800, dark: bool = True):
    from PIL import ImageDraw
    rnd = random.Random(seed)
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(n):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((0, 0, 0, 1))
        v = rnd.randrange(40, 140) if dark else rnd.randrange(170, 255)
        d.ellipse((x, y, x + r, y + r), fill=v if img.mode == "L" else (v, v, v))
    return img


def gauss_noise(img, seed: int, sigma: float = 9.0):
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(seed)
    a = np.asarray(img).astype("float32")
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(a.clip(0, 255).astype("uint8"))


def ooxml_text(src, parts=("word/document.xml",), para_tags=("p",), text_tags=("t",)) -> str:
    """Text of OOXML parts, namespace-agnostic (transitional or strict): one line per paragraph, tabs and
    breaks as spaces."""
    from lxml import etree
    with zipfile.ZipFile(src if not isinstance(src, (bytes, bytearray)) else io.BytesIO(src)) as z:
        names = z.namelist()
        chunks = []
        for part in parts:
            sel = [n for n in names if re.fullmatch(part, n)]
            for n in sel:
                root = etree.fromstring(z.read(n))
                for p in root.iter():
                    if not isinstance(p.tag, str) or etree.QName(p).localname not in para_tags:
                        continue
                    bits = []
                    for el in p.iter():
                        if not isinstance(el.tag, str):
                            continue
                        ln = etree.QName(el).localname
                        if ln in text_tags and el.text:
                            bits.append(el.text)
                        elif ln in ("tab", "br", "cr"):
                            bits.append(" ")
                    chunks.append("".join(bits))
    return "\n".join(chunks)
