"""NHO: a workbook whose first sheet is a pivot table pasted as values (compact layout: 'Radetiketter' with the
delmål as group rows and the measure names indented under them, NHO's categories as 'Kolonneetiketter', counts
and 'Totalsum', the report filter 'År 2078' above), and whose second sheet 'Data' is the source list for three
years. Only the 2078 rows of 'Data' are this year's measures."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, normalise_ooxml, row, xlsx_text

FILENAME = "NHO_KPR_2078_pivot.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets, pivot layout pasted as values with pivot-style formatting; zip normalised"
SHAPE = ("sheet 'Pivot': report filter 'År | 2078', 'Antall av Tiltak', compact row labels – delmål group rows "
         "('1.4 Utdanning og arbeidsliv') with the measure names indented under them –, NHO's categories as column "
         "labels (Analyse / Innspill / Møteplass / Opplæring / Råd og utvalg) holding 1s, 'Totalsum' row and column; "
         "sheet 'Data': the source list År / Delmål / Tiltak / Kategori / Ansvarlig / Samarbeid / Beskrivelse with "
         "rows for 2077, 2078 and 2079, so names appear twice and only the 2078 rows count")
NOT_TRUTH = ("the filter, header and Totalsum cells of the pivot, the delmål group rows, the counts; on 'Data' the "
             "row 'Lærlingtoget 2077' (År 2077) and the row 'Pilot: grønn fagskole' (År 2079, category Prosjekt)")

DATA = [
    (2077, "2.3 Yrkesfag", "Lærlingtoget 2077", "Møteplass", "NHO Kompetanse", "fylkeskommunene",
     "Turné med lærlinger til 40 ungdomsskoler.", None),
    (2078, "1.1 KBU", "Kompetansebehovsutvalget", "Råd og utvalg", "NHO Kompetanse", "ASD, KD, partene",
     "NHOs representant deltok i alle møter og i arbeidsgruppen for rapporten om omsorgssektoren.", ("M02", RAD)),
    (2078, "1.4 Utdanning og arbeidsliv", "Nasjonalt fagskoleråd – NHOs plass", "Råd og utvalg", "NHO Kompetanse",
     "Fagskolerådet, KS", "NHO satt i rådet og arbeidet for flere tekniske fagskoletilbud.", ("M03", RAD)),
    (2078, "1.4 Utdanning og arbeidsliv", "NHOs innspill til Nasjonalt fagskoleråds arbeidsprogram", "Innspill",
     "NHO Kompetanse", "Norsk Industri",
     "Skriftlig innspill om hvilke fagskoletilbud industrien trenger de neste fem årene.", (None, INFO)),
    (2078, "2.2 Kunnskapsgrunnlag", "Kompetansebarometeret for reiselivet", "Analyse", "NHO Reiseliv",
     "Menon Economics", "Årlig måling av kompetansebehov i 900 reiselivsbedrifter.", (None, FOU)),
    (2078, "2.3 Yrkesfag", "Fagbrevfestivalen i Bodø", "Møteplass", "NHO Nordland",
     "Nordland fylkeskommune, Vestland fylkeskommune",
     "Nasjonal festival for fag- og yrkesopplæringen med 4 000 besøkende, konkurranser og lærlingtorg.",
     ("J03", ARR)),
    (2078, "2.4 Kompetansebehov og tilbud", "Bransjeprogram for sjømatindustrien", "Opplæring", "NHO Sjømat",
     "Fellesforbundet, fagskolene i Nordland", "Korte moduler i prosessteknikk for ansatte uten fagbrev; 210 "
     "deltakere.", (None, KURS)),
    (2079, "1.4 Utdanning og arbeidsliv", "Pilot: grønn fagskole", "Prosjekt", "NHO Kompetanse", "Fagskolerådet",
     "Oppstart høsten 2079.", None),
]

CATS = ["Analyse", "Innspill", "Møteplass", "Opplæring", "Råd og utvalg"]
BLUE = PatternFill("solid", fgColor="DDEBF7")
LINE = Border(top=Side(style="thin", color="9BC2E6"))


def build(out) -> list[dict]:
    wb = Workbook()
    pv = wb.active
    pv.title = "Pivot"
    pv["A1"], pv["B1"] = "År", 2078
    pv["A1"].font = Font(bold=True)
    pv["A3"], pv["B3"] = "Antall av Tiltak", "Kolonneetiketter"
    pv.cell(row=4, column=1, value="Radetiketter")
    for j, c in enumerate(CATS + ["Totalsum"], 2):
        pv.cell(row=4, column=j, value=c)
    for c in pv[3] + pv[4]:
        c.font = Font(bold=True)
        c.fill = BLUE
    r = 5
    groups: dict[str, list] = {}
    for yr, dm, name, cat, *_rest in DATA:
        if yr == 2078:
            groups.setdefault(dm, []).append((name, cat))
    total = {c: 0 for c in CATS}
    for dm in sorted(groups):
        counts = {c: sum(1 for _n, k in groups[dm] if k == c) for c in CATS}
        pv.cell(row=r, column=1, value=dm).font = Font(bold=True)
        for j, c in enumerate(CATS, 2):
            if counts[c]:
                pv.cell(row=r, column=j, value=counts[c]).font = Font(bold=True)
        pv.cell(row=r, column=len(CATS) + 2, value=len(groups[dm])).font = Font(bold=True)
        for c in pv[r]:
            c.border = LINE
        r += 1
        for name, cat in sorted(groups[dm]):
            pv.cell(row=r, column=1, value=name).alignment = Alignment(indent=1)
            pv.cell(row=r, column=CATS.index(cat) + 2, value=1)
            pv.cell(row=r, column=len(CATS) + 2, value=1)
            total[cat] += 1
            r += 1
    pv.cell(row=r, column=1, value="Totalsum")
    for j, c in enumerate(CATS, 2):
        pv.cell(row=r, column=j, value=total[c])
    pv.cell(row=r, column=len(CATS) + 2, value=sum(total.values()))
    for c in pv[r]:
        c.font = Font(bold=True)
        c.fill = BLUE
        c.border = LINE
    pv.column_dimensions["A"].width = 58
    for col in "BCDEFG":
        pv.column_dimensions[col].width = 14

    ds = wb.create_sheet("Data")
    ds.append(["År", "Delmål", "Tiltak", "Kategori", "Ansvarlig", "Samarbeid", "Beskrivelse"])
    for c in ds[1]:
        c.font = Font(bold=True)
    rows = []
    for yr, dm, name, cat, ansv, med, txt, truth in DATA:
        ds.append([yr, dm, name, cat, ansv, med, txt])
        if yr == 2078:
            seed, typ = truth
            rows.append(row(FILENAME, MEMBER, name, seed, dm.split()[0], typ, ansv, med, txt))
    ds.auto_filter.ref = f"A1:G{ds.max_row}"
    for col, w in zip("ABCDEFG", [7, 26, 52, 14, 16, 30, 70]):
        ds.column_dimensions[col].width = w
    wb.properties.creator = "Ingrid Haugland"
    path = out / FILENAME
    wb.save(str(path))
    normalise_ooxml(path)
    return rows


def text(path) -> str:
    return xlsx_text(path)
