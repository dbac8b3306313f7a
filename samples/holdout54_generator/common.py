"""Shared helpers for held-out round 54 (reporting year 2074)."""
from __future__ import annotations

import io
import random
import re
import subprocess
import tempfile
import unicodedata
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout54"
CATALOGUE = ROOT / "normalise" / "catalogue.toml"

YEAR = 2074
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
    "J01": "Bransjeprogram for varehandelen",
    "J02": "Språkløftet i helse og omsorg",
    "J03": "Yrkes-NM 2074 i Lillehammer",
    "J04": "Les mer! (lesekampanje i frivilligheten)",
    "J05": "Fleksibel fagskole for industrien (FFI)",
    "J06": "DigiTillit (digital kompetanse for tillitsvalgte)",
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
DEJAVU_BI = FONT_DIR / "DejaVuSans-BoldOblique.ttf"
DEJAVU_SERIF = FONT_DIR / "DejaVuSerif.ttf"
DEJAVU_SERIF_B = FONT_DIR / "DejaVuSerif-Bold.ttf"
DEJAVU_COND = FONT_DIR / "DejaVuSansCondensed.ttf"
DEJAVU_COND_B = FONT_DIR / "DejaVuSansCondensed-Bold.ttf"
DEJAVU_MONO = FONT_DIR / "DejaVuSansMono.ttf"

ZIP_DT = (2075, 1, 22, 10, 0, 0)


def row(source_file: str, member: str, tiltak: str, seed: str | None, delmal: str, typ: str,
        ansvarlig: str = "", samarb: str = "", beskr: str = "") -> dict:
    def one(s: str) -> str:  # line breaks inside a cell or label are joined with a space
        return re.sub(r"\s+", " ", s).strip()
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


def normalise_ooxml(path: Path, when: str = "2075-01-22T10:00:00Z", extra: dict | None = None) -> None:
    """Rewrite an OOXML zip (python-docx / openpyxl output) with fixed timestamps and core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = _CORE_DATE.sub(lambda m: m.group(1) + when.encode() + m.group(3), data)
        if extra and name in extra:
            data = extra[name](data)
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


# ---------------------------------------------------------------- PDF text in content-stream order
def pdf_stream_text(data: bytes) -> str:
    """Characters of every page in the order they are drawn (pdfplumber, no layout analysis): a new line where
    the baseline moves or the pen goes back, a space where there is a gap."""
    import pdfplumber
    out: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            prev = None
            for ch in page.chars:
                if prev is not None:
                    same_line = abs(ch["top"] - prev["top"]) < max(1.5, 0.3 * ch["size"])
                    if not same_line or ch["x0"] < prev["x0"] - 0.5:
                        out.append("\n")
                    elif ch["x0"] - prev["x1"] > 0.22 * ch["size"]:
                        out.append(" ")
                out.append(ch["text"])
                prev = ch
            out.append("\n\f")
    return "".join(out)


# ---------------------------------------------------------------- a small hand-written PDF writer
def pdf_utf16(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def pdf_lit(s: str, enc: str = "cp1252") -> bytes:
    b = s.encode(enc)
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


class RawPdf:
    """Objects are added as bytes; write() lays out header, bodies, xref and trailer."""

    def __init__(self):
        self.objs: list[bytes | None] = []

    def reserve(self) -> int:
        self.objs.append(None)
        return len(self.objs)

    def set(self, num: int, body: bytes) -> int:
        self.objs[num - 1] = body
        return num

    def add(self, body: bytes) -> int:
        self.objs.append(body)
        return len(self.objs)

    def add_stream(self, dict_body: bytes, data: bytes, compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data, 6)
            dict_body = dict_body + b" /Filter /FlateDecode"
        return self.add(b"<< " + dict_body + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    def write(self, root: int, info: int, file_id: bytes) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, 1):
            assert body is not None, f"object {i} never set"
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1))
        for off in offsets:
            out.write(b"%010d 00000 n \n" % off)
        hexid = file_id.hex().upper().encode()
        out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(self.objs) + 1, root, info, hexid, hexid, xref))
        return out.getvalue()


# ---------------------------------------------------------------- image helpers (scans)
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


def speckle(img, seed: int, n: int = 1500):
    from PIL import ImageDraw
    rnd = random.Random(seed)
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(n):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((0, 0, 0, 1))
        v = rnd.randrange(60, 150)
        d.ellipse((x, y, x + r, y + r), fill=v if img.mode == "L" else (v, v, v))
    return img


def gauss_noise(img, seed: int, sigma: float = 7.0):
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(seed)
    a = np.asarray(img).astype("float32")
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(a.clip(0, 255).astype("uint8"))


def tesseract(png_bytes: bytes, psm: int = 4) -> str:
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "page.png"
        p.write_bytes(png_bytes)
        r = subprocess.run(["tesseract", str(p), "stdout", "-l", "nor", "--psm", str(psm)],
                           capture_output=True, check=True)
        return r.stdout.decode("utf-8", "replace")


def ooxml_paragraphs(xml: bytes) -> str:
    """Text of a WordprocessingML / DrawingML part: one line per paragraph, tabs and breaks as spaces."""
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
