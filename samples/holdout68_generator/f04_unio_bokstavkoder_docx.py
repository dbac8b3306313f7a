"""Unio: an ordinary portrait Word table Nr. / Tiltak / Forbund / Hva og hvorfor / Strategimål / Form. The kind is a
single letter in «Form» (R, O, U, K, I, M), explained in a key under the table in Unio's words. The goal is Unio's
paraphrase, with the code in brackets for some rows only. Partners are named only inside «Hva og hvorfor» («i
samarbeid med …»). The UHR-FSE seat is named by the unit. Two rows are outside 2088, said in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "Unio – tiltak 2088 til KPR.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), portrait, one ruled table with a shaded header row and a key under it, zip normalised"
SHAPE = ("ordinary Word table: title, intro, header Nr. / Tiltak / Forbund / Hva og hvorfor / Strategimål / Form; the "
         "kind as one letter (R, O, U, K, I, M) explained only in a key under the table («R = rådsarbeid, O = "
         "opplæring, … M = møteplass»); the goal as Unio's paraphrase, the code in brackets for some rows only; "
         "partners only inside the text («i samarbeid med VID vitenskapelige høgskole»); the UHR-FSE seat named "
         "«Arbeidslivsplassen i UHR-Lærerutdanning»; two rows outside 2088 by their text")
NOT_TRUTH = ("the title and intro, the header, the Nr., Strategimål and Form cells, the key «Forklaring til Form», the "
             "row 'Lederkurs for tillitsvalgte i barnehagen' (last gathering in November last year), the row 'Nettverk "
             "for seniorlektorer' (start moved to after the summer of 2089), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

KEY = ("Forklaring til Form: R = rådsarbeid, O = opplæring, U = utviklingsarbeid, K = kunnskap og analyse, "
       "I = informasjon og veiledning, M = møteplass.")

# name, forbund, text, goal text, letter, partners, seed, dm, type
ROWS = [
    ("Arbeidslivsplassen i UHR-Lærerutdanning", "Utdanningsforbundet",
     "Utdanningsforbundet har arbeidslivets plass i UHR-Lærerutdanning, UHRs fagstrategiske enhet for "
     "lærerutdanningene. Enheten arbeidet i 2088 med praksis i lektorutdanningene.",
     "Utdanningene og arbeidslivet må samarbeide tettere (1.4)", "R", [], "M03", "1.4", RAD),
    ("Rådet for samarbeid med arbeidslivet ved OsloMet", "Norsk Sykepleierforbund",
     "NSF deltar i RSA ved OsloMet. Rådet drøftet i 2088 kandidatmåltall og praksisplasser i helsefagene.",
     "Utdanningene og arbeidslivet må samarbeide tettere", "R", [], "M06", "1.4", RAD),
    ("Yrkesfaguka 2088", "Utdanningsforbundet",
     "Lærere på yrkesfag tok imot ungdomsskoleelever i verkstedene under den nasjonale yrkesfaguka i oktober. "
     "Utdanningsforbundet mobiliserte lærerne i samarbeid med fylkeskommunene og NHO.",
     "Flere skal velge yrkesfag (2.3)", "M", ["fylkeskommunene", "NHO"], "J04", "2.3", ARR),
    ("Kurs i klinisk veiledning for sykepleiere", "Norsk Sykepleierforbund",
     "Nettbasert kurs over ti uker for sykepleiere som veileder studenter og nyansatte, i samarbeid med VID "
     "vitenskapelige høgskole. 390 fullførte.",
     "Sykepleiere skal få relevant etter- og videreutdanning", "O", ["VID vitenskapelige høgskole"], None, "2.4",
     KURS),
    ("Undersøkelse om kompetanseutvikling i politiet", "Politiets Fellesforbund",
     "Spørreundersøkelse blant 4 100 medlemmer om hvilken opplæring de får i arbeidstiden, gjennomført i samarbeid "
     "med Politihøgskolen. Resultatene ble lagt fram i november.",
     "Mer kunnskap om læring på arbeidsplassen (2.2)", "K", ["Politihøgskolen"], None, "2.2", FOU),
    ("Veiledning for lærere med utdanning fra utlandet", "Utdanningsforbundet",
     "Medlemmer med lærerutdanning fra utlandet får hjelp med søknad om godkjenning og råd om kompletterende "
     "utdanning. 260 fikk veiledning i 2088, i samarbeid med HK-dir.",
     "Enklere godkjenning av utdanning fra utlandet", "I", ["HK-dir"], None, "2.6", INFO),
    ("Lederkurs for tillitsvalgte i barnehagen", "Utdanningsforbundet",
     "Siste samling var i november i fjor, og kurset er nå avsluttet.", "Læring i arbeidslivet", "O", [], "", "",
     None),
    ("Nettverk for seniorlektorer", "Utdanningsforbundet",
     "Oppstarten er flyttet til over sommeren 2089.", "Læring i arbeidslivet", "M", [], "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Unios tiltak i 2088 – rapport til Kompetansepolitisk råd", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tabellen viser tiltakene Unio og forbundene har gjennomført i 2088 for å følge opp den "
                    "kompetansepolitiske strategien. Kolonnen Form er forklart under tabellen.")
    head = ["Nr.", "Tiltak", "Forbund", "Hva og hvorfor", "Strategimål", "Form"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DEEAF6")
    rows = []
    for k, (name, forb, txt, goal, letter, med, seed, dm, ty) in enumerate(ROWS, 1):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(f"{k}.")
        add_runs(cells[1].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[2:], [forb, txt, goal, letter]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, forb, ", ".join(med), txt))
    set_col_widths(t, [0.9, 3.6, 2.7, 6.3, 2.6, 1.0])
    p = d.add_paragraph()
    add_runs(p, [(KEY, "i")])
    d.add_paragraph("Kontakt: Jon Are Fjeld, seniorrådgiver i Unio")
    save_docx(d, out / FILENAME, "Jon Are Fjeld")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
