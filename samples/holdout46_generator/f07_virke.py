"""07 Virke: DOCX. A measures table whose first column holds only a coloured
symbol; the delmål is given solely through a legend ('Tegnforklaring') above
the table. Type column in Virke's own words. A closing note mentions a measure
Virke does NOT take part in (Kompetansekartet) — not a Virke row."""
import os

from docx.shared import Pt

from .common import T, FileResult, save_docx
from . import docxutil as du

FILENAME = "07_Virke_kompetanserapport_2066.docx"
MEMBER = "Virke"

LEGEND = [
    ("▲", "2E75B6", "Samarbeid mellom utdanningstilbydere og arbeidslivet (delmål 1.4)"),
    ("●", "C55A11", "Digital kompetanse i hele arbeidsstyrken (delmål 2.1)"),
    ("■", "548235", "Kunnskap om læring i arbeidslivet (delmål 2.2)"),
    ("◆", "7030A0", "Koble virksomhetenes kompetansebehov til etter- og videreutdanning (delmål 2.4)"),
    ("★", "BF9000", "Dokumentasjon av kompetanse ervervet i arbeidslivet (delmål 2.5)"),
]
SYM = {code: (sym, col) for sym, col, text in LEGEND for code in [text.split("delmål ")[1].rstrip(")")]}

ITEMS = [
    ("SRY – Virkes plass",
     "Virke har ett medlem i Samarbeidsrådet for yrkesopplæring og har fremmet handels- og "
     "tjenestenæringenes behov for lærlinger.", "Rådsarbeid", "Virke HR og kompetanse", "",
     T("SRY", "M02", "1.4", "Råd/utvalg/nettverk")),
    ("Bransjeprogrammet for varehandel (BPV)",
     "Virke leder bransjeprogrammet sammen med partene i handelen. I 2066 fikk 640 ansatte "
     "fagbrevrettet opplæring, og ledere fikk kurs i netthandel.", "Kurs og fagbrev",
     "Virke HR og kompetanse", "Parat, Handel og Kontor, NHO Service og Handel",
     T("Bransjeprogrammet for varehandel (BPV)", "J02", "2.4", "Kurs/utdanning")),
    ("SSBs lærelivsundersøkelse",
     "Virke satt i referansegruppen og bidro med spørsmål om læring i små virksomheter og ideell "
     "sektor.", "Undersøkelse", "Virke analyse", "Statistisk sentralbyrå, Kunnskapsdepartementet",
     T("SSBs lærelivsundersøkelse", "J05", "2.2", "FoU")),
    ("Digital Butikk",
     "Kortkurs i digital markedsføring, kassesystemer og netthandel for små handelsbedrifter, "
     "gjennomført i 11 byer.", "Kortkurs", "Virke Handel", "Handelshøyskolen BI",
     T("Digital Butikk", "U0701", "2.1", "Kurs/utdanning")),
    ("Realkompetansekurs for HR-ledere",
     "Kurs i hvordan virksomheter kan dokumentere og verdsette ansattes kompetanse ervervet i "
     "arbeidslivet.", "Kurs", "Virke HR og kompetanse", "",
     T("Realkompetansekurs for HR-ledere", "U0702", "2.5", "Kurs/utdanning")),
]


def build(out_dir: str) -> FileResult:
    doc = du.new_doc(font="Calibri", size=10.5, margins_cm=2.0, landscape=True)
    t = doc.add_paragraph()
    du.add_runs(t, [("Virke – kompetansepolitisk rapport 2066", {"bold": True, "size": 18, "color": "1F3864"})])
    doc.add_paragraph("Til sekretariatet for Kompetansepolitisk råd. Oversikten viser Virkes tiltak i "
                      "2066. Symbolet i første kolonne viser hvilket mål i strategien tiltaket hører til.")
    lg = doc.add_paragraph()
    du.add_runs(lg, [("Tegnforklaring", {"bold": True})])
    for sym, col, text in LEGEND:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        du.add_runs(p, [(sym + "  ", {"color": col, "bold": True, "size": 12}), (text, {"size": 10})])
    doc.add_paragraph()

    table = doc.add_table(rows=1 + len(ITEMS), cols=6)
    du.table_borders(table, color="A6A6A6")
    for i, h in enumerate(["Mål", "Tiltak", "Hva har vi gjort i 2066", "Form", "Ansvarlig", "Partnere"]):
        du.cell_text(table.rows[0].cells[i], h, bold=True, size=10)
        du.shade(table.rows[0].cells[i], "D9E2F3")
    rows = []
    for n, (name, desc, form, ansv, partn, truth) in enumerate(ITEMS, start=1):
        c = table.rows[n].cells
        sym, col = SYM[truth.delmal]
        du.cell_text(c[0], sym, bold=True, size=14, color=col, align="center")
        du.cell_text(c[1], name, bold=True, size=10)
        du.cell_text(c[2], desc, size=10)
        du.cell_text(c[3], form, size=10)
        du.cell_text(c[4], ansv, size=10)
        du.cell_text(c[5], partn, size=10)
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
        rows.append(truth)
    du.set_col_widths(table, [1.3, 5.0, 9.0, 2.8, 3.8, 4.6])

    doc.add_paragraph()
    p = doc.add_paragraph()
    du.add_runs(p, [("Andre forhold. ", {"bold": True}),
                    ("Virke følger med på arbeidet med Kompetansekartet, som ledes av Kompetanse Norge med "
                     "NHO og YS som partnere, men Virke deltar ikke i prosjektet i 2066 og rapporterer det "
                     "derfor ikke som eget tiltak.", {})])
    doc.add_paragraph("Oslo, 19. januar 2067 – Hovedorganisasjonen Virke")
    save_docx(doc, os.path.join(out_dir, FILENAME), "Virke", "Virke kompetanserapport 2066")
    return FileResult(FILENAME, MEMBER, "DOCX (python-docx, landscape)",
                      "Table whose first column is only a coloured symbol (▲●■◆★); delmål given via a "
                      "legend above the table; own type words; note on another member's measure", rows)
