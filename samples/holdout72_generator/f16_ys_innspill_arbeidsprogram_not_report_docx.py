"""Not a member report: YS's input to the council's work programme. A letter from a member, sent in the same week as
the reports, with a table Tema / Begrunnelse / Forslag til oppfølging i rådet whose rows name a joint measure
(DigiTV, Fagskoleuka), a council (KBU, SRY and the faglige råd) and what the council should do next. It proposes
work; it reports no measure of 2092. YS's report is file 6."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_text_deep, save_docx, set_cell_shading, set_col_widths

FILENAME = "YS – innspill til rådets arbeidsprogram.docx"
MEMBER = None
FORMAT = "DOCX (python-docx), portrait, a letter with one ruled three-column table, zip normalised"
SHAPE = ("NOT a member report: a member's input to the council's work programme «Innspill fra YS til "
         "arbeidsprogrammet for Kompetansepolitisk råd», dated January 2093 and referring to the experience of "
         "2092, with a table Tema / Begrunnelse / Forslag til oppfølging i rådet whose topics name DigiTV, KBU's "
         "report, Fagskoleuka and the faglige råd; proposals for the council, no measures; no truth rows")
NOT_TRUTH = ("everything (not a member report): the letter head, the intro, the table of topics, reasons and "
             "proposals, the closing and signature")

HEAD = ["Tema", "Begrunnelse", "Forslag til oppfølging i rådet"]
TOPICS = [
    ("Erfaringer fra DigiTV",
     "Kurset for tillitsvalgte er godt mottatt i kommunene, men få tillitsvalgte i privat sektor har tatt det.",
     "Rådet bør be om en evaluering av DigiTV og drøfte en versjon for privat sektor."),
    ("Kompetansebehovsutvalgets rapport om helse og omsorg",
     "Rapporten viser store behov for fagarbeidere og spesialsykepleiere fram mot 2105.",
     "Et eget møte i rådet om oppfølgingen av rapporten, der KBU legger fram hovedfunnene."),
    ("Fagskoleuka",
     "Fagskoleuka samlet mange besøkende i 2092, men er avhengig av frivillig innsats fra partene hvert år.",
     "Rådet bør drøfte om Fagskoleuka kan bli en fast, felles satsing med egen finansiering."),
    ("Partenes plasser i de faglige rådene",
     "Medlemmene rapporterer representasjonen i SRY og de faglige rådene på ulike måter.",
     "Sekretariatet bør lage en samlet oversikt over medlemmenes plasser i rådene før neste rapportering."),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.4)
    p = d.add_paragraph()
    add_runs(p, [("YS – Yrkesorganisasjonenes Sentralforbund", "b")])
    p.runs[0].font.size = Pt(13)
    d.add_paragraph("Til: Kompetansepolitisk råd v/sekretariatet")
    d.add_paragraph("Oslo, 20. januar 2093")
    p = d.add_paragraph()
    add_runs(p, [("Innspill fra YS til arbeidsprogrammet for Kompetansepolitisk råd", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("YS viser til sekretariatets invitasjon til å komme med innspill til rådets arbeidsprogram for "
                    "neste periode. Innspillene bygger på erfaringene fra 2092. Vår rapport om tiltakene er sendt "
                    "for seg.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E7EEF7")
    for vals in TOPICS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(vals[0], "b")])
        for c, v in zip(cells[1:], vals[1:]):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [4.2, 6.0, 6.0])
    d.add_paragraph()
    d.add_paragraph("Vi ser fram til å drøfte innspillene på rådsmøtet i mars.")
    d.add_paragraph("Med hilsen")
    d.add_paragraph("Eirik Sandvold\nfagsjef kompetanse, YS")
    save_docx(d, out / FILENAME, "Eirik Sandvold")
    return []


def text(path) -> str:
    return docx_text_deep(path)
