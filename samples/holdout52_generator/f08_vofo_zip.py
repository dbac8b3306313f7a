"""VOFO: a zipped folder made with Windows 'Send til > Komprimert mappe': names in the OEM code page
(cp850, no UTF-8 flag), a cover letter (DOCX), the measures workbook (XLSX) and Word's owner file
'~$…' that was zipped by mistake.
"""
from __future__ import annotations

import datetime as dt
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from .common import docx_bytes, normalise_zip, truth

FILENAME = "VOFO rapportering 2072.zip"
MEMBER = "VOFO"
FORMAT = ("ZIP archive as from Windows 'Komprimert mappe' (entry names in cp850 without the UTF-8 flag, a folder "
          "entry) holding a DOCX letter (python-docx), an XLSX workbook (openpyxl) and a Word owner file '~$…'")
SHAPE = ("cover letter naming one council seat in a paragraph, plus a workbook whose measures sit under merged "
         "group rows naming the studieforbund that is responsible (no ansvarlig column); delmål as code or "
         "code+words; own form words (Kurs, Undersøkelse, Studiesirkel); a 'Til orientering' group with a 2073 "
         "plan; the letter mentions a 2071 item (not truth rows)")
NOT_TRUTH = "the letter's other paragraphs (Studieforbundsdagen 2071, participant figure), the 'Til orientering (ikke 2072)' group with Studieforbundsdagen 2073, the owner file '~$…' (junk)"

DIR = "VOFO rapportering 2072/"
LETTER = "Følgebrev til sekretariatet.docx"
BOOK = "Vedlegg - tiltak i studieforbundene 2072.xlsx"
ZDT = (2073, 1, 30, 15, 2, 44)

# group -> rows (seed, tiltak, delmål cell, form, med hvem, kort om, delmal, type)
GROUPS = [
    ("VOFO sentralt", [
        ("J04", "Kompetansepluss frivillighet – kurs i grunnleggende ferdigheter", "3.2 Kompetansepluss", "Kurs",
         "HK-dir, studieforbundene",
         "VOFO har koordinert søknadene fra 11 studieforbund; 410 kurs med 3 900 deltakere i 2072.",
         "3.2", "Kurs/utdanning"),
        (None, "Læringsutbytte i studieforbund – kartlegging 2072", "3.6", "Undersøkelse", "NIFU",
         "Spørreundersøkelse blant 6 000 kursdeltakere om hva de lærte og hvordan de bruker det.",
         "3.6", "FoU"),
    ]),
    ("Studieforbundet AOF Norge", [
        (None, "Norsk med jobb – norskkurs på arbeidsplassen", "3.4", "Kurs", "LO-forbundene lokalt",
         "Kurs i arbeidsrelatert norsk for ansatte med innvandrerbakgrunn i 40 bedrifter.", "3.4",
         "Kurs/utdanning"),
    ]),
    ("Folkeuniversitetet", [
        (None, "Lesesirkler for voksne med lese- og skrivevansker", "3.6 Læring i frivillig sektor", "Studiesirkel",
         "Dysleksi Norge", "Små grupper som leser sammen med en frivillig veileder; 65 sirkler i 2072.", "3.6",
         "Kurs/utdanning"),
    ]),
    ("Studieforbundet kultur og tradisjon", [
        ("J09", "Giellakurs – samiske språkkurs for voksne", "3.6", "Kurs", "Sametinget",
         "Kurs i nordsamisk, lulesamisk og sørsamisk for nybegynnere, med tilskudd fra Sametinget. 52 kurs i "
         "2072.", "3.6", "Kurs/utdanning"),
    ]),
]

SEAT = ("M04", "Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk", "VOFO", "",
        "Der har vi arbeidet for at karriereveiledningen skal kjenne til opplæringstilbudene i frivilligheten.")


