"""Virke: a Google Sheets sheet downloaded as PDF ('Fil → Last ned → PDF', gridlines on, frozen row repeated on
every page, workbook title and sheet name in the page header, page numbers). The sheet has one row per measure AND
delmål: a measure that contributes to two goals is copied to a second row, and the column 'Hovedmål' ticks the
main one (✓); the description is only on the ticked row."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, canvas_table, pdf_text, row, setup_reportlab

FILENAME = "Virke - KPR-rapportering 2078 - Ark1.pdf"
MEMBER = "Virke"
FORMAT = ("PDF (reportlab canvas, invariant) imitating a Google Sheets PDF download: gridlines, frozen header row "
          "repeated on page 2, page header with workbook title and sheet name, page numbers; Producer 'Skia/PDF'")
SHAPE = ("one row per measure × delmål: measures that serve two goals appear on two rows (the second a copy with "
         "another delmål), a column 'Hovedmål' ticks the main goal with ✓ and the copy carries '–' and 'se over' "
         "instead of a description; columns Tiltak / Delmål / Hovedmål / Type (Virke's words) / Ansvar / Med / "
         "Beskrivelse / Status; status 'Avsluttet 2077' and 'Planlagt 2079' rows in the same list")
CHECK = ("tiltak", "ansvarlig")
NOT_TRUTH = ("the page header and footer, the header row (twice), the copy rows with '–' in Hovedmål (their delmål "
             "is not the main goal), the row 'Handelsdagen 2077' (Avsluttet 2077) and the row 'Mentorordning for "
             "ideelle ledere' (Planlagt 2079)")

# name, [(delmål, main)], type word, ansvar, med, text, status, truth
ITEMS = [
    ("Virke i SRY", [("2.3", True), ("1.4", False)], "Partssamarbeid", "Virke", "LO, NHO, KS",
     "Virke har én plass i Samarbeidsrådet for yrkesopplæring og deltok på alle seks møtene.", "Gjennomført",
     ("M04", RAD)),
    ("KI-løftet i varehandelen", [("2.1", True), ("2.4", False)], "Kurs", "Virke Handel",
     "LO, Handel og Kontor", "Korte nettkurs i kunstig intelligens for butikkansatte; 2 400 fullførte.",
     "Gjennomført", ("J01", KURS)),
    ("Handelsdagen 2077", [("2.4", True)], "Møteplass", "Virke Handel", "", "Årlig konferanse.",
     "Avsluttet 2077", None),
    ("Virkes HR-barometer om kompetanse", [("2.2", True)], "Analyse", "Virke", "Opinion",
     "Undersøkelse blant 1 100 HR-ledere om kompetansebehov og opplæringsbudsjetter.", "Gjennomført",
     (None, FOU)),
    ("Traineeprogram for butikkledere", [("2.4", True)], "Lederprogram", "Virke Handel",
     "Handelshøyskolen BI", "Ettårig program med fire samlinger og praksis; 60 deltakere.", "Gjennomført",
     (None, KURS)),
    ("Kompetansedagene for ideell sektor", [("3.6", True), ("2.4", False)], "Møteplass", "Virke Ideell",
     "Frivillighet Norge", "To dager med verksteder om læring og frivillighet; 280 deltakere.", "Gjennomført",
     (None, ARR)),
    ("Nettressurs om fagbrev i handel", [("2.5", True)], "Informasjon", "Virke", "HK-dir",
     "Ny nettside med veiledning til ansatte som vil ta fagbrev som praksiskandidat.", "Gjennomført",
     (None, INFO)),
    ("Mentorordning for ideelle ledere", [("3.6", True)], "Program", "Virke Ideell", "", "", "Planlagt 2079",
     None),
]


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    path = out / FILENAME
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setProducer("Skia/PDF m120")
    c.setCreator("")
    c.setTitle("Virke - KPR-rapportering 2078")
    page = [1]

    def header(cv):
        cv.setFont("DV", 8)
        cv.setFillColorRGB(0.2, 0.2, 0.2)
        cv.drawString(30, H - 22, "Virke - KPR-rapportering 2078")
        cv.drawRightString(W - 30, H - 22, "Ark1")

    def footer(cv):
        cv.setFont("DV", 8)
        cv.drawRightString(W - 30, 16, str(page[0]))

    def new_page(cv):
        footer(cv)
        cv.showPage()
        page[0] += 1
        header(cv)
        return H - 34

    header(c)
    tab = [["Tiltak", "Delmål", "Hovedmål", "Type", "Ansvar", "Med", "Beskrivelse", "Status"]]
    rows = []
    for name, dms, kind, ansv, med, txt, status, truth in ITEMS:
        for dm, main in dms:
            tab.append([name, dm, "✓" if main else "–", kind, ansv, med, txt if main else "se over", status])
        if truth:
            seed, typ = truth
            rows.append(row(FILENAME, MEMBER, name, seed, dms[0][0], typ, ansv, med, txt))
    canvas_table(c, 30, H - 34, [205, 40, 55, 80, 75, 97, 160, 70], tab, font="DV", size=9, lead=11.5,
                 grid=(0.8, 0.8, 0.8), line_width=0.5, bottom=260, on_new_page=new_page)
    footer(c)
    c.showPage()
    c.save()
    return rows


def text(path) -> str:
    return pdf_text(path)
