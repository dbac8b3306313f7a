"""Virke: an ordinary Excel workbook whose measures sheet has no goal column; the delmål are in a second sheet, a
link table (ID / Delmål / Hovedmål) sorted by delmål, where a measure may have several lines and its own delmål is
the one marked «Ja». A mentoring programme that takes its first participants in September 2090 is told only in
words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "Virke_KPR_2089.xlsx"
MEMBER = "Virke"
FORMAT = ("XLSX (openpyxl), two sheets (the measures, and a link table to the delmål), wrapped text, frozen header, "
          "autofilter on the link table, zip normalised")
SHAPE = ("measures and goals in two sheets joined by an id: sheet «Tiltak» with a title in row 1, a line in row 2 "
         "saying the link to the delmål is on the sheet «Delmål» and the main goal is marked Ja, header on row 3 "
         "ID / Tiltak / Hva ble gjort / Tiltaksform / Ansvarlig i Virke / Partnere with ids V-01 … V-07; sheet "
         "«Delmål» with the header ID / Delmål / Hovedmål and eleven lines sorted by delmål, so a measure's lines "
         "are scattered (V-02: 2.3 Ja and 3.1 Nei; V-03: 2.2 Nei and 2.5 Ja; V-04: 2.1 Nei and 2.4 Ja; V-05: 2.2 "
         "Nei and 3.3 Ja); Virke's kind words (Råd og utvalg, Møteplass, Utviklingsprosjekt, Kurs og opplæring, "
         "Analyse); the SRY seat «Virkes medlem i faglig råd for informasjonsteknologi og medieproduksjon»; a "
         "mentoring programme taking its first participants in September 2090, told only in words")
NOT_TRUTH = ("the title and the line, the headers, the ID cells, the Tiltaksform cells, the whole sheet «Delmål», the "
             "row V-07 'Mentorprogram for butikksjefer' (first participants in September 2090)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# id, name, text, form, ansvarlig, partners, links [(delmål, main)], seed, type
ROWS = [
    ("V-01", "Virkes medlem i faglig råd for informasjonsteknologi og medieproduksjon",
     "Virke deltok i rådets fem møter. Rådet arbeidet med den nye læreplanen i IT-utviklerfaget og med "
     "læreplasser i små bedrifter.", "Råd og utvalg", "Virke, kompetanse og arbeidsliv", "",
     [("2.3", True)], "M06", RAD),
    ("V-02", "Fagbrevdagen 2089 i handel og tjenester",
     "85 butikker og kjeder åpnet dørene for elever og voksne på Fagbrevdagen og viste fram salgs- og "
     "servicefaget.", "Møteplass", "Virke Handel", "NHO, KS", [("2.3", True), ("3.1", False)], "J02", ARR),
    ("V-03", "Kompetansepasset i varehandelen",
     "Tolv kjeder prøvde ut Kompetansepasset, og 900 ansatte dokumenterte kompetanse fra butikkdriften.",
     "Utviklingsprosjekt", "Virke, kompetanse og arbeidsliv", "HK-dir, Handel og Kontor",
     [("2.2", False), ("2.5", True)], "J06", PROSJEKT),
    ("V-04", "Bransjeprogram for ideell sektor",
     "Korte kurs i ledelse, økonomi og frivillighetskoordinering for ansatte i ideelle virksomheter. 340 deltok.",
     "Kurs og opplæring", "Virke Ideell", "VID vitenskapelige høgskole", [("2.1", False), ("2.4", True)], None,
     KURS),
    ("V-05", "Frokostmøter om læring på arbeidsplassen",
     "Fire frokostmøter i Oslo og Bergen om hvordan små virksomheter kan bruke arbeidsplassen som læringsarena. "
     "410 deltok i alt.", "Møteplass", "Virke, kompetanse og arbeidsliv", "", [("2.2", False), ("3.3", True)],
     None, ARR),
    ("V-06", "Undersøkelse om kompetansebehov i kulturnæringene",
     "Menon spurte 600 virksomheter i kultur og opplevelse om hvilken kompetanse de mangler. Rapporten kom i mars.",
     "Analyse", "Virke Kultur", "Menon Economics", [("2.2", True)], None, FOU),
    ("V-07", "Mentorprogram for butikksjefer",
     "Programmet ble utviklet i 2089 og tar opp de første deltakerne i september 2090.", "Kurs og opplæring",
     "Virke Handel", "", [("2.4", True)], "", None),
]


def links() -> list[tuple[str, str, str]]:
    lines = [(i, dm, "Ja" if main else "Nei") for i, *_m, ls, _s, _t in ROWS for dm, main in ls]
    return sorted(lines, key=lambda x: (tuple(map(int, x[1].split("."))), x[0]))


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Virke – tiltak i oppfølgingen av kompetansestrategien 2089"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Koblingen til delmålene står i arket «Delmål». Et tiltak kan ha flere delmål; hovedmålet er merket "
                "Ja.")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["ID", "Tiltak", "Hva ble gjort", "Tiltaksform", "Ansvarlig i Virke", "Partnere"]
    body = [[i, n, t, f, a, p] for i, n, t, f, a, p, *_r in ROWS]
    sheet_rows(ws, 3, head, body, [7, 38, 62, 18, 28, 28], fill="FFE699")
    ws.freeze_panes = "A4"
    wl = wb.create_sheet("Delmål")
    last = sheet_rows(wl, 1, ["ID", "Delmål", "Hovedmål"], [list(x) for x in links()], [8, 9, 11], fill="FFE699")
    for r in range(2, last):
        wl.cell(row=r, column=2).number_format = "@"
    wl.auto_filter.ref = f"A1:C{last - 1}"
    wl.freeze_panes = "A2"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Virke"))
    return [row(FILENAME, MEMBER, n, seed, next(dm for dm, m in ls if m), ty, a, p, t)
            for _i, n, t, _f, a, p, ls, seed, ty in ROWS if ty]


def link_rows(path) -> list[tuple]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path))["Delmål"]
    return [tuple(r) for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]


def text(path) -> str:
    return xlsx_all_text(path)
