"""04 – Unio: tertial grid – delmål rows × three tertial columns, a measure repeats in every tertial it ran."""
from __future__ import annotations

from pathlib import Path

from .common import R, docx_props, normalise_zip

FILE = "Unio_tertialrapport_3-2070.docx"
MEMBER = "Unio"
HOW = "DOCX (python-docx), landscape, zip normalised"
SHAPE = ("Tertial grid: one row per delmål ('2.5 Dokumentere realkompetanse'), columns 1./2./3. tertial; "
         "each cell lists 'Name (own type word) – status note for that tertial', so most measures appear "
         "two or three times; no descriptions; a separate list 'Ansvar og samarbeid' with one line per "
         "measure; a row for 3.x with only 'Ingen egne tiltak'; plan for 2071 in the closing paragraph")

ROWS = [
    R("Nasjonalt forum for karriereveiledning", "M03", "1.3", "Råd/utvalg/nettverk",
      "Unio (Utdanningsforbundet)", "", "", tw="forum",
      t={1: "to møter, innspill om rådgivere i skolen", 2: "arbeidsmøte om kvalitetsrammeverket",
         3: "årsmøte i november"}),
    R("UHRs fagstrategiske enhet for helse- og sosialfag", "M06", "1.4", "Råd/utvalg/nettverk",
      "Unio (NSF)", "UHR", "", tw="rådsplass",
      t={1: "møte om praksisstudier", 3: "uttalelse om nasjonale retningslinjer"}),
    R("Modulbasert digitalkurs for kommuneansatte", "J05", "2.1", "Kurs/utdanning", "Unio kommune",
      "KS", "", tw="kurs", t={2: "pilot i fire kommuner", 3: "åpnet for alle kommuner, 1 900 påmeldte"}),
    R("EVU-undersøkelsen 2070", "J09", "2.2", "FoU", "Unio", "Akademikerne, YS", "",
      tw="undersøkelse", t={1: "spørreskjema utviklet", 2: "datainnsamling og rapport i juni"}),
    R("Kompetansenettverk for tillitsvalgte i helse", "U09", "2.2", "Råd/utvalg/nettverk",
      "Unio (NSF, Fysioterapeutforbundet)", "", "", tw="nettverk",
      t={1: "oppstartssamling", 2: "digitale nettverksmøter", 3: "erfaringsnotat"}),
    R("Fagdag om kompetanse i kommunehelsetjenesten", "U10", "2.4", "Arrangement", "Unio",
      "KS, Høgskulen på Vestlandet", "", tw="fagdag", t={3: "gjennomført 12. oktober, 180 deltakere"}),
    R("Realkompetansevurdering for spesialsykepleie", "J04", "2.5", "Prosjekt",
      "Norsk Sykepleierforbund", "Spekter, helseforetakene", "", tw="prosjekt",
      t={1: "prosjektgruppe nedsatt", 2: "kriterier for intensivsykepleie utarbeidet",
         3: "utprøving ved to helseforetak"}),
    R("Kampanjen «Få utdanningen din godkjent»", "J10", "2.6", "Informasjon", "Unio", "HK-dir", "",
      tw="kampanje", t={2: "kampanje i sosiale medier i mai og juni"}),
]

GRID = [
    ("1.3 Karriereveiledning", ["M03"]),
    ("1.4 Samarbeid utdanning og arbeidsliv", ["M06"]),
    ("2.1 Digital kompetanse", ["J05"]),
    ("2.2 Kunnskap om læring i arbeidslivet", ["J09", "U09"]),
    ("2.4 Kobling av kompetansebehov og tilbydere", ["U10"]),
    ("2.5 Dokumentere realkompetanse", ["J04"]),
    ("2.6 Godkjenning av utenlandsk utdanning", ["J10"]),
    ("3.1–3.6 Voksne med svak tilknytning", []),
]


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def build(out: Path) -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    by = {r.seed_row: r for r in ROWS}
    doc = Document()
    docx_props(doc, "Tertialrapport 3/2070", "Unio")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec.header.paragraphs[0].text = "Unio – Tertialrapport 3/2070 – Kompetansepolitisk råd"

    doc.add_heading("Tertialrapport 3/2070: Unios tiltak i Kompetansepolitisk råd", 1)
    doc.add_paragraph(
        "Tabellen viser hva Unio og forbundene har gjort i hvert tertial i 2070, ordnet etter delmålene i "
        "strategien. Et tiltak som har pågått hele året, står derfor i flere kolonner.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Delmål", "1. tertial (jan–apr)", "2. tertial (mai–aug)",
                                        "3. tertial (sep–des)")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        _shade(c, "D9E2F3")
    for label, ids in GRID:
        cells = t.add_row().cells
        cells[0].text = label
        for k in (1, 2, 3):
            cell = cells[k]
            items = [(by[i], by[i].x("t")[k]) for i in ids if k in by[i].x("t")]
            if not ids and k == 1:
                cell.text = "Ingen egne tiltak – se LOs og VOFOs rapporter."
                continue
            first = True
            for r, note in items:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.add_run(f"{r.tiltak} ({r.x('tw')})").bold = True
                p.add_run(f" – {note}")
    widths = (Cm(5.0), Cm(7.2), Cm(7.2), Cm(6.6))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_heading("Ansvar og samarbeid", 2)
    for r in ROWS:
        line = f"{r.tiltak}: ansvar {r.ansvarlig}"
        if r.samarbeidspartnere:
            line += f"; samarbeid med {r.samarbeidspartnere}"
        doc.add_paragraph(line + ".", style="List Bullet")
    doc.add_heading("Videre", 2)
    doc.add_paragraph(
        "I 2071 planlegger Unio en egen konferanse om videreutdanning for lærere i barnehage og skole. "
        "Ordningen med stipend til helsefagarbeidere (avsluttet 2069) er ikke tatt med.")
    doc.add_paragraph("Oslo, 28. januar 2071 – Unio-sekretariatet")
    path = out / FILE
    doc.save(path)
    normalise_zip(path)
    return path
