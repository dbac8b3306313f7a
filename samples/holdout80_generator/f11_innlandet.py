"""Innlandet fylkeskommune: an ordinary Excel list with only four columns; the delmål, the kind, the responsible
and the partners are labelled lines inside one «Fakta» cell per measure («Nasjonalt delmål: 1.3», «Virkemiddel:
…», «Ansvar: …», «Med: …»), in an order that changes from row to row. A careers centre moving in February 2090 is
told only in words."""
from __future__ import annotations

from .common import INFO, KURS, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "Innlandet fylkeskommune – KPR 2089.xlsx"
MEMBER = "Innlandet fylkeskommune"
FORMAT = ("XLSX (openpyxl), one sheet, title and a line above the header, multi-line wrapped cells, frozen header, "
          "zip normalised")
SHAPE = ("ordinary Excel list with a facts cell: title in row 1, a line in row 2 saying the Fakta column gives the "
         "national delmål, the instrument, the responsible and the partners one per line, header on row 3 Nr. / "
         "Tiltak / Omtale / Fakta; each Fakta cell holds three or four labelled lines («Nasjonalt delmål: 1.3», "
         "«Virkemiddel: informasjon og veiledning», «Ansvar: Karriere Innlandet», «Med: VOFO, Sametinget, "
         "kommunene» or «Med: –») whose order differs between rows; the county's instrument words "
         "(representasjon, informasjon og veiledning, nettverk, utdanningstilbud); the NFK seat «Fylkeskommunenes "
         "representant i Nasjonalt forum for karriereveiledning»; the county's own autumn route of the joint bus "
         "(its own version, not the joint measure); a careers centre moving in February 2090 told only in words")
NOT_TRUTH = ("the title and the line, the header, the Nr. cells, the labels in the Fakta cells and the Virkemiddel "
             "words, «Med: –», the row 'Karrieresenteret på Gjøvik i nye lokaler' (moves in February 2090)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, omtale, delmål, virkemiddel, ansvar, med, line order, seed, type
ROWS = [
    ("Fylkeskommunenes representant i Nasjonalt forum for karriereveiledning",
     "Innlandet fylkeskommune har fylkeskommunenes plass i forumet og deltok i tre møter om kvalitet i "
     "karriereveiledningen for voksne.", "1.3", "representasjon", "Karriere Innlandet", "", "DVAM", "M01", RAD),
    ("Veiledningsbussen i Innlandet",
     "Bussen var innom 31 tettsteder fra Lesja til Trysil, og 1 650 personer fikk veiledning om utdanning og jobb.",
     "1.3", "informasjon og veiledning", "Karriere Innlandet", "VOFO, Sametinget, kommunene", "VDAM", "J03", INFO),
    ("Veiledningsbussen – fylkets egen høstrute i Nord-Østerdal",
     "Fylkeskommunen leide bussen en ekstra uke i oktober og kjørte en egen rute til åtte bygder. Ruten var fylkets "
     "eget tiltak og ikke en del av den felles ordningen. 210 fikk veiledning.", "1.3", "informasjon og veiledning",
     "Karriere Innlandet", "Tolga kommune, Os kommune", "AMDV", None, INFO),
    ("Kompetanseforum Innlandet",
     "Forumet samordnet arbeidet med regionale kompetansebehov og hadde fire møter. Det vedtok en felles plan for "
     "kortere utdanningstilbud for voksne.", "1.2", "nettverk", "Seksjon for kompetanse og næring",
     "NHO Innlandet, LO Innlandet, NAV Innlandet, Høgskolen i Innlandet", "DAVM", None, RAD),
    ("Fagskoletilbud i bioøkonomi og skogbruk",
     "Nytt deltidstilbud på 30 studiepoeng i bærekraftig skogbruk og trebearbeiding. 48 studenter startet.", "2.4",
     "utdanningstilbud", "Fagskolen Innlandet", "Norskog, Treindustrien", "VDMA", None, KURS),
    ("Karrieresenteret på Gjøvik i nye lokaler",
     "Senteret flytter inn i biblioteket på Gjøvik i februar 2090.", "1.3", "veiledning", "Karriere Innlandet", "",
     "DVA", "", None),
]


def fakta(dm, vm, ans, med, order) -> str:
    parts = {"D": f"Nasjonalt delmål: {dm}", "V": f"Virkemiddel: {vm}", "A": f"Ansvar: {ans}",
             "M": f"Med: {med or '–'}"}
    return "\n".join(parts[k] for k in order)


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2089"
    ws["A1"] = "Innlandet fylkeskommune – tiltak i oppfølgingen av kompetansestrategien, 2089"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Fakta-kolonnen gir nasjonalt delmål, virkemiddel, ansvar og samarbeid – én opplysning per linje.")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Nr.", "Tiltak", "Omtale", "Fakta"]
    body = [[str(i), n, o, fakta(dm, v, a, m, order)] for i, (n, o, dm, v, a, m, order, *_r) in enumerate(ROWS, 1)]
    sheet_rows(ws, 3, head, body, [5, 40, 64, 46], fill="C6E0B4")
    ws.freeze_panes = "A4"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Innlandet fylkeskommune"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, o) for n, o, dm, _v, a, m, _o, seed, ty in ROWS if ty]


def fakta_cells(path) -> list[str]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path)).active
    return [ws.cell(row=r, column=4).value for r in range(4, 4 + len(ROWS))]


def text(path) -> str:
    return xlsx_all_text(path)
