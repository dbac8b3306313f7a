"""Spekter: an ordinary PDF report, saved with «restrict editing» as Acrobat does it: encrypted with the standard
security handler at AES-256 (V 5, R 6, AESV3 crypt filter), an owner password only, so it opens without a password
but every string and stream in the file is encrypted and has to be decrypted before the text can be read. Each
measure is a numbered heading, a description and a small two-row fact table. A national conference moved to March
2098 is told only in words."""
from __future__ import annotations

import hashlib
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase.pdfdoc import DummyDoc, PDFDictionary, PDFName, PDFObject
from reportlab.pdfgen.canvas import Canvas

from .common import FOU, INFO, KURS, PROSJEKT, RAD, pdf_text, rl_fonts, row

FILENAME = "Spekter – rapport til KPR 2097.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF (reportlab platypus, invariant) encrypted with the standard security handler at AES-256: /V 5 /R 6, "
          "crypt filter /StdCF with /CFM /AESV3, /O /U /OE /UE /Perms computed by the ISO 32000-2 hash (algorithm "
          "2.B), empty user password and an owner password, permissions print and copy but not modify; every string "
          "and stream AES-CBC encrypted with its own IV; header %PDF-1.7; DejaVu fonts")
SHAPE = ("ordinary report that opens without a password but is encrypted: title, an intro, then per measure a "
         "heading «S1 Name» … «S6 Name», a description and a two-row fact table Strategikode / Virkemiddel / Eier / "
         "Sammen med; delmål as a plain code; Spekter's kind words (Rådsplass, Kartlegging, Digital tjeneste, "
         "Lederutdanning, Pilot); the RSA seat «Spekter i Rådet for samarbeid med arbeidslivet ved UiT»; a national "
         "conference moved to March 2098 told only in words (S6); a footer with the page number")
NOT_TRUTH = ("the title and intro, the S-numbers, the fact-table labels and the Strategikode and Virkemiddel cells, "
             "block S6 'Nasjonal konferanse om kompetanse i helse' (moved to March 2098), the footer, the /Encrypt "
             "dictionary")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, virkemiddel, eier, sammen med, seed, type
ROWS = [
    ("Spekter i Rådet for samarbeid med arbeidslivet ved UiT",
     "Spekter har en plass i rådet for samarbeid med arbeidslivet ved UiT Norges arktiske universitet. Rådet "
     "behandlet i 2097 praksis i helsefagene og nye videreutdanninger i akuttmedisin.", "1.4", "Rådsplass",
     "Spekter", "", "M02", RAD),
    ("Kompetanseradaren 2097 – sykehusene",
     "Spekter sto for utvalget i helseforetakene i den felles undersøkelsen om kompetansebehov. 48 000 ansatte i 20 "
     "helseforetak svarte.", "2.2", "Kartlegging", "Spekter Analyse", "NHO, Virke", "J02", FOU),
    ("Praksisportalen i helseforetakene",
     "Helseforetakene la alle sine praksisplasser for sykepleie-, medisin- og helsefagstudenter inn i den felles "
     "portalen, til sammen 6 200 plasser.", "1.4", "Digital tjeneste", "Spekter",
     "UHR, Akademikerne, de regionale helseforetakene", "J06", INFO),
    ("Lederutdanning for avdelingsledere i sykehus",
     "Videreutdanning på 30 studiepoeng i ledelse for avdelingsledere. 160 ledere fra alle de fire regionene "
     "fullførte.", "2.4", "Lederutdanning", "Spekter", "BI, de regionale helseforetakene", None, KURS),
    ("Pilot med kombinerte stillinger",
     "Helse Vest prøvde ut stillinger der sykepleiere arbeider både i sykehus og i utdanningen. 24 kombinerte "
     "stillinger ble opprettet.", "1.4", "Pilot", "Helse Vest RHF", "Universitetet i Bergen, HVL", None, PROSJEKT),
    ("Nasjonal konferanse om kompetanse i helse",
     "Konferansen var planlagt i november, men er flyttet til mars 2098.", "2.4", "Konferanse", "Spekter", "", "",
     None),
]

OWNER = b"Spekter-KPR-2098"
P = -1324              # print, copy, accessibility and high-quality print; no modify, no annotate


class _Stream:
    """A deterministic byte source for salts, the file key and the IVs."""

    def __init__(self, seed: bytes):
        self.seed, self.n, self.buf = seed, 0, b""

    def take(self, k: int) -> bytes:
        while len(self.buf) < k:
            self.buf += hashlib.sha256(self.seed + struct.pack(">Q", self.n)).digest()
            self.n += 1
        out, self.buf = self.buf[:k], self.buf[k:]
        return out


def _aes_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    e = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return e.update(data) + e.finalize()


def _hash_r6(password: bytes, salt: bytes, udata: bytes) -> bytes:
    """ISO 32000-2, algorithm 2.B."""
    k = hashlib.sha256(password + salt + udata).digest()
    i = 0
    while True:
        k1 = (password + k + udata) * 64
        e = _aes_cbc(k[:16], k[16:32], k1)
        n = sum(e[:16]) % 3
        k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[n](e).digest()
        i += 1
        if i >= 64 and e[-1] <= i - 32:
            return k[:32]


