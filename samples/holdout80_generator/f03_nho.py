"""NHO: an ordinary Excel list whose one code column joins the delmål and a letter for NHO's activity type
(«2.4/O»), explained only in a key line above the header. A course moved to March 2090 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "NHO – KPR-rapportering 2089.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl), one sheet, title and a key line above the header, a text code column, wrapped text, "
          "frozen header, zip normalised")
SHAPE = ("ordinary Excel list whose code joins the delmål and the kind: title in row 1, a key in row 2 («NHO-kode = "
         "delmål i strategien / aktivitetstype: U = utvalg og råd, A = analyse, O = opplæring, P = pilot og "
         "utvikling, K = kommunikasjon, M = møteplass»), header on row 4 Ref. / Aktivitet / Gjennomført i 2089 / "
         "NHO-kode / Landsforening / Partnere; code cells «1.1/U», «2.3/M», «2.4/O», «2.4/P», «2.2/A», «2.3/K»; "
         "running references «NHO-KPR-01» … in the first column; the KBU seat «Medlem av Kompetansebehovsutvalget "
         "(NHO-plassen)»; NHO Arktis' own pre-project for a northern branch of the joint course programme (its own "
         "phase, not the joint measure); a course moved to March 2090 told only in words")
NOT_TRUTH = ("the title and the key line, the header, the Ref. cells, the code cells, the row 'Lederkurs i "
             "kompetanseplanlegging' (moved to March 2090)")
SPLIT_FIELDS = ("ansvarlig", "samarbeidspartnere")

# name, text, code, landsforening, partners, seed, type
ROWS = [
    ("Medlem av Kompetansebehovsutvalget (NHO-plassen)",
     "NHOs medlem deltok på alle de seks møtene og ledet arbeidsgruppen for kapittelet om industrien i det grønne "
     "skiftet.", "1.1/U", "NHO Arbeidsliv og kompetanse", "", "M05", RAD),
    ("Fagbrevdagen 2089 – åpne lærebedrifter i industri og bygg",
     "På Fagbrevdagen 24. april åpnet 410 NHO-bedrifter dørene for elever, foreldre og voksne som vurderer "
     "fagbrev.", "2.3/M", "Norsk Industri, Byggenæringens Landsforening", "KS, Virke, fylkeskommunene", "J02", ARR),
    ("Havvindskolen – moduler i bedrift",
     "Seks leverandørbedrifter tok imot 95 kursdeltakere til praksisdelen av modulene om montasje og vedlikehold "
     "av havvindturbiner.", "2.4/O", "Norsk Industri", "LO, Fagskolerådet", "J04", KURS),
    ("Havvindskolen Nord – forprosjekt i Hammerfest",
     "NHO Arktis utredet om et eget tilbud for flytende havvind kan legges til Hammerfest. Forprosjektet er NHO "
     "Arktis' eget og er ikke en del av det felles kursprogrammet; sluttrapporten kom i desember.", "2.4/P",
     "NHO Arktis", "Hammerfest kommune, UiT Norges arktiske universitet", None, PROSJEKT),
    ("Analyse av kompetansebehov i prosessindustrien",
     "Analysen viser at prosessindustrien trenger 1 800 nye fagarbeidere innen 2095, særlig i automasjon og "
     "kjemiprosess.", "2.2/A", "NHO Analyse", "SINTEF", None, FOU),
    ("Kampanjen «Bli lærebedrift»",
     "Annonser og filmer i sosiale medier rettet mot små bedrifter i service og handel. 120 nye bedrifter ble "
     "godkjent som lærebedrift.", "2.3/K", "NHO Service og Handel", "fylkeskommunene", None, INFO),
    ("Lederkurs i kompetanseplanlegging",
     "Kurset ble flyttet fra november og holdes i mars 2090.", "2.4/O", "NHO Geneo", "", "", None),
]


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPR 2089"
    ws["A1"] = "NHO – aktiviteter som følger opp Nasjonal kompetansepolitisk strategi, 2089"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("NHO-kode = delmål i strategien / aktivitetstype: U = utvalg og råd, A = analyse, O = opplæring, "
                "P = pilot og utvikling, K = kommunikasjon, M = møteplass")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Ref.", "Aktivitet", "Gjennomført i 2089", "NHO-kode", "Landsforening", "Partnere"]
    body = [["NHO-KPR-%02d" % i, n, t, c, lf, p] for i, (n, t, c, lf, p, *_r) in enumerate(ROWS, 1)]
    last = sheet_rows(ws, 4, head, body, [13, 36, 60, 11, 28, 30], fill="E2EFDA")
    for r in range(5, last):
        ws.cell(row=r, column=4).number_format = "@"
    ws.freeze_panes = "A5"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "NHO Arbeidsliv og kompetanse"))
    return [row(FILENAME, MEMBER, n, seed, c.split("/")[0], ty, lf, p, t)
            for n, t, c, lf, p, seed, ty in ROWS if ty]


def codes(path) -> list[str]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path)).active
    return [ws.cell(row=r, column=4).value for r in range(5, 5 + len(ROWS))]


LETTER = {"U": RAD, "A": FOU, "O": KURS, "P": PROSJEKT, "K": INFO, "M": ARR}


def text(path) -> str:
    return xlsx_all_text(path)
