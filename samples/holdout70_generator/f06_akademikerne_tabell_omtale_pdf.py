"""Akademikerne: a Word report exported to PDF by LibreOffice. A numbered overview table (Nr. / Tiltak / Forening /
Strategimål / Form / Partnere) with no description column; the descriptions stand in a section «Omtale av tiltakene»
under the table, one paragraph per measure that opens with its number in brackets («(3) …») and does not repeat the
name. The strategy goal is Akademikerne's paraphrase, no codes. The trap is an association's own analysis of the
joint survey's figures, the row right under it. A mentor programme closed the year before keeps its row and number."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Akademikerne – tiltak 2090 (rapport til KPR).pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF exported by LibreOffice from a landscape DOCX (python-docx): a ruled overview table without descriptions "
          "and a numbered description section under it; dates and /ID fixed")
SHAPE = ("overview table Nr. / Tiltak / Forening / Strategimål / Form / Partnere with no description column; each "
         "measure's description in the section «Omtale av tiltakene» below, a paragraph opening «(n)» with the row's "
         "number and no name; Strategimål as Akademikerne's words only («Bedre kunnskap om hvilken kompetanse Norge "
         "trenger», «Utdanning som er relevant for arbeidslivet», «Kunnskap om læring på jobben», «Digital kompetanse "
         "i hele arbeidsstyrken», «Gode utdanningsvalg og karriereveiledning»); Akademikerne's form words "
         "(Utvalgsarbeid, Rådsarbeid, Undersøkelse, Analyse, Kurs, Arrangement, Mentorprogram); «–» for no partner; "
         "row 7 closed the year before")
NOT_TRUTH = ("the title and intro, the table header, the Nr., Strategimål and Form cells, the «–» cells, row 7 "
             "'Mentorprogram for nyutdannede økonomer' and its description (closed the year before), the heading "
             "«Omtale av tiltakene» and the «(n)» numbers, the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

G11 = "Bedre kunnskap om hvilken kompetanse Norge trenger"
G14 = "Utdanning som er relevant for arbeidslivet"
G22 = "Kunnskap om læring på jobben"
G21 = "Digital kompetanse i hele arbeidsstyrken"
G13 = "Gode utdanningsvalg og karriereveiledning"

# name, forening, goal, form, partners (as written; "–" for none), description, seed, dm, type
ROWS = [
    ("KBU – Akademikernes representant", "Akademikerne sentralt", G11, "Utvalgsarbeid", "–",
     "Akademikernes representant i Kompetansebehovsutvalget er samfunnsøkonom og deltok på alle utvalgets seks "
     "møter. Hun ledet arbeidet med kapittelet om behovet for IKT-kompetanse i hovedrapporten.", "M03", "1.1", RAD),
    ("Teknas representant i RSA ved NTNU", "Tekna", G14, "Rådsarbeid", "–",
     "Tekna har en av arbeidslivsplassene i NTNUs råd for samarbeid med arbeidslivet. I 2090 ga rådet råd om nye "
     "etter- og videreutdanningstilbud i energi og kunstig intelligens.", "M04", "1.4", RAD),
    ("Læringsbarometeret 2090 – akademikerdelen", "Akademikerne sentralt", G22, "Undersøkelse", "Virke, Spekter",
     "Akademikerne sto for spørsmålene til ansatte med høyere utdanning i Læringsbarometeret, som vi gjennomfører "
     "sammen med Virke og Spekter. 4 100 akademikere svarte. Resultatene viser at to av tre har fått betalt "
     "videreutdanning de siste tre årene.", "J03", "2.2", FOU),
    ("Fordypningsanalyse om videreutdanning blant akademikere", "Samfunnsøkonomene", G22, "Analyse", "–",
     "Samfunnsøkonomene har brukt tallene fra barometeret til en egen analyse av hvem som får videreutdanning. "
     "Analysen er Akademikernes egen og er ikke en del av Læringsbarometeret.", None, "2.2", FOU),
    ("Kurs i kunstig intelligens for jurister", "Juristforbundet", G21, "Kurs", "Universitetet i Bergen",
     "Tre kursdager om bruk av kunstig intelligens i juridisk arbeid. 540 deltok, halvparten digitalt.", None, "2.1",
     KURS),
    ("Karrieredag for realister", "Tekna", G13, "Arrangement", "Universitetet i Oslo",
     "Karrieredag for realfagsstudenter med 60 utstillere og veiledningssamtaler med Teknas rådgivere. 1 200 "
     "studenter kom.", None, "1.3", ARR),
    ("Mentorprogram for nyutdannede økonomer", "Econa", G13, "Mentorprogram", "–",
     "Programmet ble lagt ned i fjor. Det står i tabellen for å vise at det er avsluttet.", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Sans", size=10, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Akademikerne – tiltak i 2090", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Rapport til Kompetansepolitisk råd fra Akademikerne og foreningene. Tabellen gir en oversikt; "
                    "hvert tiltak er omtalt under tabellen med samme nummer.")
    head = ["Nr.", "Tiltak", "Forening", "Strategimål", "Form", "Partnere"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E2EFDA")
    rows = []
    for n, (name, forening, goal, form, med, desc, seed, dm, ty) in enumerate(ROWS, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(n), name, forening, goal, form, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, forening, "" if med == "–" else med, desc))
    set_col_widths(t, [1.2, 7.6, 4.4, 6.2, 3.2, 3.5])
    d.add_paragraph()
    d.add_heading("Omtale av tiltakene", level=2)
    for n, r in enumerate(ROWS, 1):
        p = d.add_paragraph()
        add_runs(p, [(f"({n}) ", "b"), (r[5], "")])
    p = d.add_paragraph()
    add_runs(p, [("Kontakt: Akademikerne, fagsjef Jonas Eide Lund.", "i")])
    docx_to_pdf(d, out / FILENAME, author="Jonas Eide Lund")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
