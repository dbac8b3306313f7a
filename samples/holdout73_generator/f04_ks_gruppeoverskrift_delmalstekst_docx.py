"""KS: an ordinary Word table with two header rows – group cells merged across two columns each («Tiltaket»,
«Kobling til strategien», «Hvem») over the column names (Navn / Omtale / Delmål / Virkemiddel / Ansvarlig i KS /
Partnere). The delmål is given as its code followed by the opening words of the strategy's own text, cut with an
ellipsis («1.3 Sørge for tilgang til karriereveiledning …»). KS's kind words (Nettverksarbeid, Felles arrangement,
Opplæringstilbud, Informasjonskampanje, Analyse, Lederprogram). One row ended in 2092, said only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "KS – rapport til Kompetansepolitisk råd 2093.docx"
MEMBER = "KS"
FORMAT = ("DOCX (python-docx), landscape, one ruled table with two header rows (group cells merged across two "
          "columns), zip normalised")
SHAPE = ("ordinary Word table: title, intro, a first header row of three merged group cells «Tiltaket» / «Kobling til "
         "strategien» / «Hvem» over the column names Navn / Omtale / Delmål / Virkemiddel / Ansvarlig i KS / "
         "Partnere; the delmål as its code followed by the opening words of the strategy's text, cut with an ellipsis "
         "(«1.3 Sørge for tilgang til karriereveiledning …», «1.1 Etablere et kompetansebehovsutvalg (KBU) …» on an "
         "analysis that is no seat in KBU); KS's kind words (Nettverksarbeid, Felles arrangement, "
         "Opplæringstilbud, Informasjonskampanje, Analyse, Lederprogram); the NFK seat named «KS i Nasjonalt forum "
         "for karriereveiledning»; a row that ended in 2092 told only in words; a contact line")
NOT_TRUTH = ("the title and intro, both header rows, the Delmål and Virkemiddel cells, the row 'Kompetanseløftet i "
             "barnevernet' (ended in 2092, kept as background), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

D13 = "1.3 Sørge for tilgang til karriereveiledning …"
# name, omtale, delmål text, kind, ansvarlig, partnere, seed, dm, type
ROWS = [
    ("KS i Nasjonalt forum for karriereveiledning",
     "KS representerer kommunesektoren i forumet. I 2093 arbeidet forumet med felles kompetansekrav for "
     "karriereveiledere i kommunene.", D13, "Nettverksarbeid", "KS Utdanning", "", "M01", "1.3", RAD),
    ("Karriereuka 2093 i kommunene",
     "KS fikk med 85 kommuner som holdt åpne karrieresamtaler for ansatte og innbyggere i Karriereuka.", D13,
     "Felles arrangement", "KS Utdanning", "HK-dir, fylkeskommunene", "J03", "1.3", ARR),
    ("Norsk i praksis",
     "Ansatte med innvandrerbakgrunn i helse og omsorg lærer norsk på arbeidsplassen med en kollega som språkmentor. "
     "36 kommuner og 620 ansatte deltok i 2093.", "3.4 Målrette og effektivisere norskopplæring …",
     "Opplæringstilbud", "KS Arbeidsgiverpolitikk", "Virke, HK-dir", "J04", "3.4", KURS),
    ("Rekrutteringskampanje for lærlinger i kommunene",
     "Kampanjen «Lær i kommunen» i sosiale medier viste fram lærefagene i kommunene. Over 2 000 søkte læreplass i en "
     "kommune, 15 prosent flere enn året før.",
     "2.3 Samarbeide om å synliggjøre og utvikle karrieremulighetene …", "Informasjonskampanje",
     "KS Arbeidsgiverpolitikk", "fylkeskommunene", None, "2.3", INFO),
    ("Analyse av rekrutteringsbehov i helse og omsorg",
     "Analysen anslår kommune for kommune hvor mange sykepleiere og helsefagarbeidere kommunene trenger fram mot "
     "2040.", "1.1 Etablere et kompetansebehovsutvalg (KBU) …", "Analyse", "KS Analyse",
     "Samfunnsøkonomisk analyse", None, "1.1", FOU),
    ("Lederprogram for digital omstilling",
     "Program på 15 studiepoeng for ledere i kommunene om digital omstilling og tjenesteutvikling. 70 ledere fullførte "
     "i 2093.", "2.1 Styrke og videreutvikle den digitale kompetansen …", "Lederprogram", "KS Digitalisering",
     "OsloMet", None, "2.1", KURS),
    ("Kompetanseløftet i barnevernet",
     "Tiltaket ble avsluttet i 2092 og er med bare som bakgrunn for analysen av rekrutteringsbehov.",
     "1.4 Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere …", "Opplæringstilbud",
     "KS Utdanning", "Bufdir", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("KS – rapport til Kompetansepolitisk råd for 2093", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("KS følger opp Nasjonal kompetansepolitisk strategi sammen med kommunene og fylkeskommunene. "
                    "Tabellen viser KS' tiltak i 2093.")
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    groups = [("Tiltaket", 0, 1), ("Kobling til strategien", 2, 3), ("Hvem", 4, 5)]
    for label, a, b in groups:
        c = t.cell(0, a).merge(t.cell(0, b))
        add_runs(c.paragraphs[0], [(label, "b")])
        set_cell_shading(c, "B7DEE8")
    for c, h in zip(t.rows[1].cells, ["Navn", "Omtale", "Delmål", "Virkemiddel", "Ansvarlig i KS", "Partnere"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DAEEF3")
    rows = []
    for name, omt, dmt, kind, ans, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [omt, dmt, kind, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, omt))
    set_col_widths(t, [4.8, 8.2, 4.4, 3.3, 2.7, 2.7])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Siri Bakken Lund, KS Utdanning, januar 2094")
    save_docx(d, out / FILENAME, "Siri Bakken Lund")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