class _EncryptDict(PDFObject):
    __RefOnly__ = 1

    def __init__(self, enc):
        self.enc = enc

    def format(self, document):
        e = self.enc

        def hexs(b):
            return "<" + b.hex().upper() + ">"
        d = {"Filter": PDFName("Standard"), "V": 5, "R": 6, "Length": 256,
             "CF": PDFDictionary({"StdCF": PDFDictionary({"AuthEvent": PDFName("DocOpen"), "CFM": PDFName("AESV3"),
                                                           "Length": 32})}),
             "StmF": PDFName("StdCF"), "StrF": PDFName("StdCF"), "O": hexs(e.O), "U": hexs(e.U), "OE": hexs(e.OE),
             "UE": hexs(e.UE), "P": P, "Perms": hexs(e.Perms), "EncryptMetadata": "true"}
        return PDFDictionary(d).format(DummyDoc())


class AES256(StandardEncryption):
    """The interface reportlab's document expects (prepare / register / encode / info), at AES-256, R 6."""

    def __init__(self, owner: bytes, seed: bytes):
        super().__init__(b"", owner, canPrint=1, canModify=0, canCopy=1, canAnnotate=0, strength=40)
        self.rng = _Stream(seed)
        self.revision = 6

    def prepare(self, document, overrideID=None):  # noqa: N803 (reportlab's name)
        r = self.rng
        self.key = r.take(32)
        uvs, uks, ovs, oks = r.take(8), r.take(8), r.take(8), r.take(8)
        self.U = _hash_r6(b"", uvs, b"") + uvs + uks
        self.UE = _aes_cbc(_hash_r6(b"", uks, b""), b"\0" * 16, self.key)
        self.O = _hash_r6(self.ownerPassword, ovs, self.U) + ovs + oks
        self.OE = _aes_cbc(_hash_r6(self.ownerPassword, oks, self.U), b"\0" * 16, self.key)
        perms = struct.pack("<iI", P, 0xFFFFFFFF) + b"Tadb" + r.take(4)
        e = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()
        self.Perms = e.update(perms) + e.finalize()
        self.objnum = self.version = None
        self.prepared = 1

    def encode(self, t):
        if isinstance(t, str):
            t = t.encode("latin-1")
        pad = 16 - len(t) % 16
        iv = self.rng.take(16)
        return iv + _aes_cbc(self.key, iv, t + bytes([pad]) * pad)

    def info(self):
        return _EncryptDict(self)


class _DatedCanvas(Canvas):
    """The dates go into the Info dictionary before it is encrypted."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._doc.info._dateFormatter = lambda *_x: "D:20980114101500+01'00'"


def build(out) -> list[dict]:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_fonts()
    h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=16, leading=20, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=3,
                        textColor=colors.HexColor("#1F4E79"))
    body = ParagraphStyle("b", fontName="DVS", fontSize=10, leading=13.5, spaceAfter=4)
    small = ParagraphStyle("s", fontName="DV", fontSize=8.2, leading=10.5)
    lab = ParagraphStyle("l", fontName="DV-B", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"))

    def footer(c, _doc):
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(20 * mm, 12 * mm, "Spekter · Rapport til Kompetansepolitisk råd 2097")
        c.drawRightString(190 * mm, 12 * mm, f"Side {c.getPageNumber()}")

    doc = SimpleDocTemplate(str(out / FILENAME), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, invariant=1, title="Rapport til KPR 2097",
                            author="Spekter", creator="Acrobat PDFMaker 25 for Word",
                            producer="Adobe PDF Library 25.1.72", subject="",
                            encrypt=AES256(OWNER, b"spekter-2097"))
    story = [Paragraph("Spekters rapport til Kompetansepolitisk råd for 2097", h1),
             Paragraph("Spekter organiserer blant annet helseforetakene. Nedenfor følger tiltakene Spekter og "
                       "helseforetakene gjennomførte i 2097 for å følge opp kompetansestrategien. Under hvert tiltak "
                       "står strategikoden (delmålet), virkemiddelet og hvem som eier tiltaket.", body)]
    for i, (name, txt, dm, vm, eier, med, *_r) in enumerate(ROWS, 1):
        t = Table([[Paragraph(x, lab) for x in ("Strategikode", "Virkemiddel", "Eier", "Sammen med")],
                   [Paragraph(x, small) for x in (dm, vm, eier, med)]],
                  colWidths=[28 * mm, 34 * mm, 42 * mm, 66 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EAF1F8")),
                               ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB3C9")),
                               ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#C5D3E0")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(KeepTogether([Paragraph(f"S{i}  {name}", h2), Paragraph(txt, body), t, Spacer(1, 4)]))
    doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=_DatedCanvas)
    raw = (out / FILENAME).read_bytes()
    assert raw.startswith(b"%PDF-1.4")
    (out / FILENAME).write_bytes(b"%PDF-1.7" + raw[8:])          # AES-256 belongs to PDF 1.7 extension level 8 / 2.0
    return [row(FILENAME, MEMBER, n, seed, dm, ty, e, m, t) for n, t, dm, _v, e, m, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_text(path)
