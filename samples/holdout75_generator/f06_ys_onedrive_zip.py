"""YS: a ZIP shaped like OneDrive's «Last ned» of a shared folder: the folder name as a path prefix without a folder
entry, UTF-8 names (the language-encoding flag set where a name is not ASCII), deflate. Inside are a short cover letter (DOCX) and the
workbook (XLSX) with two sheets: «2095» with this year's activities and «2094 (fjorårets)» with last year's list kept
for reference (not truth). The measures are on the first sheet; the letter names the FSR seat in passing."""
from __future__ import annotations

import io
import zipfile

import openpyxl
from docx.shared import Pt

from .common import ARR, KURS, RAD, ZIP_DT, add_runs, base_docx, row, sheet_table

FILENAME = "OneDrive_1_18.1.2096.zip"
MEMBER = "YS"
FOLDER = "YS rapportering KPR 2095"
XLSX_NAME = "YS aktiviteter 2095.xlsx"
DOCX_NAME = "Følgebrev til sekretariatet.docx"
FORMAT = ("ZIP shaped like a OneDrive «Last ned» of a shared folder (hand-written with zipfile: file name "
          "«OneDrive_1_18.1.2096.zip», the folder name «YS rapportering KPR 2095/» as a path prefix without a folder "
          "entry, UTF-8 names with the language-encoding flag where a name is not ASCII, deflate, fixed timestamps) holding a DOCX letter (python-docx) and "
          "an XLSX workbook (openpyxl), both zip normalised")
SHAPE = ("shared-folder download: «Følgebrev til sekretariatet.docx» (a short letter that says the list is in the "
         "workbook and that the sheet for 2094 is kept only for reference; it names the FSR seat in passing) and «YS "
         "aktiviteter 2095.xlsx» with the sheet «2095» (header on row 1 Aktivitet / Om aktiviteten / Delmål / "
         "Aktivitetstype / Forbund / Partnere, no title) and the sheet «2094 (fjorårets)» with last year's list in "
         "the same layout; delmål as a plain code; YS' kind words (Rådsplass, Samling, Kurs, Nettverk); the SRY seat "
         "«Faglig råd for salg, service og reiseliv – YS-plass», the FSR seat «YS i Nasjonalt fagskoleråd»")
NOT_TRUTH = ("the cover letter, the header, the Delmål and Aktivitetstype cells, the whole sheet «2094 (fjorårets)» "
             "(last year's activities, kept for reference)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Aktivitet", "Om aktiviteten", "Delmål", "Aktivitetstype", "Forbund", "Partnere"]
# name, om, dm, kind, forbund, partnere, seed, type
ROWS = [
    ("Faglig råd for salg, service og reiseliv – YS-plass",
     "Handel og Kontor i Norge har YS' plass i det faglige rådet. Rådet foreslo i 2095 et nytt vg3-fag i "
     "netthandel og logistikk.", "2.3", "Rådsplass", "Handel og Kontor i Norge", "", "M02", RAD),
    ("YS i Nasjonalt fagskoleråd",
     "YS har én av arbeidstakerplassene i rådet. Rådet ga i 2095 råd om fordeling av utviklingsmidler til "
     "fagskolene.", "2.4", "Rådsplass", "YS sekretariatet", "", "M05", RAD),
    ("Lærlingtinget 2095 – YS-ungdom deltok",
     "YS Ungdom hadde 35 lærlinger og tillitsvalgte med på Lærlingtinget i Trondheim og ledet et verksted om "
     "lærlingers rettigheter.", "2.3", "Samling", "YS Ungdom", "KS, Spekter", "J03", ARR),
    ("Kurs i digital saksbehandling for tillitsvalgte",
     "Nettkurs i fire moduler for tillitsvalgte i YS-forbundene. 620 fullførte.", "2.1", "Kurs",
     "YS sekretariatet", "Delta, Parat", None, KURS),
    ("Kompetansepolitisk nettverk i YS-forbundene",
     "Nettverk for de som arbeider med kompetanse i de 12 forbundene. Seks møter i 2095, blant annet om "
     "kompetansereformen.", "2.2", "Nettverk", "YS sekretariatet", "", None, RAD),
]
OLD = [
    ("Kompetansebehovsutvalget – YS' plass", "YS' utredningssjef satt i utvalget.", "1.1", "Rådsplass",
     "YS sekretariatet", ""),
    ("Nordisk seminar om voksnes læring", "Seminaret ble utsatt.", "2.2", "Samling", "YS sekretariatet",
     "Nordisk råd"),
    ("Språkkurs i helse og omsorg", "Kurs for 300 ansatte i Delta.", "3.4", "Kurs", "Delta", "KS"),
]


