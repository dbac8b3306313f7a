"""VOFO: an ordinary landscape Word table where the type is ticked: six narrow columns headed by VOFO's own words
(Kurs / Prosjekt / Info / Møteplass / Råd/nettverk / Kartlegging) hold «☒» in the one that applies and «☐» in the
others. Delmål as a code with VOFO's short words («3.6 Læring i frivillig sektor»). A planned campaign launched next
year has its box ticked like the rest."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "VOFO – rapportering 2090.docx"
MEMBER = "VOFO"
FORMAT = "DOCX (python-docx), landscape, one ruled eleven-column table with ☒/☐ tick columns, zip normalised"
SHAPE = ("ordinary Word table: title, intro, header Tiltak / Hva ble gjort / Delmål / Kurs / Prosjekt / Info / "
         "Møteplass / Råd/nettverk / Kartlegging / Ansvarlig / Partnere; the type given only by which of the six tick "
         "columns holds «☒» (the others «☐»); delmål as a code with VOFO's words («1.3 Karriereveiledning», «3.4 Norsk "
         "for innvandrere», «3.6 Læring i frivillig sektor»); «–» for no partner; a planned campaign (launched next "
         "year) ticked like the others")
NOT_TRUTH = ("the title and intro, the header, the Delmål cells, the tick cells, the «–» cells, the row 'Kampanjen «Lær "
             "noe nytt»' (launched in March next year), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

KINDS = ["Kurs", "Prosjekt", "Info", "Møteplass", "Råd/nettverk", "Kartlegging"]
KIND_TYPE = {"Kurs": KURS, "Prosjekt": PROSJEKT, "Info": INFO, "Møteplass": ARR, "Råd/nettverk": RAD,
             "Kartlegging": FOU}

# name, text, delmål cell, kind, ansvarlig, partners, seed, dm, in truth
ROWS = [
    ("VOFO i Nasjonalt forum for karriereveiledning",
     "VOFO har studieforbundenes plass i forumet og deltok på fire møter. Vi tok opp hvordan kurs i studieforbundene "
     "kan inngå i karriereveiledning for voksne.", "1.3 Karriereveiledning", "Råd/nettverk", "VOFO sentralt", "–",
     "M01", "1.3", True),
    ("Norsk på jobben – studieforbundenes opplæring",
     "Studieforbundene har gitt norskopplæring på 140 arbeidsplasser i varehandel og renhold, i arbeidstiden. 1 900 "
     "ansatte deltok. Virke har rekruttert bedriftene.", "3.4 Norsk for innvandrere", "Prosjekt", "Folkeuniversitetet",
     "Virke", "J06", "3.4", True),
    ("Kurs for kursledere i grunnleggende ferdigheter",
     "Sju regionale kurs for kursledere i frivillige organisasjoner om hvordan de kan lære bort lesing, regning og "
     "digitale ferdigheter til voksne. 210 kursledere deltok.", "3.6 Læring i frivillig sektor", "Kurs",
     "Studieforbundet AOF Norge", "Studieforbundet kultur og tradisjon", None, "3.6", True),
    ("Frivillighetens læringsuke",
     "En uke med åpne kurs og læringsaktiviteter i lag og foreninger over hele landet. 600 arrangementer ble holdt.",
     "3.6 Læring i frivillig sektor", "Møteplass", "VOFO sentralt", "Frivillighet Norge", None, "3.6", True),
    ("Statistikk over studieforbundenes kurs for voksne med svake grunnferdigheter",
     "VOFO har samlet og analysert kursdata fra alle studieforbund for å vise hvem som deltar. Rapporten kom i juni.",
     "3.6 Læring i frivillig sektor", "Kartlegging", "VOFO sentralt", "–", None, "3.6", True),
    ("Kampanjen «Lær noe nytt»", "Planlagt. Lanseres i mars neste år.", "3.6 Læring i frivillig sektor", "Info",
     "VOFO sentralt", "–", "", "", False),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9, margins_cm=1.5)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("VOFO – rapportering til Kompetansepolitisk råd for 2090", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Voksenopplæringsforbundet rapporterer her studieforbundenes og VOFOs tiltak i 2090. Kryss av "
                    "for hva slags tiltak det er.")
    head = ["Tiltak", "Hva ble gjort", "Delmål"] + KINDS + ["Ansvarlig", "Partnere"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E7E6E6")
    rows = []
    for name, txt, dmc, kind, ans, med, seed, dm, truth in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        cells[1].paragraphs[0].add_run(txt)
        cells[2].paragraphs[0].add_run(dmc)
        for k, c in zip(KINDS, cells[3:9]):
            c.paragraphs[0].add_run("☒" if k == kind else "☐")
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[9].paragraphs[0].add_run(ans)
        cells[10].paragraphs[0].add_run(med)
        if truth:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, KIND_TYPE[kind], ans, "" if med == "–" else med, txt))
    set_col_widths(t, [4.0, 5.6, 2.3, 1.3, 1.8, 1.2, 2.0, 2.0, 2.2, 2.1, 2.2])
    d.add_paragraph()
    d.add_paragraph("Oslo, 30. januar 2091 – VOFO, fagavdelingen")
    save_docx(d, out / FILENAME, "VOFO")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
