"""Rogaland fylkeskommune: an ordinary Excel list with two goal columns side by side – the goal in the county's own
regional plan, numbered «2.1», «1.2» like the strategy's delmål, and then the delmål in the national strategy. Only
the second is the delmål; the first looks just like it and several of its numbers are real delmål codes meaning
something else. A careers centre that opens in August 2099 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "Rogaland fylkeskommune – kompetansetiltak 2098.xlsx"
MEMBER = "Rogaland fylkeskommune"
FORMAT = "XLSX (openpyxl), one sheet, title and a note above the header, text cells for both goal columns, wrapped " \
         "text, frozen header, autofilter, zip normalised"
SHAPE = ("ordinary Excel list with a regional goal column before the national one: title in row 1, a note in row 2 "
         "«Kolonne C viser målet i Regional plan for kompetanse og arbeidsliv 2096–2107; kolonne D viser delmålet i "
         "den nasjonale strategien.», header on row 4 Tiltak / Beskrivelse / Mål i regional plan / Delmål (nasjonal "
         "strategi) / Type / Ansvar / Samarbeid; the regional goals are numbered like delmål with a short name («2.1 "
         "Flere voksne med fagbrev», «1.2 Kunnskapsgrunnlag», «1.1 Samordnet kompetansepolitikk») and differ from the "
         "national code in every row; the county's kind words (Forumarbeid, Kampanje, Turné, Utdanningstilbud, "
         "Nettverk, Analyse); the NFK seat «Nasjonalt forum for karriereveiledning – Rogaland representerer "
         "fylkeskommunene»; the county's own guidance bus named like the joint campaign (its own version, not the "
         "joint measure); a careers centre that opens in August 2099 told only in words")
NOT_TRUTH = ("the title and the note, the header, the Mål i regional plan cells (the county's own goals), the Delmål "
             "and Type cells, the row 'Karrieresenter i Haugesund' (opens in August 2099)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, beskrivelse, regional goal, delmål, type word, ansvar, samarbeid, seed, type
ROWS = [
    ("Nasjonalt forum for karriereveiledning – Rogaland representerer fylkeskommunene",
     "Rogaland har fylkeskommunenes plass i forumet for tre år. Forumet arbeidet i 2098 med kvalitetsrammeverket og "
     "med veiledning for voksne i arbeid.", "3.1 Karriereveiledning for alle", "1.3", "Forumarbeid",
     "Karrieresenteret Rogaland", "", "M03", RAD),
    ("Fagbrevsjansen 2098 – Rogaland deltar",
     "Fylkeskommunen spredte kampanjen gjennom karrieresenteret, NAV-kontorene og lokalaviser. 640 voksne i "
     "Rogaland meldte seg som praksiskandidater.", "2.1 Flere voksne med fagbrev", "3.1", "Kampanje",
     "Opplæringsavdelingen", "NAV Rogaland, LO Rogaland, NHO Rogaland", "J01", INFO),
    ("Fagbrevsjansen Rogaland – egen veiledningsbuss",
     "En buss med veiledere besøkte 22 arbeidsplasser og tettsteder og ga råd om fagbrev og realkompetanse. "
     "Veiledningsbussen er fylkeskommunens eget tiltak og er ikke en del av den nasjonale kampanjen.",
     "2.1 Flere voksne med fagbrev", "3.1", "Turné", "Karrieresenteret Rogaland", "kommunene", None, ARR),
    ("Hydrogenskolen – moduler ved Fagskolen Rogaland",
     "Fagskolen Rogaland utviklet og holdt tre moduler i hydrogenteknologi og sikkerhet for fagarbeidere i "
     "industrien. 85 studenter fullførte.", "1.3 Grønn omstilling", "2.4", "Utdanningstilbud", "Fagskolen Rogaland",
     "Norsk Industri, YS", "J04", KURS),
    ("Kompetanseforum Rogaland",
     "Forumet samler partene, NAV, utdanningsstedene og fylkeskommunen. Det møttes fire ganger og vedtok en felles "
     "plan for kompetanse i energiomstillingen.", "1.1 Samordnet kompetansepolitikk", "1.2", "Nettverk",
     "Regionalplanavdelingen", "NAV, NHO, LO, KS, Universitetet i Stavanger", None, RAD),
    ("Analyse av kompetansebehov i energiregionen",
     "NORCE analyserte hvilke fagområder som vil mangle folk i Rogaland fram mot 2110. Analysen ble lagt fram i "
     "fylkestinget i juni.", "1.2 Kunnskapsgrunnlag", "2.2", "Analyse", "Regionalplanavdelingen", "NORCE", None, FOU),
    ("Karrieresenter i Haugesund",
     "Senteret er vedtatt og åpner i august 2099.", "3.1 Karriereveiledning for alle", "1.3", "Karrieresenter",
     "Karrieresenteret Rogaland", "", "", None),
]


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2098"
    ws["A1"] = "Rogaland fylkeskommune – rapportering til Kompetansepolitisk råd for 2098"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Kolonne C viser målet i Regional plan for kompetanse og arbeidsliv 2096–2107; kolonne D viser "
                "delmålet i den nasjonale strategien.")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Tiltak", "Beskrivelse", "Mål i regional plan", "Delmål (nasjonal strategi)", "Type", "Ansvar",
            "Samarbeid"]
    body = [[n, b, rg, dm, k, a, s] for n, b, rg, dm, k, a, s, *_r in ROWS]
    end = sheet_rows(ws, 4, head, body, [36, 58, 24, 14, 15, 24, 30], fill="FCE4D6")
    for r in range(5, end):
        for c in (3, 4):
            ws.cell(row=r, column=c).number_format = "@"
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:G{end - 1}"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Marte Kvalvik"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, b) for n, b, _rg, dm, _k, a, s, seed, ty in ROWS if ty]


def text(path) -> str:
    return xlsx_all_text(path)
