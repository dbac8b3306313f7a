"""KS: one sheet holding three Excel tables (ListObjects) stacked under each other, one per hovedinnsatsområde,
each with its own title row, its own header row – in a different column order each time, because three advisers
filled in one each – and an 'Antall tiltak' line with a ROWS() formula under it."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from .common import INFO, KURS, RAD, normalise_ooxml, row, xlsx_text

FILENAME = "KS_KPR-tiltak_2078.xlsx"
MEMBER = "KS"
FORMAT = "XLSX (openpyxl), three Excel tables (ListObjects) stacked on one sheet, formulas, zip normalised"
SHAPE = ("three stacked tables on one sheet, one per hovedinnsatsområde, each under a bold title row; the header "
         "order differs per table (Tiltak / Delmål / Type / Ansvar / Samarbeid / Beskrivelse, then Delmål / Tiltak / "
         "Beskrivelse / Type / Ansvar / Samarbeid, then Tiltak / Beskrivelse / Ansvar / Samarbeid / Delmål / Type); "
         "an 'Antall tiltak' formula line under each table; KS's type words, one empty; a closing note block with a "
         "2077 and a 2079 item")
NOT_TRUTH = ("the sheet title, the three table titles, the header rows, the 'Antall tiltak' lines, the note block "
             "'Ikke med i tabellene' (Lederløftet for rektorer – avsluttet 2077; Ny plattform for lærlingformidling – "
             "planlagt 2079)")

T1 = ("Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet", "Omrade1",
      ["Tiltak", "Delmål", "Type", "Ansvar", "Samarbeid", "Beskrivelse"], [
          dict(Tiltak="Nasjonalt fagskoleråd", Delmål="1.4", Type="Rådsarbeid", Ansvar="KS",
               Samarbeid="fylkeskommunene, NHO",
               Beskrivelse="KS representerer fylkeskommunene som fagskoleeiere i rådet.", _t=("M03", "1.4", RAD)),
          dict(Tiltak="Regionalt SRY-nettverk i Nordland", Delmål="1.2", Type="Nettverk", Ansvar="KS Nordland",
               Samarbeid="Nordland fylkeskommune, LO, NHO",
               Beskrivelse="Regionalt nettverk etter mønster av Samarbeidsrådet for yrkesopplæring, for å drøfte "
                           "læreplasser i kommunene i Nordland.", _t=(None, "1.2", RAD)),
      ])
T2 = ("Hovedinnsatsområde 2 – Læring i arbeidslivet", "Omrade2",
      ["Delmål", "Tiltak", "Beskrivelse", "Type", "Ansvar", "Samarbeid"], [
          dict(Delmål="2.3 Yrkesfag", Tiltak="SRY", Beskrivelse="KS har to plasser i rådet og leder "
               "arbeidsgruppen om lærlinger i kommunal sektor.", Type="Rådsarbeid", Ansvar="KS",
               Samarbeid="LO, NHO, Unio", _t=("M04", "2.3", RAD)),
          dict(Delmål="2.1 Digital kompetanse", Tiltak="KI-løftet – kommunesektoren", Beskrivelse="Kurs i trygg "
               "bruk av kunstig intelligens for ansatte i kommunene; 96 kommuner deltok.", Type="Opplæringsprogram",
               Ansvar="KS", Samarbeid="Fagforbundet, Unio", _t=("J01", "2.1", KURS)),
          dict(Delmål="2.4 Kompetansebehov og tilbud", Tiltak="Kompetanseplanverktøy for kommunene",
               Beskrivelse="Et digitalt verktøy som hjelper kommunene å lage kompetanseplaner, med veiledning.",
               Type="Digitalt verktøy og veiledning", Ansvar="KS", Samarbeid="HK-dir", _t=(None, "2.4", INFO)),
      ])
T3 = ("Hovedinnsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", "Omrade3",
      ["Tiltak", "Beskrivelse", "Ansvar", "Samarbeid", "Delmål", "Type"], [
          dict(Tiltak="Kompetansepluss i kommunalt renhold og kantine", Beskrivelse="Lese-, skrive- og "
               "digitalopplæring i arbeidstiden for 180 ansatte i 12 kommuner.", Ansvar="KS",
               Samarbeid="Fagforbundet, HK-dir", Delmål="3.2", Type="", _t=(None, "3.2", KURS)),
      ])


def build(out) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2078"
    ws["A1"] = "KS – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2078"
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    rows = []
    for title, tname, head, items in (T1, T2, T3):
        ws.cell(row=r, column=1, value=title).font = Font(bold=True, size=12)
        r += 1
        top = r
        for j, h in enumerate(head, 1):
            ws.cell(row=r, column=j, value=h)
        for it in items:
            r += 1
            for j, h in enumerate(head, 1):
                c = ws.cell(row=r, column=j, value=it[h] or None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            seed, code, typ = it["_t"]
            rows.append(row(FILENAME, MEMBER, it["Tiltak"], seed, code, typ, it["Ansvar"], it["Samarbeid"],
                            it["Beskrivelse"]))
        tab = Table(displayName=tname, ref=f"A{top}:F{r}")
        tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(tab)
        r += 1
        ws.cell(row=r, column=1, value="Antall tiltak").font = Font(italic=True)
        ws.cell(row=r, column=2, value=f"=ROWS({tname})")
        r += 3
    ws.cell(row=r, column=1, value="Ikke med i tabellene").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Lederløftet for rektorer ble avsluttet i 2077.")
    ws.cell(row=r + 2, column=1, value="Ny plattform for lærlingformidling er planlagt for 2079.")
    for col, w in zip("ABCDEF", [40, 34, 40, 22, 26, 50]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "KS"
    path = out / FILENAME
    wb.save(str(path))
    normalise_ooxml(path)
    return rows


def text(path) -> str:
    return xlsx_text(path)
