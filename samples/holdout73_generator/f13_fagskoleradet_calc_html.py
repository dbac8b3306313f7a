"""Fagskolerådet: a two-sheet workbook exported by LibreOffice Calc as HTML («HTML (StarCalc)», .html) – how the
member's web editor publishes it. Calc writes each sheet as a heading and an HTML table; the cover sheet «Om
rapporten» holds only text lines, the sheet «Tiltak 2093» the table Tiltak / Beskrivelse / Delmål / Kategori /
Ansvarlig / Samarbeidspartnere; descriptions with a line break inside the cell come out as <br>. The trap is
Fagskolerådet's own statistics for Nasjonalt fagskoleråd, right under the seat in it. A conference held every second
year is told only in words."""
from __future__ import annotations

import re

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import FOU, INFO, KURS, RAD, lo_convert, row

FILENAME = "Fagskolerådet – rapport 2093.html"
MEMBER = "Fagskolerådet"
FORMAT = ("HTML exported by LibreOffice Calc («HTML (StarCalc)») from a two-sheet XLSX (openpyxl): one heading and "
          "one <table> per sheet, <font> and <br> inside cells, LibreOffice's generator meta; the «changed» meta fixed")
SHAPE = ("spreadsheet published as a web page: a cover sheet «Om rapporten» (title, reporting year, contact) and the "
         "sheet «Tiltak 2093» with the header Tiltak / Beskrivelse / Delmål / Kategori / Ansvarlig / "
         "Samarbeidspartnere, each sheet under its own heading; delmål as a plain code; Fagskolerådet's kind words "
         "(Representasjon i råd, Kursmodul, Statistikkarbeid, Bransjenettverk, Rekrutteringskampanje, Konferanse); "
         "descriptions in two lines inside the cell (<br>); the FSR seat named «Fagskolerådets plass i Nasjonalt "
         "fagskoleråd» with Fagskolerådet's own statistics for the council right under it; a conference held every "
         "second year told only in words")
NOT_TRUTH = ("the page title and the sheet headings, the cover sheet «Om rapporten», the header row, the Delmål and "
             "Kategori cells, the row 'Fagskolekonferansen' (held every second year: last in 2092, next in 2094)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Kategori", "Ansvarlig", "Samarbeidspartnere"]
SEK = "Fagskolerådets sekretariat"
# name, (line 1, line 2), dm, kind, ansvarlig, partners, seed, type
ROWS = [
    ("Fagskolerådets plass i Nasjonalt fagskoleråd",
     ("Fagskolerådet representerer fagskolene i Nasjonalt fagskoleråd.",
      "Rådet ga i 2093 råd om fordelingen av utviklingsmidler og om fagskoletilbud på deltid."),
     "2.4", "Representasjon i råd", SEK, "", "M05", RAD),
    ("Fagskolestatistikk til Nasjonalt fagskoleråd",
     ("Vi laget en årlig oversikt over søkere, studenter og uteksaminerte som rådet bruker i sitt arbeid.",
      "Oversikten er vårt eget arbeid og er ikke en del av rådets arbeid."),
     "2.4", "Statistikkarbeid", SEK, "HK-dir", None, FOU),
    ("KI-løftet – fagskolemodul",
     ("Fagskolene laget en modul om kunstig intelligens i tekniske fag til det felles nettkurset.",
      "1 200 deltakere tok modulen i 2093."),
     "2.1", "Kursmodul", "Fagskolen Vestfold og Telemark", "Tekna, UHR", "J05", KURS),
    ("Fagskolenes nettverk for bransjesamarbeid",
     ("Nettverket samler fagskoler og bransjer for å utvikle nye tilbud sammen.",
      "Tre samlinger i 2093 og 11 nye tilbud under utvikling."),
     "1.4", "Bransjenettverk", SEK, "NHO, LO", None, RAD),
    ("Kampanjen «Velg fagskole»",
     ("Kampanje i sosiale medier og på videregående skoler om fagskole som vei videre etter fagbrev.",
      "Filmene ble vist 310 000 ganger."),
     "2.3", "Rekrutteringskampanje", SEK, "", None, INFO),
    ("Fagskolekonferansen",
     ("Konferansen holdes hvert annet år.", "Den ble sist holdt i 2092, og neste konferanse er i 2094."),
     "2.4", "Konferanse", SEK, "", "", None),
]


def build(out) -> list[dict]:
    import datetime as _dt
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Om rapporten"
    for r, v in enumerate(["Fagskolerådet – rapport til Kompetansepolitisk råd", "Rapporteringsår: 2093",
                           "Kontakt: Mona Teigen, Fagskolerådets sekretariat", "Sendt: 14.01.2094"], 1):
        cov.cell(row=r, column=1, value=v)
    cov["A1"].font = Font(bold=True, size=14)
    cov.column_dimensions["A"].width = 60
    ws = wb.create_sheet("Tiltak 2093")
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = []
    for k, (name, (l1, l2), dm, kind, ans, med, seed, ty) in enumerate(ROWS, 2):
        vals = [name, f"{l1}\n{l2}", dm, kind, ans, med]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=k, column=i, value=v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, f"{l1} {l2}"))
    for col, w in zip("ABCDEF", [36, 60, 8, 22, 28, 24]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Mona Teigen"
    wb.properties.lastModifiedBy = "Mona Teigen"
    wb.properties.title = "Fagskolerådet – rapport 2093"
    wb.properties.created = _dt.datetime(2094, 1, 12, 9, 0, 0)
    wb.properties.modified = _dt.datetime(2094, 1, 14, 11, 30, 0)
    import io
    buf = io.BytesIO()
    wb.save(buf)
    html = lo_convert(buf.getvalue(), ".xlsx", "html:HTML (StarCalc)", "html")
    html = re.sub(rb'(<meta name="changed" content=")[^"]*(")', rb"\g<1>2094-01-14T11:30:00\g<2>", html)
    (out / FILENAME).write_bytes(html)
    return rows


def text(path) -> str:
    import lxml.html
    doc = lxml.html.fromstring(path.read_bytes().decode("utf-8").replace("<br>", " <br>"))
    out = []
    for tr in doc.iter("tr"):
        out.append("\t".join(td.text_content() for td in tr.iter("td")))
    for h in doc.iter("h1"):
        out.append(h.text_content())
    return "\n".join(out)
