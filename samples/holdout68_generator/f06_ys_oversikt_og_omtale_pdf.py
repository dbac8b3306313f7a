"""YS: an ordinary report written in Word and exported to PDF. First a small overview table (Tiltak / Delmål / Type)
with every 2088 measure, then «Omtale av tiltakene» with one Heading 2 per measure: the description paragraph and a
line «Ansvar: … – Partnere: …». Each measure is therefore named twice; the clerk makes one row of the two. Under the
headings there is also a conference that was not held in 2088 and that is missing from the overview table. The trap is
YS' own breakfast seminar on the KBU report."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, set_cell_shading, \
    set_col_widths

FILENAME = "YS rapport Kompetansepolitisk råd 2088.pdf"
MEMBER = "YS"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with a ruled overview table and Heading 2 sections; "
          "dates and /ID fixed")
SHAPE = ("overview plus sections: an overview table «Oversikt» (Tiltak / Delmål / Type) listing every measure with "
         "the delmål as a plain code and YS's kind words (Verv, Undersøkelse, Seminar, Kurspakke), then «Omtale av "
         "tiltakene» with one Heading 2 per measure, a description paragraph and a line «Ansvar: … – Partnere: …»; "
         "every measure is named twice; one Heading 2 (a conference not held in 2088) is not in the overview")
NOT_TRUTH = ("the title and intro, the overview table (the same measures once more; its Delmål and Type cells give "
             "the codes and kinds), the labels of the Ansvar/Partnere lines, the section 'Kompetansekonferansen i "
             "YS' (not held in 2088, next in April 2089, not in the overview), the contact paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, kind, paragraph, ansvar, partners, seed, type
ITEMS = [
    ("YS' plass i Kompetansebehovsutvalget", "1.1", "Verv",
     "Sjeføkonomen i YS har YS' plass i KBU. YS arbeidet i 2088 for at utvalget skal se nærmere på "
     "kompetansebehovene i service og handel.", "YS-sekretariatet", [], "M02", RAD),
    ("Frokostseminar om KBU-rapporten", "1.1", "Seminar",
     "YS inviterte forbundene til et frokostseminar der sekretariatet for utvalget la fram den nye rapporten om "
     "kompetansebehov. 90 deltok. Seminaret var YS' eget og var ikke en del av utvalgets arbeid.",
     "YS-sekretariatet", ["Parat", "Delta"], None, ARR),
    ("Nasjonalt fagskoleråd – YS' representant", "2.4", "Verv",
     "Delta har hatt YS' plass i Nasjonalt fagskoleråd og deltatt på fire møter om finansiering og nye "
     "fagskoletilbud i helse.", "Delta", [], "M05", RAD),
    ("Læringsbarometer 2088", "2.2", "Undersøkelse",
     "YS hadde ansvaret for arbeidstakerdelen av den felles undersøkelsen om læring i arbeidslivet. 4 800 ansatte "
     "svarte, og resultatene ble lagt fram i november.", "YS-sekretariatet", ["KS", "Virke", "Fafo"], "J03", FOU),
    ("Kurspakke om KI for tillitsvalgte i staten", "2.1", "Kurspakke",
     "YS Stat tilbød en kurspakke om kunstig intelligens og digitale verktøy for tillitsvalgte i statlige "
     "virksomheter. 22 kurs med 530 deltakere.", "YS Stat", ["Digitaliseringsdirektoratet"], None, KURS),
]
NOT_HELD = ("Kompetansekonferansen i YS",
            "Konferansen ble ikke arrangert i 2088. Neste konferanse er lagt til april 2089.")


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=10.5, margins_cm=2.4)
    p = d.add_paragraph()
    add_runs(p, [("YS – rapport til Kompetansepolitisk råd", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Rapporteringsår 2088. Tabellen gir en oversikt over tiltakene. Deretter følger en kort omtale "
                    "av hvert tiltak med ansvar og partnere.")
    d.add_heading("Oversikt", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Delmål", "Type"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E2EFD9")
    for name, dm, kind, *_ in ITEMS:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dm, kind]):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [10.0, 2.2, 3.8])
    d.add_heading("Omtale av tiltakene", level=1)
    rows = []
    order = [0, 1, 2, 3, None, 4]
    for k in order:
        if k is None:
            d.add_heading(NOT_HELD[0], level=2)
            d.add_paragraph(NOT_HELD[1])
            continue
        name, dm, kind, para, ans, med, seed, ty = ITEMS[k]
        d.add_heading(name, level=2)
        d.add_paragraph(para)
        p = d.add_paragraph()
        add_runs(p, [("Ansvar: ", "i"), (ans, "i"), (" – Partnere: ", "i"), (", ".join(med) if med else "ingen", "i")])
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), para))
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Hanne Strand Bakke, rådgiver kompetanse, YS")
    docx_to_pdf(d, out / FILENAME, author="Hanne Strand Bakke")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
