"""04 KS - Word report whose table has a nested table in each cell of the right column."""
import datetime
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from .common import truth_row, result, normalise_zip, fix_ooxml_core

FILE = "04_KS_rapport_kompetansepolitisk_rad_2069.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx), nested tables"
SHAPE = ("Outer two-column table with one row per hovedinnsatsområde; the right-hand cell holds a nested table "
         "(Delmål / Tiltak / Virkemiddel / Omtale / Ansvar og samarbeid) with that area's measures; ansvar and "
         "samarbeid as two lines in one nested cell; one virkemiddel left empty; finished and planned rows "
         "marked inside the nested tables")
TRAPS = ("nested row «Kompetanseforum Viken» (avviklet desember 2068); nested row «Voksenopplæring i kommunene – "
         "kartlegging» (planlagt 2070); closing note")

AREAS = [
    ("1 Gode valg for den enkelte og for samfunnet", [
        ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriereveiledning – KS-representant",
         "Nettverk",
         "KS har representert kommunesektoren i forumet og fremmet behovet for bedre veiledning i "
         "voksenopplæringen.", "KS Utdanning og kompetanse", ""),
        ("J09", "1.2", "Råd/utvalg/nettverk", "Kompetansepartnerskap Nord", "Partnerskap",
         "Regionalt partnerskap mellom KS Nordland, fylkeskommunen og partene for å samordne kompetansetiltak "
         "i kommunene. Fem samlinger i 2069.", "KS Nordland",
         "Nordland fylkeskommune, NAV og partene i arbeidslivet"),
        (None, "1.2", None, "Kompetanseforum Viken", "Forum (avsluttet)",
         "Forumet ble avviklet i desember 2068, og sluttrapporten ble sendt rådet i fjor.", "KS Viken", ""),
    ]),
    ("2 Læring i arbeidslivet", [
        ("J03", "2.1", "Kurs/utdanning", "Digitalt kompetanseløft i helse og omsorg", "Opplæring",
         "Nettkurs og lokale kursholdere i velferdsteknologi og digital samhandling for ansatte i kommunal helse "
         "og omsorg. 8 700 ansatte fullførte minst ett kurs.", "KS Digitalisering", "Spekter og Unio"),
        ("M02", "2.3", "Råd/utvalg/nettverk", "KS' plass i SRY", "Råd",
         "KS møter i Samarbeidsrådet for yrkesopplæring på vegne av kommunesektoren og fylkeskommunene som "
         "lærlingmyndighet.", "KS Utdanning og kompetanse", ""),
        ("U0401", "2.3", "Prosjekt", "Rekrutteringsprogram for lærlinger i kommunene", "Program",
         "Programmet støtter kommuner som vil ta inn flere lærlinger i helsearbeiderfaget og barne- og "
         "ungdomsarbeiderfaget. 63 kommuner deltok.", "KS Arbeidsgiverpolitikk", ""),
    ]),
    ("3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("U0402", "3.4", "Råd/utvalg/nettverk", "Erfaringsnettverk for introduksjonsprogrammet", "",
         "Digitalt nettverk der kommunene deler erfaringer med å kombinere introduksjonsprogram, norskopplæring "
         "og arbeidspraksis. Fire nettverkssamlinger.", "KS Samfunnsutvikling", "IMDi"),
        (None, "3.1", None, "Voksenopplæring i kommunene – kartlegging", "Kartlegging (planlagt 2070)",
         "Kartleggingen av kommunenes voksenopplæringstilbud starter i 2070.", "KS Utdanning og kompetanse", ""),
    ]),
]


def _shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def _widths(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for r in table.rows:
        for c, w in zip(r.cells, widths):
            c.width = w


def _set_text(cell, text, bold=False, size=9, italic=False):
    p = cell.paragraphs[0]
    for k, line in enumerate(text.split("\n")):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def build(outdir):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("KS – rapportering til Kompetansepolitisk råd for 2069", level=1)
    doc.add_paragraph("KS rapporterer her tiltakene vi har hatt i 2069, ordnet etter de tre "
                      "hovedinnsatsområdene i strategien. Tiltak som er avsluttet eller først starter neste år, "
                      "er tatt med til orientering og er merket i kolonnen Virkemiddel.")
    outer = doc.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    _set_text(outer.rows[0].cells[0], "Hovedinnsatsområde", True, 10)
    _set_text(outer.rows[0].cells[1], "KS' tiltak i 2069", True, 10)
    for c in outer.rows[0].cells:
        _shade(c, "1F4E79")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rows = []
    for area, meas in AREAS:
        orow = outer.add_row()
        _set_text(orow.cells[0], area, True, 10)
        _shade(orow.cells[0], "DEEAF6")
        cell = orow.cells[1]
        inner = cell.add_table(rows=1, cols=5)
        inner.style = "Table Grid"
        for c, t in zip(inner.rows[0].cells, ("Delmål", "Tiltak", "Virkemiddel", "Omtale", "Ansvar og samarbeid")):
            _set_text(c, t, True, 8)
            _shade(c, "F2F2F2")
        for seed, dm, typ, name, word, text, ans, part in meas:
            ir = inner.add_row()
            _set_text(ir.cells[0], dm)
            _set_text(ir.cells[1], name, bold=True)
            _set_text(ir.cells[2], word, italic=seed is None)
            _set_text(ir.cells[3], text)
            _set_text(ir.cells[4], "Ansvar: " + ans + ("\nSamarbeid: " + part if part else ""))
            if seed:
                rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
        # python-docx leaves an empty paragraph before the nested table; Word needs one after it as well
        cell.add_paragraph()
        _widths(inner, (Cm(1.5), Cm(4.4), Cm(2.6), Cm(8.0), Cm(4.5)))
    _widths(outer, (Cm(4.0), Cm(22.0)))
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: Marte Solberg, KS Utdanning og kompetanse.")
    cp = doc.core_properties
    cp.author = "Marte Solberg"
    cp.last_modified_by = "Marte Solberg"
    cp.title = "KS – rapportering til Kompetansepolitisk råd for 2069"
    cp.created = datetime.datetime(2070, 1, 19, 9, 0, 0)
    cp.modified = datetime.datetime(2070, 1, 28, 14, 25, 0)
    cp.revision = 5
    path = os.path.join(outdir, FILE)
    doc.save(path)
    normalise_zip(path, fix_ooxml_core("2070-01-19T09:00:00Z", "2070-01-28T14:25:00Z"))
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
