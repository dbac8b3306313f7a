"""Unio: a status report on its own skills-policy platform. Unio's five own goals (Mål A–E) are mapped to the
national delmål in a table at the top; the measures are listed under Unio's own goals, so a measure's delmål is only
found through the mapping. One own goal (pay for competence) has no national delmål and its measure is outside the
strategy. No kind of measure is given."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Unio status kompetansepolitisk plattform 2081.pdf"
MEMBER = "Unio"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx); dates and /ID fixed"
SHAPE = ("own strategy mapped to the national one: a table «Våre mål» / «Bidrar til delmål i strategien» (Mål A → "
         "1.4, B → 2.4, C → 2.2, D → 1.3, E → «– ikke en del av strategien»), then one heading per own goal («Mål "
         "A: Utdanninger i takt med arbeidslivet») with the measures under it: a bold name line, a paragraph and "
         "a grey «Ansvar: … · Med: …» line; no delmål next to a measure, no kind; «Planer for 2082» bullets")
NOT_TRUTH = ("the title, the intro, the mapping table, the goal headings, the measure under «Mål E» "
             "('Lønnsstatistikk etter utdanningsnivå', outside the strategy), the «Planer for 2082» bullets "
             "(Mentorordning for nyutdannede lærere), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

GOALS = [
    ("Mål A", "Utdanninger i takt med arbeidslivet", "1.4"),
    ("Mål B", "Livslang læring i velferdsstatens yrker", "2.4"),
    ("Mål C", "Mer kunnskap om læring på arbeidsplassen", "2.2"),
    ("Mål D", "God veiledning for alle", "1.3"),
    ("Mål E", "Lønn som gjenspeiler kompetanse", None),
]
# goal, name, text, ansvar, med, seed, type
ITEMS = [
    ("Mål A", "Råd for samarbeid med arbeidslivet ved OsloMet",
     "Unio har to plasser i rådet. I 2081 fikk vi gjennomslag for at praksis i sykepleierutdanningen skal vurderes "
     "av arbeidsgiver og utdanning sammen.", "Norsk Sykepleierforbund", "", "M04", RAD),
    ("Mål A", "Kurs for Unios representanter i RSA-rådene",
     "Dagskurs i mars for de 22 representantene Unio har i rådene for samarbeid med arbeidslivet, om rolle, mandat "
     "og saksforberedelse.", "Unio-sekretariatet", "", None, KURS),
    ("Mål B", "Videreutdanningsstipend for medlemmer i kommunene",
     "Stipend til 340 medlemmer som tok videreutdanning i spesialpedagogikk, psykisk helse eller ledelse ved siden "
     "av jobben.", "Utdanningsforbundet", "KS", None, KURS),
    ("Mål C", "Læring på jobb-undersøkelsen 2081",
     "Forbundene bidro med spørsmål og utvalg fra skole, barnehage og sykehus, og Unio analyserte svarene for "
     "offentlig sektor.", "Forskerforbundet", "Virke, Akademikerne", "J04", FOU),
    ("Mål D", "Nasjonalt forum for karriereveiledning",
     "Unio har én plass i forumet og tok opp veiledning for lærere og sykepleiere som vurderer å bytte yrke.",
     "Utdanningsforbundet", "", "M02", RAD),
    ("Mål E", "Lønnsstatistikk etter utdanningsnivå",
     "Statistikk over lønnsutviklingen for medlemmer med mastergrad, brukt i lønnsoppgjøret.", "Unio-sekretariatet",
     "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=10.5)
    p = d.add_paragraph()
    add_runs(p, [("Unios kompetansepolitiske plattform 2080–2083", "b")])
    p.runs[0].font.size = Pt(17)
    add_runs(d.add_paragraph(), [("Statusrapport for 2081 til Kompetansepolitisk råd", "i")])
    d.add_paragraph("Unio har fem egne mål for kompetansepolitikken. Tabellen viser hvordan målene henger sammen med "
                    "den nasjonale kompetansepolitiske strategien. Under hvert mål står tiltakene vi arbeidet med i "
                    "2081.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Våre mål", "Bidrar til delmål i strategien"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E7E6E6")
    for code, words, dm in GOALS:
        cells = t.add_row().cells
        cells[0].text = f"{code}: {words}"
        cells[1].text = dm or "– (ikke en del av strategien)"
    set_col_widths(t, [10.0, 6.5])
    rows = []
    dm_of = {code: dm for code, _w, dm in GOALS}
    for code, words, _dm in GOALS:
        d.add_heading(f"{code}: {words}", level=2)
        for g, name, txt, ans, med, seed, ty in ITEMS:
            if g != code:
                continue
            add_runs(d.add_paragraph(), [(name, "b")])
            d.add_paragraph(txt)
            add_runs(d.add_paragraph(), [(f"Ansvar: {ans}" + (f" · Med: {med}" if med else ""), "g")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm_of[g], ty, ans, med, txt))
    d.add_heading("Planer for 2082", level=2)
    d.add_paragraph("Mentorordning for nyutdannede lærere (Mål A), sammen med KS.", style="List Bullet")
    d.add_paragraph("Ny runde av videreutdanningsstipendet (Mål B).", style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Oslo, januar 2082 – Unio")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
