"""Unio: an ordinary Word table exported to PDF whose first column is the responsible union, not the measure. The goal
is a code with Unio's own words («1.1 – kunnskap om kompetansebehov»), the kind Unio's word (Representasjon, Nettkurs,
Seminar, Kartlegging, Forsøk). The partner column says «Ingen» where there are none and «Se beskrivelsen» where the
partners are named in the description's last sentence. The trap is Unio's own seminar on the KBU report. One row is
outside 2091 («ble ikke arrangert i 2091; neste gang er til høsten neste år»)."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Unio – rapport til Kompetansepolitisk råd 2091.pdf"
MEMBER = "Unio"
FORMAT = ("PDF exported by LibreOffice from a landscape DOCX (python-docx), one ruled six-column table with the "
          "responsible union in the first column; dates and /ID fixed")
SHAPE = ("ordinary Word table printed to PDF: title, intro, header Forbund / Tiltak / Hva er gjort i 2091 / Mål i "
         "strategien / Form / Samarbeid – the responsible union first, the measure second; the goal as a code with "
         "Unio's words («1.4 – relevante utdanninger»); Unio's kind words (Representasjon, Nettkurs, Seminar, "
         "Kartlegging, Forsøk); the partner cell «Ingen» (no partners) or «Se beskrivelsen» (the partners named in "
         "the description: «Kurset er utviklet sammen med Akademikerne og Kompetanseforbundet»); the UHR-FSE seat "
         "named «Profesjonsrådet for sykepleie i UHR-Helse og velferd»; one row outside 2091 told only in the text")
NOT_TRUTH = ("the title and intro, the header, the Mål i strategien and Form cells, the partner cells «Ingen» and «Se "
             "beskrivelsen», the row 'Lederkonferansen for barnehagesektoren' (held every second year, not in 2091, "
             "next time next autumn), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# forbund, tiltak, text, goal cell, kind, partner cell, partners (truth), seed, dm, type
ROWS = [
    ("Unio (sekretariatet)", "Kompetansebehovsutvalget – arbeidstakerplass",
     "Unio har en av arbeidstakerplassene i utvalget. I arbeidet med rapporten om offentlig sektor fikk vi gjennomslag "
     "for et eget kapittel om kompetansebehovene i helse og skole.",
     "1.1 – kunnskap om kompetansebehov", "Representasjon", "Ingen", "", "M03", "1.1", RAD),
    ("Unio (sekretariatet)", "Seminar om KBU-rapporten for forbundene",
     "Et halvdagsseminar der Unio la fram funnene i utvalgets rapport for ledere og rådgivere i forbundene. Seminaret "
     "var Unios eget og ikke et møte i utvalget.",
     "1.1 – kunnskap om kompetansebehov", "Seminar", "Ingen", "", None, "1.1", ARR),
    ("Norsk Sykepleierforbund", "Profesjonsrådet for sykepleie i UHR-Helse og velferd",
     "NSF har arbeidslivets plass i profesjonsrådet. Rådet arbeidet i 2091 med felles krav til sluttkompetanse i "
     "praksisstudiene.",
     "1.4 – relevante utdanninger", "Representasjon", "Ingen", "", "M06", "1.4", RAD),
    ("Utdanningsforbundet", "KI-kortet – Unio-forbundenes del",
     "Utdanningsforbundet og NSF har gjort det felles nettkurset kjent blant medlemmene, og 2 800 Unio-medlemmer "
     "fullførte kurset i 2091. Kurset er utviklet sammen med Akademikerne og Kompetanseforbundet.",
     "2.1 – digital kompetanse", "Nettkurs", "Se beskrivelsen", "Akademikerne, Kompetanseforbundet", "J05", "2.1",
     KURS),
    ("Forskerforbundet", "Kartlegging av etterutdanning i universitets- og høyskolesektoren",
     "Spørreundersøkelse til 4 100 medlemmer om tid og midler til faglig oppdatering. Rapporten ble lagt fram i "
     "september.",
     "2.2 – læring i arbeidslivet", "Kartlegging", "NIFU", "NIFU", None, "2.2", FOU),
    ("Norsk Ergoterapeutforbund", "Mentorordning for ergoterapeuter utdannet i utlandet",
     "Ergoterapeuter med utdanning fra land utenfor EØS fikk en erfaren kollega som mentor mens de tok "
     "kompletterende utdanning. 45 ergoterapeuter deltok, i samarbeid med OsloMet.",
     "2.6 – godkjenning av utenlandsk utdanning", "Forsøk", "Se beskrivelsen", "OsloMet", None, "2.6", PROSJEKT),
    ("Utdanningsforbundet", "Lederkonferansen for barnehagesektoren",
     "Konferansen holdes annethvert år og ble ikke arrangert i 2091; neste gang er til høsten neste år.",
     "2.4 – etter- og videreutdanning", "Seminar", "Ingen", "", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9, margins_cm=1.7)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Unio – rapport til Kompetansepolitisk råd for 2091", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Tabellen viser tiltakene Unio og Unio-forbundene har gjennomført i 2091 for å følge opp Nasjonal "
                    "kompetansepolitisk strategi. Forbundet som står først, har hatt ansvaret.")
    head = ["Forbund", "Tiltak", "Hva er gjort i 2091", "Mål i strategien", "Form", "Samarbeid"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E2EFD9")
    rows = []
    for forbund, name, txt, goal, kind, pcell, partners, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(forbund)
        add_runs(cells[1].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[2:], [txt, goal, kind, pcell]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, forbund, partners, txt))
    set_col_widths(t, [4.0, 4.9, 7.8, 3.9, 3.0, 2.7])
    d.add_paragraph()
    d.add_paragraph("Oslo, 16. januar 2092 – Unio-sekretariatet, ved fagsjef Marte Lindholm")
    docx_to_pdf(d, out / FILENAME, author="Marte Lindholm")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
