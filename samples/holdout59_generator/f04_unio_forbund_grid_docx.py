"""Unio: one landscape Word table laid out as a grid – one column per Unio union (plus «Unio sentralt»), one row
per kind of measure in Unio's words. Each cell holds the measures of that union and kind: a bold name, a sentence
and a bracket «(delmål 1.4; med UiB og NHO Vestland)». Who is responsible is only the column head, the kind only the
row label; some cells are empty («–»), one holds a 2078 item and one a 2080 item."""
from __future__ import annotations

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, docx_text_deep, row, set_col_widths, save_docx, set_cell_shading

FILENAME = "Unio_KPR_2079_tiltak_per_forbund.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), landscape, one grid table with shaded row labels, zip normalised"
SHAPE = ("grid table: columns are the unions (Utdanningsforbundet / Norsk Sykepleierforbund / Forskerforbundet / "
         "Unio sentralt), rows are Unio's kinds of measure (Råd og utvalg / Kurs og opplæring / Prosjekter og "
         "utredninger / Konferanser); each cell lists measures as a bold name + sentence + «(delmål x.y; med …)»; "
         "responsible = column head, kind = row label; empty cells «–», one cell with a 2078 item, one with a "
         "2080 item")
NOT_TRUTH = ("the title, the intro, the header row, the row labels, the «–» cells, 'Forskerforbundets EVU-konferanse' "
             "(«avholdt desember 2078, tatt med for ordens skyld»), 'Nettverk for skolehelsetjenesten' («oppstart "
             "februar 2080»), the closing paragraph and the signature")

UNIONS = ["Utdanningsforbundet", "Norsk Sykepleierforbund", "Forskerforbundet", "Unio sentralt"]
KINDS = ["Råd og utvalg", "Kurs og opplæring", "Prosjekter og utredninger", "Konferanser"]
# (kind, union): [(name, sentence, delmål, partners, seed, type)]; type None = not a truth row
CELLS = {
    ("Råd og utvalg", "Utdanningsforbundet"): [
        ("Nasjonalt råd for lærerutdanning", "Utdanningsforbundet har Unios plass i rådet under UHR og tok opp "
         "praksisopplæringen i lærerutdanningene.", "1.4", "UHR", "M06", RAD)],
    ("Råd og utvalg", "Forskerforbundet"): [
        ("RSA ved Universitetet i Bergen", "Forskerforbundet representerer arbeidstakersiden i universitetets råd "
         "for samarbeid med arbeidslivet; tre møter i 2079.", "1.4", "UiB, NHO Vestland", "M02", RAD)],
    ("Kurs og opplæring", "Norsk Sykepleierforbund"): [
        ("Kurs for praksisveiledere i sykehjem", "Fire kursdager for sykepleiere som veileder studenter i "
         "kommunale sykehjem; 160 deltakere.", "2.4", "KS", None, KURS),
        ("Nettverk for skolehelsetjenesten", "Oppstart februar 2080.", "1.3", "", "", None)],
    ("Prosjekter og utredninger", "Utdanningsforbundet"): [
        ("Mentorordning for nye yrkesfaglærere", "Erfarne lærere følger nyutdannede yrkesfaglærere det første "
         "året; prøvd ut i 12 skoler.", "2.3", "fylkeskommunene", None, PROSJEKT)],
    ("Prosjekter og utredninger", "Unio sentralt"): [
        ("Undersøkelse om tid til faglig oppdatering", "Spørreundersøkelse blant 4 000 medlemmer om tid og "
         "ressurser til etter- og videreutdanning i offentlig sektor.", "2.2", "Fafo", None, FOU)],
    ("Konferanser", "Norsk Sykepleierforbund"): [
        ("Spesialsykepleierdagen 2079", "Fagdag om videreutdanning for sykepleiere med 300 deltakere i Oslo.",
         "2.4", "Spekter", None, ARR)],
    ("Konferanser", "Forskerforbundet"): [
        ("Forskerforbundets EVU-konferanse", "Avholdt desember 2078, tatt med for ordens skyld.", "2.4", "", "",
         None)],
}


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(9.5)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    d.add_heading("Unio – tiltak i kompetansepolitikken 2079, fordelt på forbund", level=1)
    d.add_paragraph("Unio-forbundene har meldt inn sine tiltak. Tabellen viser hvilket forbund som har ansvaret "
                    "(kolonne) og hva slags tiltak det er (rad). Delmål og samarbeidspartnere står i parentes.")
    t = d.add_table(rows=1 + len(KINDS), cols=1 + len(UNIONS))
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text = ""
    for c, u in zip(hdr[1:], UNIONS):
        c.paragraphs[0].add_run(u).bold = True
        set_cell_shading(c, "1F4E79")
        c.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    rows = []
    for i, kind in enumerate(KINDS, 1):
        cells = t.rows[i].cells
        cells[0].paragraphs[0].add_run(kind).bold = True
        set_cell_shading(cells[0], "DEEAF6")
        for j, u in enumerate(UNIONS, 1):
            items = CELLS.get((kind, u))
            cell = cells[j]
            if not items:
                cell.text = "–"
                continue
            first = True
            for name, sent, dm, med, seed, ty in items:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.add_run(name).bold = True
                p.add_run(" " + sent)
                br = f"(delmål {dm}; med {med})" if med else f"(delmål {dm})"
                if ty:
                    p.add_run(" " + br).italic = True
                    rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, u, med, sent))
    set_col_widths(t, [3.6, 5.9, 5.9, 5.9, 5.9])
    d.add_paragraph()
    d.add_paragraph("Politiets Fellesforbund og de øvrige forbundene har ikke meldt egne tiltak for 2079.")
    d.add_paragraph("Oslo, 13. januar 2080\nUnio-sekretariatet")
    save_docx(d, out / FILENAME, "Unio")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
