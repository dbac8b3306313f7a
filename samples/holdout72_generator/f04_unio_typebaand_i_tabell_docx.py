"""Unio: an ordinary Word table with no type column: the kind is given by shaded band rows merged across the table in
Unio's own words («Representasjon», «Kompetanseheving», «Kunnskap og analyse»), each over the measures of that kind.
Header Tiltak / Omtale / Knyttet til strategien / Ansvarlig forbund / Samarbeid; the goal as a paraphrase, with the
code in brackets for some rows only. The UHR-FSE seat is named by the unit (UHR-Lærerutdanning). One row under
«Kompetanseheving» ended the year before, told only in its text."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KBU, KURS, RAD, UHRFSE, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Unio rapport til Kompetansepolitisk råd 2092.docx"
MEMBER = "Unio"
FORMAT = ("DOCX (python-docx), portrait, one ruled five-column table with shaded band rows merged across the table, "
          "zip normalised")
SHAPE = ("ordinary Word table without a type column: the kind given only by band rows merged across the table in "
         "Unio's words («Representasjon», «Kompetanseheving», «Kunnskap og analyse»); header Tiltak / Omtale / Knyttet "
         "til strategien / Ansvarlig forbund / Samarbeid; the goal as Unio's paraphrase, some with the code in "
         "brackets («Digital kompetanse i arbeidslivet (2.1)»), others words only («Kunnskap om framtidas "
         "kompetansebehov»); the KBU seat named «Kompetansebehovsutvalget – møtene i 2092»; the UHR-FSE seat named "
         "«Arbeidslivsrepresentant i UHR-Lærerutdanning»; one row ended the year before, told in its Omtale")
NOT_TRUTH = ("the title and intro, the header, the three band rows (they give the kind), the «Knyttet til strategien» "
             "cells, the row 'Lederkurs for tillitsvalgte i barnehagen' (last run in the autumn of 2091, not "
             "continued), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Omtale", "Knyttet til strategien", "Ansvarlig forbund", "Samarbeid"]

# band, items: name, text, goal, ansvar, samarbeid cell, partners (truth), seed, delmål, type
BANDS = [
    ("Representasjon", [
        ("Kompetansebehovsutvalget – møtene i 2092",
         "Unio deltok i alle utvalgets møter og bidro særlig til kapitlet om mangelen på lærere og sykepleiere i "
         "hovedrapporten om helse og omsorg. Unio la vekt på at videreutdanning må kunne tas i arbeidstiden.",
         "Kunnskap om framtidas kompetansebehov", "Unio sentralt", "", "", KBU, "1.1", RAD),
        ("Arbeidslivsrepresentant i UHR-Lærerutdanning",
         "Utdanningsforbundet har arbeidslivets plass i UHRs fagstrategiske enhet for lærerutdanning. Enheten "
         "arbeidet i 2092 med nye retningslinjer for praksis i barnehagelærerutdanningen.",
         "Relevante utdanninger i samarbeid med arbeidslivet (1.4)", "Utdanningsforbundet", "", "", UHRFSE, "1.4",
         RAD),
    ]),
    ("Kompetanseheving", [
        ("DigiTV – digitalt grunnkurs for tillitsvalgte",
         "Norsk Sykepleierforbund og Utdanningsforbundet gjennomførte kurset for 820 tillitsvalgte i kommuner og "
         "helseforetak. Kurset handler om personvern, innføring av ny teknologi og tillitsvalgtes rett til å bli "
         "tatt med i slike prosesser.",
         "Digital kompetanse i arbeidslivet (2.1)", "Norsk Sykepleierforbund", "YS", "YS", "J02", "2.1", KURS),
        ("Videreutdanning i veiledning av nyutdannede sykepleiere",
         "Nytt deltidsstudium på 15 studiepoeng for erfarne sykepleiere som skal veilede nyutdannede. 140 "
         "sykepleiere fullførte studiet i 2092.",
         "Etter- og videreutdanning som arbeidslivet trenger (2.4)", "Norsk Sykepleierforbund",
         "OsloMet og Universitetet i Stavanger", "OsloMet, Universitetet i Stavanger", None, "2.4", KURS),
        ("Lederkurs for tillitsvalgte i barnehagen",
         "Kurset gikk siste gang høsten 2091 og er ikke videreført.",
         "Etter- og videreutdanning som arbeidslivet trenger (2.4)", "Utdanningsforbundet", "", "", None, None,
         None),
    ]),
    ("Kunnskap og analyse", [
        ("Rapport om kompetansebehov i politiet",
         "Politiets Fellesforbund fikk utarbeidet en rapport om hvilken etter- og videreutdanning politiansatte "
         "trenger de neste ti årene, særlig innen digitalt etterforskningsarbeid. Rapporten ble lagt fram i mai.",
         "Mer kunnskap om læring i arbeidslivet", "Politiets Fellesforbund", "Politihøgskolen", "Politihøgskolen",
         None, "2.2", FOU),
        ("Spørreundersøkelse om etterutdanning blant fysioterapeuter",
         "Undersøkelse blant 2 100 medlemmer om hvor mye etterutdanning de tar, hvem som betaler og hva som hindrer "
         "dem. Halvparten betaler kursene selv.",
         "Mer kunnskap om læring i arbeidslivet (2.2)", "Norsk Fysioterapeutforbund", "", "", None, "2.2", FOU),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Unios rapport til Kompetansepolitisk råd for 2092", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Unio og forbundene i Unio rapporterer her på tiltakene de har hatt i 2092 for å følge opp "
                    "Nasjonal kompetansepolitisk strategi. Tiltakene er ordnet etter hva slags tiltak det er.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "C9D7E8")
    rows = []
    for band, items in BANDS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        add_runs(merged.paragraphs[0], [(band, "b")])
        set_cell_shading(merged, "EFEFEF")
        for name, txt, goal, ans, sam, partners, seed, dm, ty in items:
            cells = t.add_row().cells
            add_runs(cells[0].paragraphs[0], [(name, "b")])
            for c, v in zip(cells[1:], [txt, goal, ans, sam]):
                c.paragraphs[0].add_run(v)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, txt))
    set_col_widths(t, [3.4, 6.2, 2.8, 2.4, 2.2])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Hilde Rønning, seniorrådgiver i Unio, tlf. 23 06 11 20")
    save_docx(d, out / FILENAME, "Hilde Rønning")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
