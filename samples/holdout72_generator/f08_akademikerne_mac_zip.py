"""Akademikerne: the report sent as a ZIP made by macOS Finder («Komprimer»): a folder entry, the Word report inside
the folder, a .DS_Store, and the __MACOSX/ tree with an AppleDouble «._» file for the report (Finder info with
extended attributes and an empty resource fork). Entry names are UTF-8 in decomposed form (NFD: «a» + combining ring
for «å») without the zip's UTF-8 flag, with Unix attributes, Unix uid/gid extra fields and data descriptors, as
macOS writes them. The Word report itself is an ordinary table (Tiltak / Forening / Beskrivelse / Delmål /
Tiltaksform / Samarbeidspartnere). The trap is an association's own forum with a business school that is
not an RSA."""
from __future__ import annotations

import io
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from pathlib import Path

from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, RSA, UHRFSE, add_runs, base_docx, docx_text_deep, row, \
    save_docx, set_cell_shading, set_col_widths

FILENAME = "Akademikerne KPR 2092.zip"
MEMBER = "Akademikerne"
INNER_DIR = "Akademikerne KPR 2092"
INNER_DOCX = "Rapport til Kompetansepolitisk råd 2092.docx"
FORMAT = ("ZIP as made by macOS Finder «Komprimer» (hand-written: UTF-8 NFD entry names without the UTF-8 flag, "
          "version made by Unix, data descriptors, ux extra fields with uid/gid, Unix modes): a folder entry, a DOCX "
          "(python-docx) in the folder, a .DS_Store, and __MACOSX/ with an AppleDouble «._» file (Finder info with an "
          "ATTR block of extended attributes, an empty resource fork)")
SHAPE = ("ordinary Word table inside a Mac archive: title, intro, header Tiltak / Forening / Beskrivelse / Delmål / "
         "Tiltaksform / Samarbeidspartnere, the member association as the responsible (Tekna, Naturviterne, "
         "Samfunnsøkonomene, Den norske legeforening, Juristforbundet, Psykologforeningen); delmål written «Delmål "
         "1.4»; Akademikerne's kind words (Rådsplass, Kontaktforum, Kurs, Rapport, Mentorprogram, "
         "Karrierearrangement); the RSA seat «RSA ved NTNU – Teknas representant», the UHR-FSE seat «UHR-MNT – "
         "arbeidslivets representant»; one row with nothing held in 2092 («neste kurs er satt opp i mars 2093»)")
NOT_TRUTH = ("the archive's folder entry, the .DS_Store and the whole __MACOSX/ tree; in the report: the title and "
             "intro, the header, the Delmål and Tiltaksform cells, the row 'Kurs i forhandlingsteknikk for "
             "tillitsvalgte' (no course in 2092, the next in March 2093), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Forening", "Beskrivelse", "Delmål", "Tiltaksform", "Samarbeidspartnere"]

