"""10 – VOFO: Word report whose measures sit in tables nested inside the cells of a layout table."""
from __future__ import annotations

from pathlib import Path

from .common import R, docx_props, normalise_zip

FILE = "VOFO_rapport_kompetansepolitisk_raad_2070.docx"
MEMBER = "VOFO"
HOW = "DOCX (python-docx), nested tables (w:tbl inside w:tc), zip normalised"
SHAPE = ("Layout table with two columns: the narrow left cell names the hovedinnsatsområde, the wide "
         "right cell holds an inner table Tiltak / Delmål / Type / Ansvar / Med / Om tiltaket; the inner "
         "tables have different column counts per area (area 1 has no 'Med'); a note row in the outer "
         "table about 2069/2071")

ROWS = [
    R("Forumet for karriereveiledning (nasjonalt)", "M03", "1.3", "Råd/utvalg/nettverk", "VOFO", "",
      "VOFO representerer studieforbundene og frivilligheten i forumet.", tw="Nettverk", area=1),
    R("Kompetanseuka 2070", "J02", "2.2", "Arrangement", "VOFO", "Virke, studieforbundene",
      "Nasjonal uke for læring i arbeidslivet; VOFO koordinerte programmet.", tw="Arrangement", area=2),
    R("Lesesirkler i Kompetansepluss arbeid", "J08", "3.2", "Prosjekt", "VOFO", "AOF, HK-dir",
      "Samordning av studieforbundenes lesesirkler for ansatte med svake grunnleggende ferdigheter.",
      tw="Prosjekt", area=3),
    R("Kurs i grunnleggende ferdigheter for frivillige", "U22", "3.6", "Kurs/utdanning",
      "Studieforbundet Folkeuniversitetet", "Frivillighet Norge",
      "Kurs i lesing, regning og digitale ferdigheter for tillitsvalgte i frivillige lag.", tw="Kurs",
      area=3),
    R("Studieforbundenes læringsbarometer", "U23", "2.2", "FoU", "VOFO", "NIFU",
      "Undersøkelse om deltakelse i ikke-formell opplæring, med tall for 2070.", tw="Undersøkelse",
      area=2),
    R("Opplæringsportalen «Lær mer»", "U24", "3.6", "Informasjon", "VOFO", "",
      "Søkbar oversikt over studieforbundenes kurs for voksne, 11 000 kurs publisert.",
      tw="Nettportal", area=3),
]

WIDTHS6 = (3.2, 1.1, 1.8, 2.2, 2.2, 3.3)
WIDTHS5 = (3.4, 1.2, 1.9, 2.4, 4.9)

AREAS = {1: "Hovedinnsatsområde 1\nGode valg for den enkelte og for samfunnet",
         2: "Hovedinnsatsområde 2\nLæring i arbeidslivet",
         3: "Hovedinnsatsområde 3\nVoksne med svak tilknytning til arbeidslivet"}


def _grid(table, widths_cm):
    """Set w:tblGrid column widths (LibreOffice and Word lay out nested tables from these)."""
    from docx.shared import Cm

    cols = table._tbl.tblGrid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol")
    for gc, w in zip(cols, widths_cm):
        gc.w = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def build(out: Path) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    docx_props(doc, "VOFO – rapport 2070", "VOFO")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd – tiltak i 2070")
    doc.add_paragraph("Studieforbundene bidrar særlig under hovedinnsatsområde 3. Tabellen under viser "
                      "VOFOs tiltak fordelt på hovedinnsatsområdene.")
    outer = doc.add_table(rows=0, cols=2)
    outer.style = "Table Grid"
    outer.autofit = False
    for a in (1, 2, 3):
        cells = outer.add_row().cells
        cells[0].width, cells[1].width = Cm(3.4), Cm(14.6)
        cells[0].text = ""
        first, second = AREAS[a].split("\n")
        cells[0].paragraphs[0].add_run(first).bold = True
        cells[0].add_paragraph(second)
        rows = [r for r in ROWS if r.x("area") == a]
        head = ["Tiltak", "Delmål", "Type", "Ansvar", "Med", "Om tiltaket"]
        if a == 1:
            head = ["Tiltak", "Delmål", "Type", "Ansvar", "Om tiltaket"]
        cells[1].text = ""
        inner = cells[1].add_table(rows=1, cols=len(head))
        inner.style = "Table Grid"
        for c, h in zip(inner.rows[0].cells, head):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for r in rows:
            vals = {"Tiltak": r.tiltak, "Delmål": r.delmal, "Type": r.x("tw"), "Ansvar": r.ansvarlig,
                    "Med": r.samarbeidspartnere, "Om tiltaket": r.beskrivelse}
            rc = inner.add_row().cells
            for c, h in zip(rc, head):
                c.text = vals[h]
        inner.autofit = False
        _grid(inner, WIDTHS5 if len(head) == 5 else WIDTHS6)
    note = outer.add_row().cells
    m = note[0].merge(note[1])
    m.text = ("Merknad: «Ordkurs på arbeidsplassen» ble avsluttet i 2069 og er ikke med. "
              "Et nettverk for studieforbundenes rådgivere planlegges fra 2071.")
    _grid(outer, (3.4, 14.6))
    doc.add_paragraph("")
    doc.add_paragraph("Oslo, 27. januar 2071 · VOFO, Akersgata 16")
    path = out / FILE
    doc.save(path)
    normalise_zip(path)
    return path
