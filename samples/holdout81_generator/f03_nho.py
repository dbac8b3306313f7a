"""NHO: an ordinary Excel list whose goal column is a two-digit number without a dot – the first digit the main
area, the second the delmål (24 = 2.4) – explained in a key line over the header. A meeting place moved to April
2092 stands in the list and is told only in its text."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "NHO_rapportering_KPR_2091.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl), one sheet, title and key rows above the header, whole-number code cells, wrapped text, "
          "frozen header, zip normalised")
SHAPE = ("ordinary Excel list with the delmål as a two-digit number: title in row 1, a key in row 2 («Strategikode: "
         "første siffer er hovedinnsatsområdet og andre siffer delmålet i strategien (24 = delmål 2.4).»), header on "
         "row 4 Aktivitet / Strategikode / Hva slags aktivitet / Landsforening eller region / Samarbeid med / Status "
         "og resultater; code cells are numbers 23, 33, 33, 24, 22, 23, 24; NHO's kind words (Verv, Pilot, "
         "Kursprogram, Analyse, Kampanje, Møteplass); the SRY seat «NHOs plass i Samarbeidsrådet for "
         "yrkesopplæring (SRY)»; NHO Nordland's own pilot named like the joint measure (its own version); a "
         "meeting place moved to April 2092, told only in its text")
NOT_TRUTH = ("the title and the key, the header, the Strategikode and Hva slags aktivitet cells, the row "
             "'Næringslivets kompetansedag' (moved to April 2092)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, code, kind, responsible, partners, text, seed, type
ROWS = [
    ("NHOs plass i Samarbeidsrådet for yrkesopplæring (SRY)", 23, "Verv", "NHO Kompetanse", "",
     "NHOs to medlemmer deltok i rådets seks møter. Rådet ga råd om ny tilbudsstruktur i elektro og datateknologi.",
     "M02", RAD),
    ("Praksisbrua – bedriftene som tok imot deltakere", 33, "Pilot", "NHO Service og Handel", "LO, NAV",
     "190 medlemsbedrifter tok imot deltakere i Praksisbrua. NHO laget en veileder for faglige ledere og fulgte "
     "bedriftene opp.", "J01", PROSJEKT),
    ("Praksisbrua Nord – NHO Nordlands havbrukspilot", 33, "Pilot", "NHO Nordland",
     "Sjømat Norge, Nordland fylkeskommune",
     "NHO Nordland prøvde ut en egen variant for havbruksanlegg med kortere praksisperioder. Piloten var NHO "
     "Nordlands egen og var ikke en del av den nasjonale Praksisbrua. 24 deltakere var med.", None, PROSJEKT),
    ("Grønn fagskole – moduler i bedrift", 24, "Kursprogram", "Norsk Industri", "Fagskolerådet, Kompetanseforbundet",
     "Ti industribedrifter tok imot 130 deltakere til praksisdelen av modulene om energieffektivisering og "
     "elektrifisering.", "J04", KURS),
    ("Analyse av kompetansebehov i batteriindustrien", 22, "Analyse", "NHO Analyse", "SINTEF",
     "Analysen viser at batteriindustrien vil trenge 3 500 nye fagarbeidere og ingeniører innen 2095, særlig i "
     "automasjon og kjemi.", None, FOU),
    ("Kampanjen «Ta fagbrev som voksen»", 23, "Kampanje", "Byggenæringens Landsforening", "fylkeskommunene",
     "Filmer og annonser i sosiale medier rettet mot ufaglærte i bygg. 800 meldte interesse for "
     "praksiskandidatordningen.", None, INFO),
    ("Næringslivets kompetansedag", 24, "Møteplass", "NHO Kompetanse", "",
     "Dagen var planlagt i november, men ble flyttet og holdes i april 2092.", "", None),
]

KIND = {"Verv": RAD, "Pilot": PROSJEKT, "Kursprogram": KURS, "Analyse": FOU, "Kampanje": INFO, "Møteplass": ARR}


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aktiviteter 2091"
    ws["A1"] = "NHO – aktiviteter i oppfølgingen av Nasjonal kompetansepolitisk strategi 2091"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Strategikode: første siffer er hovedinnsatsområdet og andre siffer delmålet i strategien "
                "(24 = delmål 2.4).")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Aktivitet", "Strategikode", "Hva slags aktivitet", "Landsforening eller region", "Samarbeid med",
            "Status og resultater"]
    body = [[n, c, k, a, p, t] for n, c, k, a, p, t, *_r in ROWS]
    last = sheet_rows(ws, 4, head, body, [40, 13, 17, 26, 30, 62], fill="C6E0B4")
    for r in range(5, last):
        ws.cell(row=r, column=2).number_format = "0"
        ws.cell(row=r, column=2).alignment = Alignment(horizontal="center", vertical="top")
    ws.freeze_panes = "A5"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "NHO Kompetanse"))
    rows = []
    for n, c, k, a, p, t, seed, ty in ROWS:
        if ty:
            assert KIND[k] == ty
            rows.append(row(FILENAME, MEMBER, n, seed, f"{c // 10}.{c % 10}", ty, a, p, t))
    return rows


def codes(path) -> list:
    import openpyxl
    ws = openpyxl.load_workbook(str(path))["Aktiviteter 2091"]
    return [r[1] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]


def text(path) -> str:
    return xlsx_all_text(path)