# name, forening, text, dm, form, partners, seed, delmål, type
ROWS = [
    ("RSA ved NTNU – Teknas representant", "Tekna",
     "Tekna har en av arbeidslivsplassene i rådet for samarbeid med arbeidslivet (RSA) ved NTNU. Rådet drøftet i 2092 "
     "kapasiteten i ingeniørutdanningene og praksis i masterstudiene.", "Delmål 1.4", "Rådsplass", "", RSA, "1.4",
     RAD),
    ("UHR-MNT – arbeidslivets representant", "Naturviterne",
     "Naturviterne representerer arbeidslivet i UHRs fagstrategiske enhet for matematisk-naturvitenskapelige fag "
     "(UHR-MNT). Enheten arbeidet i 2092 med felles retningslinjer for praksis i realfagene.", "Delmål 1.4",
     "Rådsplass", "", UHRFSE, "1.4", RAD),
    ("Samfunnsøkonomenes kontaktforum med NHH", "Samfunnsøkonomene",
     "Fast forum der foreningen møter ledelsen ved NHH to ganger i året om studieplaner og arbeidsmarkedet for "
     "økonomer. Forumet er foreningens eget og er ikke et råd for samarbeid med arbeidslivet (RSA).", "Delmål 1.4",
     "Kontaktforum", "NHH", None, "1.4", RAD),
    ("Etterutdanning i klinisk kommunikasjon for leger", "Den norske legeforening",
     "Todagers kurs i samtaler med pasienter og pårørende, godkjent som emnekurs i spesialistutdanningen. 620 leger "
     "deltok på ett av 14 kurs i 2092.", "Delmål 2.4", "Kurs", "Universitetet i Oslo", None, "2.4", KURS),
    ("Rapport om juristers kompetansebehov i offentlig sektor", "Juristforbundet",
     "Rapporten bygger på intervjuer med 60 ledere i stat og kommune og viser et økende behov for kompetanse i "
     "personvern og digital forvaltning. Den ble lagt fram i september.", "Delmål 2.2", "Rapport",
     "Universitetet i Bergen", None, "2.2", FOU),
    ("Mentorprogram for psykologer utdannet i utlandet", "Psykologforeningen",
     "Psykologer med utdanning fra land utenfor EØS får en erfaren psykolog som mentor mens de tar kompletterende "
     "utdanning. 35 mentorpar var i gang i 2092.", "Delmål 2.6", "Mentorprogram", "HK-dir", None, "2.6", PROSJEKT),
    ("Karrierefrokost for ingeniørstudenter", "Tekna",
     "Frokostmøter på seks studiesteder der studenter møtte ingeniører fra ulike bransjer og fikk råd om karrierevalg. "
     "1 100 studenter deltok.", "Delmål 1.3", "Karrierearrangement", "NTNU, OsloMet", None, "1.3", ARR),
    ("Kurs i forhandlingsteknikk for tillitsvalgte", "Akademikerne",
     "Det ble ikke holdt kurs i 2092. Neste kurs er satt opp i mars 2093.", "Delmål 2.4", "Kurs", "", None, None,
     None),
]

DOS_DT = (2093, 1, 15, 14, 22, 8)  # DOS dates run to 2107
UID, GID = 501, 20


def _docx_bytes() -> bytes:
    d = base_docx(font="Helvetica Neue", size=10, landscape=True, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Akademikerne – rapport til Kompetansepolitisk råd 2092", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Akademikerne og foreningene rapporterer her på tiltak i 2092 som følger opp Nasjonal "
                    "kompetansepolitisk strategi. Foreningen som har gjennomført tiltaket er oppgitt.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E2EFDA")
    for name, foren, txt, dm, form, partners, *_ in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [foren, txt, dm, form, partners]):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [5.0, 3.4, 9.6, 2.0, 2.8, 2.9])
    d.add_paragraph()
    d.add_paragraph("Oslo, 16. januar 2093 – Maria Kvam Stene, fagsjef, Akademikerne")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "r.docx"
        save_docx(d, p, "Maria Kvam Stene")
        return p.read_bytes()


