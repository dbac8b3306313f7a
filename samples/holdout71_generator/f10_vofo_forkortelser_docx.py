"""VOFO: an ordinary Word table whose partner column uses the study associations' abbreviations (AOF, FU, K-stud,
SKT, SSB), explained in a key «Forkortelser» under the table; the truth keeps them as the file writes them. VOFO's
kind words (Samarbeidsprosjekt, Opplæringstilbud, Informasjonstiltak, Festival, Statistikk). VOFO has no council seat
this year; its share of the joint language project is named «– studieforbundenes del». One row is outside 2091
(«flyttet og holdes først i april neste år»)."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, INFO, KURS, PROSJEKT, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "VOFO rapport KPR 2091.docx"
MEMBER = "VOFO"
FORMAT = ("DOCX (python-docx), landscape, one ruled table with a shaded header row and an abbreviation key under it, "
          "zip normalised")
SHAPE = ("ordinary Word table: title, intro, header Tiltak / Beskrivelse / Delmål / Tiltakstype / Ansvarlig / "
         "Samarbeid (forkortelser, se under); delmål as plain codes; VOFO's kind words (Samarbeidsprosjekt, "
         "Opplæringstilbud, Informasjonstiltak, Festival, Statistikk); partners as the study associations' "
         "abbreviations (AOF, FU, K-stud, SKT) and SSB, explained only in a key «Forkortelser» under the table; the "
         "joint project named «Språkløftet på arbeidsplassen – studieforbundenes del»; one row outside 2091 told "
         "only in the text")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Tiltakstype cells, the row 'Voksenopplæringskonferansen' "
             "(moved to April next year), the key «Forkortelser», the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Tiltakstype", "Ansvarlig", "Samarbeid (forkortelser, se under)"]

# name, text, dm, kind, ansvarlig, partners, seed, type
ROWS = [
    ("Språkløftet på arbeidsplassen – studieforbundenes del",
     "Studieforbundene stilte med lærere og kursopplegg i 160 virksomheter, og 1 900 ansatte deltok i norskopplæring "
     "i arbeidstiden.", "3.4", "Samarbeidsprosjekt", "VOFO", "AOF, FU, K-stud", "J03", PROSJEKT),
    ("Grunnleggende ferdigheter i lag og foreninger",
     "Kurs i lesing, regning og digitale ferdigheter for medlemmer av frivillige lag, finansiert gjennom "
     "Kompetansepluss frivillighet. 2 400 deltakere i 310 kurs.", "3.2", "Opplæringstilbud", "VOFO", "FU, SKT",
     None, KURS),
    ("Læringsvarsel – nyhetsbrev til lag og foreninger",
     "Et månedlig nyhetsbrev til 4 000 lag og foreninger med råd om hvordan de kan bruke studieforbundenes kurs og "
     "tilskudd.", "3.6", "Informasjonstiltak", "VOFO", "", None, INFO),
    ("Læringsfestivalen 2091",
     "En festival i Bergen med 60 gratis kurs og verksteder i regi av studieforbundene. Festivalen hadde 5 200 "
     "besøkende.", "3.6", "Festival", "VOFO Vest", "AOF, FU, K-stud, SKT", None, ARR),
    ("Statistikkrapport om voksnes deltakelse i studieforbund",
     "En analyse av hvem som deltar i studieforbundenes kurs, basert på tall for de siste ti årene. Rapporten viser at "
     "flere menn under 40 år deltar enn før.", "3.6", "Statistikk", "VOFO", "SSB", None, FOU),
    ("Voksenopplæringskonferansen",
     "Konferansen er flyttet og holdes først i april neste år.", "3.6", "Konferanse", "VOFO", "", "", None),
]
KEY = ("Forkortelser: AOF = Arbeidernes opplysningsforbund · FU = Folkeuniversitetet · K-stud = Kristelig "
       "studieforbund · SKT = Studieforbundet kultur og tradisjon · SSB = Statistisk sentralbyrå")


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=2.0)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("VOFO – rapport til Kompetansepolitisk råd 2091", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Voksenopplæringsforbundet (VOFO) rapporterer her tiltakene forbundet og studieforbundene har "
                    "gjennomført i 2091.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "FBE4D5")
    rows = []
    for name, txt, dm, kind, ans, med, seed, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [txt, dm, kind, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    set_col_widths(t, [5.6, 9.2, 1.6, 3.4, 2.3, 3.6])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run(KEY)
    r.italic = True
    r.font.size = Pt(8.5)
    d.add_paragraph("Oslo, 13. januar 2092 – Per Olav Nystad, seniorrådgiver i VOFO")
    save_docx(d, out / FILENAME, "Per Olav Nystad")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
