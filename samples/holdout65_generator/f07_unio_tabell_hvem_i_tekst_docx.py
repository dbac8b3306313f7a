"""Unio: an ordinary Word table with four columns only (Hva / Beskrivelse og resultat / Strategiens mål / Forbund og
partnere). There is no kind column: the kind must be read from the text. The goal is Unio's paraphrase, with the code
in brackets for some rows. The last column names the responsible union and the partners in one running phrase
(«Utdanningsforbundet, sammen med Universitetet i Agder og KS»). The UHR-FSE seat is named by a programme group of
the unit. Two rows are outside 2085, told only in the description."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Unio_rapport_KPR_2085.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), portrait, one ruled four-column table, zip normalised"
SHAPE = ("ordinary Word table with four columns: Hva / Beskrivelse og resultat / Strategiens mål / Forbund og "
         "partnere; no kind column (the kind only in the text); the goal as Unio's paraphrase, some with the code in "
         "brackets («Et bedre kunnskapsgrunnlag om kompetansebehov (1.1)»); the last column names the responsible "
         "union and the partners in one phrase («Utdanningsforbundet, sammen med Universitetet i Agder og KS»); the "
         "UHR-FSE seat named «Programgruppen for sykepleierutdanning i UHR-Helse og velferd»; two rows outside 2085 "
         "only in the description; a closing line with the contact")
NOT_TRUTH = ("the title, intro and header, the Strategiens mål cells, the words «sammen med» and «og» in the last "
             "column, the row 'Lederutdanning for tillitsvalgte i skolen' (last class finished in June last year), "
             "the row 'Rekrutteringsfilm om lektoryrket' (launched only in 2086), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, description, goal text, responsible, partners, seed, dm, type
ROWS = [
    ("Unios plass i Kompetansebehovsutvalget",
     "Unio har én av arbeidstakerplassene i utvalget. Vi har særlig fulgt opp behovet for lærere, sykepleiere og "
     "politiutdannede i den nye perioden, og utvalget har lovet en egen analyse av mangelen på spesialsykepleiere.",
     "Et bedre kunnskapsgrunnlag om kompetansebehov (1.1)", "Unio-sekretariatet", [], "M04", "1.1", RAD),
    ("Programgruppen for sykepleierutdanning i UHR-Helse og velferd",
     "Norsk Sykepleierforbund har arbeidslivets plass i programgruppen, som følger opp de nasjonale retningslinjene "
     "for sykepleierutdanningen. Gruppen hadde fire møter og foreslo mer praksis i kommunehelsetjenesten.",
     "Relevante utdanninger gjennom samarbeid med arbeidslivet", "Norsk Sykepleierforbund", [], "M05", "1.4", RAD),
    ("Videreutdanning i spesialpedagogikk for barnehagelærere",
     "Deltidsstudium på 30 studiepoeng for barnehagelærere som arbeider med barn med særskilte behov. 210 "
     "barnehagelærere fullførte studiet i 2085, og KS har bidratt med vikarmidler.",
     "Etter- og videreutdanning som virksomhetene trenger (2.4)", "Utdanningsforbundet",
     ["Universitetet i Agder", "KS"], None, "2.4", KURS),
    ("Undersøkelse om kompetanseutvikling i politiet",
     "Spørreundersøkelse til 4 000 medlemmer om tid og penger til etter- og videreutdanning. Undersøkelsen viser at "
     "bare hver tredje har fått videreutdanning de siste fem årene.",
     "Mer kunnskap om læring i arbeidslivet", "Politiets Fellesforbund", ["Politihøgskolen"], None, "2.2", FOU),
    ("Karrieredag for fysioterapeuter i kommunene",
     "Heldagsarrangement i Trondheim med foredrag, stands og veiledningssamtaler for fysioterapeuter som vurderer "
     "ny retning i yrket. 180 deltok.",
     "Karriereveiledning for voksne (1.3)", "Norsk Fysioterapeutforbund", ["Karriere Trøndelag"], None, "1.3", ARR),
    ("Mentorprogram for sykepleiere utdannet i utlandet",
     "Sykepleiere med utdanning fra land utenfor EU/EØS får en erfaren kollega som mentor mens de venter på "
     "autorisasjon og tar kompletterende utdanning. 75 par var med i 2085.",
     "Raskere vei til autorisasjon for helsepersonell utdannet i utlandet", "Norsk Sykepleierforbund",
     ["Oslo universitetssykehus", "Lovisenberg Diakonale Sykehus"], None, "2.6", PROSJEKT),
    ("Lederutdanning for tillitsvalgte i skolen",
     "Siste kull fullførte i juni i fjor, og tilbudet er ikke videreført.",
     "Etter- og videreutdanning som virksomhetene trenger (2.4)", "Utdanningsforbundet", ["Handelshøyskolen BI"],
     "", "", None),
    ("Rekrutteringsfilm om lektoryrket",
     "Filmen er spilt inn i høst, men lanseres først i 2086 sammen med opptakskampanjen.",
     "Flere velger læreryrket", "Norsk Lektorlag", [], "", "", None),
]


def _who(ans: str, med: list[str]) -> str:
    if not med:
        return ans
    if len(med) == 1:
        return f"{ans}, sammen med {med[0]}"
    return f"{ans}, sammen med {', '.join(med[:-1])} og {med[-1]}"


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Unio – rapport til Kompetansepolitisk råd for 2085", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Her er tiltakene Unio og forbundene har gjennomført i 2085. I siste kolonne står først "
                    "forbundet som har ansvaret, deretter de vi har samarbeidet med.")
    head = ["Hva", "Beskrivelse og resultat", "Strategiens mål", "Forbund og partnere"]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DDEBF7")
    rows = []
    for name, desc, goal, ans, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, desc, goal, _who(ans, med)]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), desc))
    set_col_widths(t, [4.2, 7.0, 3.2, 2.6])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Sindre Lunde Aas, rådgiver i Unio-sekretariatet")
    save_docx(d, out / FILENAME, "Sindre Lunde Aas")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