def _apple_double() -> bytes:
    """An AppleDouble header file as macOS puts in __MACOSX/: Finder info with an ATTR block, empty resource fork."""
    attrs = [(b"com.apple.quarantine", b"0083;67a0e1c4;Mail;6F1C2B7E-4D3A-4E55-9A21-3C0D8E7B1F40"),
             (b"com.apple.lastuseddate#PS", struct.pack("<QQ", 3882857528, 418000000))]
    hdr_len = 36
    entries, data = [], b""
    ent_len = sum((11 + len(n) + 1 + 3) // 4 * 4 for n, _v in attrs)
    data_start = 0x32 + 32 + 2 + hdr_len + ent_len
    # offsets inside the ATTR block are from the start of the file
    off = data_start
    for name, val in attrs:
        e = struct.pack(">IIHB", off, len(val), 0, len(name) + 1) + name + b"\0"
        e += b"\0" * (-len(e) % 4)
        entries.append(e)
        data += val
        off += len(val)
    finder_len = 0xEE2
    total = 0x32 + finder_len
    attr_hdr = struct.pack(">4sIIIIIIIHH", b"ATTR", 0, total, data_start, len(data), 0, 0, 0, 0, len(attrs))
    finder = b"\0" * 32 + b"\0\0" + attr_hdr + b"".join(entries) + data
    finder += b"\0" * (finder_len - len(finder))
    fork_hdr = struct.pack(">IIII", 0x100, 0x100, 0, 0x1E)
    fork = fork_hdr + b"This resource fork intentionally left blank   ".ljust(240, b"\0")
    fork += fork_hdr + b"\0" * 6 + struct.pack(">HHH", 0x1C, 0x1E, 0xFFFF) + b"\0" * 2
    fork = fork[:286]
    head = struct.pack(">II16sH", 0x00051607, 0x00020000, b"Mac OS X        ", 2)
    head += struct.pack(">III", 9, 0x32, finder_len) + struct.pack(">III", 2, 0x32 + finder_len, len(fork))
    head += b"\0" * (0x32 - len(head))
    return head + finder + fork


def _ds_store() -> bytes:
    """A small .DS_Store (Bud1 buddy allocator header, the rest zero) of the usual 6 148 bytes."""
    b = bytearray(6148)
    b[0:4] = struct.pack(">I", 1)
    b[4:8] = b"Bud1"
    b[8:20] = struct.pack(">III", 0x1000, 0x800, 0x1000)
    b[0x1004:0x1010] = struct.pack(">III", 0x0B, 0x00, 0x00)
    return bytes(b)


def _dos(dtt):
    y, mo, d, h, mi, s = dtt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def _mac_zip(entries) -> bytes:
    """entries: (name, data or None for a folder). Written as macOS's ditto does."""
    out = io.BytesIO()
    central = []
    t, d = _dos(DOS_DT)
    ux = struct.pack("<HHBBIBI", 0x7875, 11, 1, 4, UID, 4, GID)
    for name, data in entries:
        nb = unicodedata.normalize("NFD", name).encode("utf-8")
        is_dir = data is None
        if is_dir:
            comp, crc, usize, method, flags = b"", 0, 0, 0, 0
        else:
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            crc, usize, method, flags = zlib.crc32(data) & 0xFFFFFFFF, len(data), 8, 0x0008
        ut_local = ut_central = b""  # a 2093 time does not fit the signed 32-bit UT field; left out
        off = out.tell()
        if is_dir:
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 10, flags, method, t, d, 0, 0, 0, len(nb),
                                  len(ut_local) + len(ux)))
        else:
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, 0, 0, 0, len(nb),
                                  len(ut_local) + len(ux)))
        out.write(nb + ut_local + ux + comp)
        if not is_dir:
            out.write(struct.pack("<IIII", 0x08074B50, crc, len(comp), usize))
        mode = (0o40755 << 16) | 0x10 if is_dir else (0o100644 << 16)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0315, 10 if is_dir else 20, flags, method, t,
                                   d, crc, len(comp), usize, len(nb), len(ut_central) + len(ux), 0, 0, 0, mode, off)
                       + nb + ut_central + ux)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), cd_off, 0))
    return out.getvalue()


def build(out) -> list[dict]:
    docx = _docx_bytes()
    entries = [(f"{INNER_DIR}/", None),
               (f"{INNER_DIR}/{INNER_DOCX}", docx),
               ("__MACOSX/", None),
               (f"__MACOSX/{INNER_DIR}/", None),
               (f"__MACOSX/{INNER_DIR}/._{INNER_DOCX}", _apple_double()),
               (f"{INNER_DIR}/.DS_Store", _ds_store())]
    (out / FILENAME).write_bytes(_mac_zip(entries))
    rows = []
    for name, foren, txt, dm, form, partners, seed, dmc, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dmc, ty, foren, partners, txt))
    return rows


def inner_names(path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [i.filename.encode("cp437").decode("utf-8") if not i.flag_bits & 0x800 else i.filename
                for i in z.infolist()]


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        for i in z.infolist():
            real = i.filename.encode("cp437").decode("utf-8")
            if real.endswith(".docx") and not real.startswith("__MACOSX/"):
                data = z.read(i)
                break
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "r.docx"
        p.write_bytes(data)
        return docx_text_deep(p)
