"""Virke: an ordinary Excel list from Virke's internal collection sheet, whose header cells on row 1 carry the
filling-in guidance in brackets under the column name – an example goal code «f.eks. 1.3» and the six kinds of
the secretariat – while the cells below hold the contributors' own loose kind words. A mentoring programme whose
first group starts in August 2092 stands in the list and is told only in its text."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "Virke – KPR-rapport 2091.xlsx"
MEMBER = "Virke"
FORMAT = ("XLSX (openpyxl), one sheet, a tall header row on row 1 with line breaks in the header cells, wrapped "
          "text, frozen header, autofilter, zip normalised")
SHAPE = ("ordinary Excel list whose header cells hold guidance: no title, header on row 1 «Tiltak\\n(kort navn)» / "
         "«Delmål\\n(skriv nummeret, f.eks. 1.3)» / «Type tiltak\\n(velg én: FoU, kurs/utdanning, "
         "råd/utvalg/nettverk, prosjekt, informasjon, arrangement)» / «Ansvarlig i Virke» / "
         "«Samarbeidspartnere\\n(skill med komma)» / «Hva ble gjort i 2091?\\n(maks 400 tegn)»; the kind cells in "
         "the contributors' own words (råd, undersøkelse, kurs, seminar, veileder), not the six listed; the SRY "
         "seat «Virkes medlem i faglig råd for salg, service og reiseliv»; a mentoring programme starting in August "
         "2092, told only in its text")
NOT_TRUTH = ("the header cells with their guidance (the example code 1.3 and the list of six kinds), the Delmål and "
             "Type tiltak cells, the row 'Mentorprogram for butikkledere' (first group in August 2092)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, kind word, ansvarlig, partners, text, seed
ROWS = [
    ("Virkes medlem i faglig råd for salg, service og reiseliv", "2.3", "råd", "Virke Handel", "",
     "Virke deltok i rådets fem møter. Rådet arbeidet med ny læreplan i salgsfaget og med flere læreplasser i "
     "reiselivet.", "M02"),
    ("Kompetansebarometeret 2091 – handel og tjenester", "2.2", "undersøkelse", "Virke, kompetanse og arbeidsliv",
     "YS, Akademikerne",
     "Virke sendte den felles undersøkelsen til 2 400 virksomheter i handel og tjenester. Resultatene ble lagt fram "
     "på Virkes kompetansedag i oktober.", "J02"),
    ("Digitalt grunnløft – kurs for små butikker", "2.1", "kurs", "Virke Handel", "Handel og Kontor i LO",
     "Korte kurs i netthandel, digital markedsføring og betalingsløsninger for ansatte i 300 små butikker. 1 050 "
     "fullførte.", "J06"),
    ("Lederprogram for ideelle virksomheter", "2.4", "kurs", "Virke Ideell", "VID vitenskapelige høgskole",
     "Et halvårig program i ledelse og økonomistyring for ledere i ideelle virksomheter. 60 ledere fullførte.", None),
    ("Frokostseminarer om seniorer og læring", "2.2", "seminar", "Virke, kompetanse og arbeidsliv", "",
     "Tre frokostseminarer i Oslo, Bergen og Trondheim om hvordan virksomheter kan gi seniorer opplæring. 380 "
     "deltok.", None),
    ("Lærlingveileder for kultur og opplevelse", "2.3", "veileder", "Virke Kultur og opplevelse", "",
     "En nettveileder for små kultur- og opplevelsesbedrifter som vil ta inn lærlinger. Veilederen ble lastet ned "
     "1 900 ganger.", None),
    ("Mentorprogram for butikkledere", "2.4", "kurs", "Virke Handel", "",
     "Programmet ble planlagt i 2091. Første kull starter i august 2092.", ""),
]

KIND = {"råd": RAD, "undersøkelse": FOU, "kurs": KURS, "seminar": ARR, "veileder": INFO}

HEAD = ["Tiltak\n(kort navn)", "Delmål\n(skriv nummeret, f.eks. 1.3)",
        "Type tiltak\n(velg én: FoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, informasjon, arrangement)",
        "Ansvarlig i Virke", "Samarbeidspartnere\n(skill med komma)", "Hva ble gjort i 2091?\n(maks 400 tegn)"]


def build(out) -> list[dict]:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    body = [[n, dm, k, a, s, t] for n, dm, k, a, s, t, _seed in ROWS]
    last = sheet_rows(ws, 1, HEAD, body, [38, 16, 26, 26, 28, 60], fill="FCE4D6")
    ws.row_dimensions[1].height = 62
    for r in range(2, last):
        ws.cell(row=r, column=2).number_format = "@"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{last - 1}"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Virke"))
    return [row(FILENAME, MEMBER, n, seed, dm, KIND[k], a, s, t) for n, dm, k, a, s, t, seed in ROWS if seed != ""]


def header(path) -> list[str]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path))["Tiltak"]
    return [c.value for c in ws[1]]


def text(path) -> str:
    return xlsx_all_text(path)