def _letter() -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("VOFO – Voksenopplæringsforbundet")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Akersgata 16, 0158 Oslo · post@vofo.no")
    doc.add_paragraph("Sekretariatet for Kompetansepolitisk råd")
    doc.add_paragraph("Oslo, 30. januar 2073")
    h = doc.add_paragraph()
    hr = h.add_run("Rapportering fra VOFO for 2072")
    hr.bold = True
    hr.font.size = Pt(13)
    doc.add_paragraph(
        "Vedlagt følger VOFOs rapportering for 2072. Tiltakene i studieforbundene står i regnearket "
        "«Vedlegg – tiltak i studieforbundene 2072». Hvert tiltak står under det studieforbundet som har hatt "
        "ansvaret for det.")
    doc.add_paragraph(
        "I tillegg vil vi nevne at VOFO også i 2072 har hatt plass i Nasjonalt forum for karriereveiledning. "
        + SEAT[6] + " Vi regner dette til delmål 1.3.")
    doc.add_paragraph(
        "Studieforbundsdagen 2071 ble evaluert og avsluttet i fjor og er derfor ikke med. Studieforbundene "
        "hadde til sammen 410 000 deltakere i 2072, omtrent som året før.")
    doc.add_paragraph("Ta gjerne kontakt om noe er uklart.")
    doc.add_paragraph("Med vennlig hilsen")
    doc.add_paragraph("Eirik Haugen\nseniorrådgiver, VOFO")
    return docx_bytes(doc, title="Følgebrev rapportering 2072", author="Eirik Haugen",
                      created="2073-01-29T10:20:00Z", modified="2073-01-30T14:55:00Z", company="VOFO")


def _book(tmpdir) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2072"
    ws["A1"] = "Tiltak i studieforbundene 2072 – vedlegg til VOFOs rapportering"
    ws["A1"].font = Font(bold=True, size=14)
    head = ["Tiltak", "Strategiens delmål", "Form", "Med hvem", "Kort om tiltaket"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5496")
    row = 4
    groups = GROUPS + [("Til orientering (ikke 2072)", [
        ("-", "Studieforbundsdagen 2073 (planlagt, Trondheim)", "3.6", "Konferanse", "Studieforbundene",
         "Planlegges til oktober 2073.", None, None)])]
    for gname, items in groups:
        ws.cell(row=row, column=1, value=gname).font = Font(bold=True)
        for col in range(1, 6):
            ws.cell(row=row, column=col).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        row += 1
        for it in items:
            vals = [it[1], it[2], it[3], it[4], it[5]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if it[0] == "-":
                    c.font = Font(italic=True, color="808080")
            row += 1
    for col, w in zip("ABCDE", [46, 24, 14, 24, 60]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Eirik Haugen"
    wb.properties.created = dt.datetime(2073, 1, 12, 9, 0, 0)
    path = tmpdir / "book.xlsx"
    wb.save(path)
    normalise_zip(path, modified="2073-01-30T14:41:07Z")
    return path.read_bytes()


def _owner_file() -> bytes:
    name = "Eirik Haugen"
    b = bytes([len(name)]) + name.encode("cp1252")
    b = b.ljust(54, b" ")
    b += len(name).to_bytes(2, "little") + name.encode("utf-16-le")
    return b.ljust(162, b"\0")


class _OemInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):  # noqa: N802 - the name zipfile calls
        return self.filename.encode("cp850"), self.flag_bits


def build(out):
    import tempfile
    from pathlib import Path
    tmpdir = Path(tempfile.mkdtemp(prefix="h52_vofo_"))
    try:
        book = _book(tmpdir)
    finally:
        import shutil
        shutil.rmtree(tmpdir, ignore_errors=True)
    letter = _letter()
    entries = [(DIR, None), (DIR + LETTER, letter), (DIR + BOOK, book), (DIR + "~$lgebrev til sekretariatet.docx",
                                                                          _owner_file())]
    with zipfile.ZipFile(out / FILENAME, "w") as zf:
        for name, data in entries:
            zi = _OemInfo(name, date_time=ZDT)
            zi.create_system = 0
            if data is None:
                zi.external_attr = 0x10
                zf.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0x20
                zf.writestr(zi, data)
    rows = [truth(FILENAME, MEMBER, SEAT[1], SEAT[0], SEAT[2], SEAT[3], SEAT[4], SEAT[5], SEAT[6])]
    for gname, items in GROUPS:
        for s, name, _dmc, _form, med, kort, dm, typ in items:
            rows.append(truth(FILENAME, MEMBER, name, s, dm, typ, gname, med, kort))
    return rows
