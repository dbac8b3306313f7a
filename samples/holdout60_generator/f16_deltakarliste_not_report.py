"""Not a member report: the participant list for the council's spring gathering, exported from the registration
system and mailed to the secretariat. It names councils and joint measures as session titles and members as
organisations, but it reports no measures."""
from __future__ import annotations

import datetime as dt

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

from .common import save_xlsx, xlsx_text

FILENAME = "Påmeldingsliste fagsamling KPR mars 2081.xlsx"
MEMBER = None
FORMAT = "XLSX (openpyxl) as exported by a registration system: an Excel table, date-time cells, a second sheet, zip normalised"
SHAPE = ("NOT a member report: the registration system's export of the participant list for the council's gathering "
         "3.–4. March 2081: columns Påmeldt / Fornavn / Etternavn / Organisasjon / Rolle / Parallellsesjon / "
         "Middag / Allergier / Kommentar, and a sheet 'Sesjoner' with the session titles and hosts (sessions on "
         "KBU's report, RSA experiences, Kompetansebroen, Realkompetanseportalen); no truth rows")
NOT_TRUTH = ("everything (not a member report): the participant rows with names, organisations and comments, the "
             "session choices, the sheet 'Sesjoner' with session titles that name KBU, RSA, SRY's faglige råd, "
             "Kompetansebroen and Realkompetanseportalen")

SESSIONS = [
    ("A", "Kompetansebroen i praksis – korte moduler for industrien", "NHO og Fagskolerådet", "Sal 1"),
    ("B", "KBU-rapporten 2080 – hva nå?", "Kompetansebehovsutvalgets leder", "Sal 2"),
    ("C", "Erfaringer fra RSA-rådene", "UHR", "Møterom Fjord"),
    ("D", "Realkompetanseportalen: ett år etter", "HK-dir og Kompetanseforbundet", "Møterom Fjell"),
    ("E", "De faglige rådene og dimensjonering av læreplasser", "SRY-sekretariatet", "Sal 1"),
]
PEOPLE = [
    ("Kari", "Lien", "LO", "Rådsmedlem", "B", "Ja", "", ""),
    ("Jon", "Aasen", "NHO", "Rådsmedlem", "A", "Ja", "Laktose", "Kommer kl. 11 dag 1"),
    ("Ingrid", "Solheim", "KS", "Vara", "E", "Nei", "", ""),
    ("Ahmed", "Rahimi", "Virke", "Rådgiver", "D", "Ja", "Halal", ""),
    ("Marte", "Haugland", "UHR", "Innleder", "C", "Ja", "", "Innleder i sesjon C"),
    ("Ole", "Nilsen Sara", "Sametinget", "Observatør", "D", "Ja", "", "Trenger tolk nordsamisk–norsk"),
    ("Siri", "Berg", "Vestland fylkeskommune", "Rådsmedlem", "A", "Ja", "Gluten", ""),
    ("Per", "Holm", "Unio", "Rådsmedlem", "B", "Nei", "", "Kun dag 2"),
    ("Hanne", "Vik", "HK-dir", "Sekretariat", "D", "Ja", "", ""),
    ("Tor", "Lunde", "VOFO", "Rådsmedlem", "C", "Ja", "Vegetar", ""),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    hdr = ["Påmeldt", "Fornavn", "Etternavn", "Organisasjon", "Rolle", "Parallellsesjon", "Middag", "Allergier",
           "Kommentar"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=1, column=j, value=h).font = Font(bold=True)
    for i, p in enumerate(PEOPLE, 2):
        when = dt.datetime(2081, 1, 8, 9, 0) + dt.timedelta(hours=7 * i, minutes=13 * i)
        c = ws.cell(row=i, column=1, value=when)
        c.number_format = "dd.mm.yyyy hh:mm"
        for j, v in enumerate(p, 2):
            ws.cell(row=i, column=j, value=v)
    tab = Table(displayName="Pameldinger", ref=f"A1:I{len(PEOPLE) + 1}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(tab)
    for col, w in zip("ABCDEFGHI", [17, 10, 13, 24, 13, 15, 8, 11, 34]):
        ws.column_dimensions[col].width = w
    s2 = wb.create_sheet("Sesjoner")
    s2.append(["Kode", "Tittel", "Ansvarlig", "Rom"])
    for c in s2[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="EEEEEE")
    for s in SESSIONS:
        s2.append(list(s))
    s2.append([])
    s2.append(["Fagsamling for Kompetansepolitisk råd, Scandic Lillestrøm, 3.–4. mars 2081. Eksportert 12.01.2081."])
    for col, w in zip("ABCD", [7, 58, 34, 16]):
        s2.column_dimensions[col].width = w
    save_xlsx(wb, out / FILENAME, "Påmeldingssystem")
    return []


def text(path) -> str:
    return xlsx_text(path)