def _xlsx() -> bytes:
    import datetime as _dt
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2095"
    sheet_table(ws, 1, HEAD, [[n, om, dm, k, f, p] for n, om, dm, k, f, p, *_r in ROWS],
                [40, 60, 9, 15, 24, 22], "FFF2CC", size=10)
    ws.freeze_panes = "A2"
    old = wb.create_sheet("2094 (fjorårets)")
    sheet_table(old, 1, HEAD, [list(r) for r in OLD], [40, 60, 9, 15, 24, 22], "EDEDED", size=10)
    for w in (ws, old):
        for r in range(2, 12):
            w.cell(row=r, column=3).number_format = "@"
    wb.properties.creator = wb.properties.lastModifiedBy = "Maren Solheim"
    wb.properties.created = _dt.datetime(2095, 1, 9, 8, 0, 0)
    wb.properties.modified = _dt.datetime(2096, 1, 17, 15, 40, 0)
    buf = io.BytesIO()
    wb.save(buf)
    from .common import normalise_zip_bytes
    return normalise_zip_bytes(buf.getvalue(), when="2096-01-17T15:40:00Z")


def _docx() -> bytes:
    import datetime as _dt
    d = base_docx(font="Calibri", size=11)
    p = d.add_paragraph()
    add_runs(p, [("YS – rapportering til Kompetansepolitisk råd for 2095", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Til sekretariatet for Kompetansepolitisk råd")
    d.add_paragraph("Vedlagt i samme mappe ligger arbeidsboken med YS' aktiviteter i 2095. Arket «2095» er "
                    "rapporteringen for i år. Arket «2094 (fjorårets)» har vi latt ligge som referanse; det er ikke "
                    "en del av rapporteringen.")
    d.add_paragraph("Som tidligere år er YS også representert i Nasjonalt fagskoleråd og i faglig råd for salg, "
                    "service og reiseliv. Det står mer om dette i arbeidsboken.")
    d.add_paragraph("Vennlig hilsen\nMaren Solheim\nfagsjef kompetanse, YS")
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Maren Solheim"
    cp.created = _dt.datetime(2096, 1, 17, 14, 0, 0)
    cp.modified = _dt.datetime(2096, 1, 17, 15, 45, 0)
    buf = io.BytesIO()
    d.save(buf)
    from .common import normalise_zip_bytes
    return normalise_zip_bytes(buf.getvalue(), when="2096-01-17T15:45:00Z")


def build(out) -> list[dict]:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in ((DOCX_NAME, _docx()), (XLSX_NAME, _xlsx())):
            zi = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=ZIP_DT[:3] + (8, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zi.flag_bits |= 0x800
            z.writestr(zi, data)
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, n, seed, dm, ty, f, p, om) for n, om, dm, _k, f, p, seed, ty in ROWS if ty]


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def text(path) -> str:
    """The first sheet's cells only (the 2094 sheet is not this year's report), and the letter's text."""
    import docx
    parts = members(path)
    wb = openpyxl.load_workbook(io.BytesIO(parts[f"{FOLDER}/{XLSX_NAME}"]))
    ws = wb.worksheets[0]
    out = ["\t".join("" if v is None else str(v) for v in r) for r in ws.iter_rows(values_only=True)]
    d = docx.Document(io.BytesIO(parts[f"{FOLDER}/{DOCX_NAME}"]))
    out += [p.text for p in d.paragraphs]
    return "\n".join(out)
