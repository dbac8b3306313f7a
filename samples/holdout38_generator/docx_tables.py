"""Word tables: LO (two-row merged header, own column order) and NHO
(transposed: one tiltak per column)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import Doc, Row, pin_zip, set_docx_core


def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_widths(table, widths_cm) -> None:
    """Fix column widths in both the grid and every cell (LibreOffice and
    Word read different ones)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def put(cell, text: str, bold: bool = False, size: float = 9) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


LO_ROWS = [
    (Row("M01", "Medlemskap i Kompetansebehovsutvalget", "1.1",
         "Råd/utvalg/nettverk", "Avdeling for samfunnspolitikk", "",
         "LO har en av partsplassene i utvalget og deltar i arbeidet med "
         "utvalgets hovedrapport og temarapporter."), "Utvalg"),
    (Row("M02", "LO oppnevner representanter til SRY", "1.4",
         "Råd/utvalg/nettverk", "Utdanningsseksjonen", "Forbundene i LO",
         "LO oppnevner faste medlemmer og vararepresentanter til "
         "Samarbeidsrådet for yrkesopplæring og samordner forbundenes "
         "innspill før hvert møte."), "Rådsarbeid"),
    (Row("R101", "Skolering av LO-representanter i SRY og de faglige rådene",
         "1.4", "Kurs/utdanning", "LO-skolen", "",
         "Todagers samling for nye representanter om rollen i "
         "partssamarbeidet om fag- og yrkesopplæringen, med vekt på "
         "dimensjonering og læreplanarbeid.",
         trap="training LO's own representatives to SRY"), "Kursing"),
    (Row("J01", "LÆRA – Læringsløftet i arbeidslivet", "2.2", "FoU",
         "Utdanningsseksjonen", "NHO, Fafo, Kompetanse Norge",
         "Treårig forskningsprosjekt om hva investering i kompetanse gir "
         "igjen for den enkelte, virksomheten og samfunnet. LO sitter i "
         "styringsgruppen."), "Forskning"),
    (Row("J04", "Språkstigen", "3.4", "Prosjekt",
         "Avdeling for samfunnspolitikk",
         "Arbeids- og inkluderingsdepartementet, KS",
         "Norskopplæring kombinert med språkpraksis på arbeidsplassen for "
         "deltakere i introduksjonsprogrammet. LO stiller med tillitsvalgte "
         "som språkmentorer."), "Prosjekt"),
    (Row("R102", "Kompetansetillitsvalgte – nettverk i forbundene", "2.4",
         "Råd/utvalg/nettverk", "Organisasjonsavdelingen", "YS",
         "Nettverk for tillitsvalgte med særskilt ansvar for "
         "kompetanseutvikling på egen arbeidsplass; fire digitale samlinger "
         "i 2058."), "Nettverk"),
]


def build_lo(out_dir) -> Doc:
    fn = "LO_kompetansetiltak_2058.docx"
    d = Document()
    set_docx_core(d, "LOs tiltak 2058", "LO Utdanningsseksjonen")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    d.add_heading("LOs rapportering til Kompetansepolitisk råd – tiltak 2058", 1)
    d.add_paragraph(
        "Oversikten under viser LOs egne tiltak og deltakelse i felles "
        "organer i 2058. Kolonnen «Kategori» bruker LOs egne betegnelser.")
    t = d.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.rows[0].cells
    sub = t.rows[1].cells
    nr = top[0].merge(sub[0])
    put(nr, "Nr.", True)
    groups = [(1, 2, "Tiltaket"), (3, 4, "Kobling til strategien"),
              (5, 6, "Hvem")]
    for a, b, label in groups:
        c = top[a].merge(top[b])
        put(c, label, True)
        shade(c, "C9D7E8")
    shade(nr, "C9D7E8")
    for i, label in enumerate(["Navn", "Hva går det ut på", "Kategori",
                               "Delmål nr.", "Ansvarlig i LO", "Sammen med"],
                              start=1):
        put(sub[i], label, True)
        shade(sub[i], "E4ECF4")
    for n, (r, kategori) in enumerate(LO_ROWS, start=1):
        cells = t.add_row().cells
        vals = [f"{n}", r.tiltak, r.beskrivelse, kategori, r.delmal,
                r.ansvarlig, r.partners]
        for c, v in zip(cells, vals):
            put(c, v)
    set_widths(t, [1.0, 4.5, 8.3, 2.3, 1.8, 3.4, 4.0])
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: seniorrådgiver Marte Lien, LO.")
    path = out_dir / fn
    d.save(path)
    pin_zip(path)
    return Doc(fn, "LO", "Word table, two-row header with merged group cells, "
               "own column order, types in LO's own words",
               [r for r, _ in LO_ROWS])


NHO_ROWS = [
    (Row("M01", "Plass i Kompetansebehovsutvalget", "1.1",
         "Råd/utvalg/nettverk", "Kompetanseavdelingen", "",
         "NHO er én av hovedorganisasjonene med fast plass i KBU og bidrar "
         "med tall fra NHOs kompetansebarometer."),
     "1.1 Kompetansebehovsutvalget", "Råd, utvalg og nettverk"),
    (Row("M02", "NHO leder Samarbeidsrådet for yrkesopplæring", "1.4",
         "Råd/utvalg/nettverk", "Direktør for kompetanse", "",
         "NHO har ledervervet i SRY i perioden 2057–2059 og har prioritert "
         "tilbudsstrukturen og flere læreplasser."),
     "1.4", "Råd, utvalg og nettverk"),
    (Row("R103", "Frokostseminar: Hva betyr KBU-rapporten for bedriftene?",
         "1.1", "Arrangement", "NHO Arena", "",
         "Åpent seminar der utvalgets funn ble lagt fram og drøftet av "
         "bedriftsledere og landsforeningene.",
         trap="a seminar about KBU's report"),
     "1.1", "Arrangement"),
    (Row("J01", "Læringsløftet i arbeidslivet (LÆRA)", "2.2", "FoU",
         "Fafo", "LO, Kompetanse Norge",
         "Forskning på avkastningen av opplæring i bedriftene. NHO bidrar "
         "med tilgang til medlemsbedrifter og registerdata."),
     "2.2", "Forskning og utvikling"),
    (Row("R104", "Lærlingløftet i havbruk", "2.3", "Prosjekt",
         "Sjømat Norge", "Nordland fylkeskommune, Troms fylkeskommune",
         "Rekruttering til akvakulturfaget gjennom skolebesøk, hospitering "
         "og flere læreplasser i havbruksbedrifter langs kysten."),
     "2.3", "Prosjekt"),
]

NHO_FIELDS = ["Tiltak", "Delmål", "Tiltakstype", "Ansvarlig",
              "I samarbeid med", "Om tiltaket"]


def build_nho(out_dir) -> Doc:
    fn = "NHO_rapport_kompetansepolitisk_raad_2058.docx"
    d = Document()
    set_docx_core(d, "NHO – innrapportering 2058", "NHO")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    p = d.add_paragraph()
    r = p.add_run("NHO – innrapportering til Kompetansepolitisk råd")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Rapporteringsår: 2058. Ett tiltak per kolonne.")
    t = d.add_table(rows=1 + len(NHO_FIELDS), cols=1 + len(NHO_ROWS))
    t.style = "Table Grid"
    put(t.cell(0, 0), "", True)
    shade(t.cell(0, 0), "1F3A5F")
    for j in range(len(NHO_ROWS)):
        c = t.cell(0, j + 1)
        put(c, f"Nr. {j + 1}", True)
        shade(c, "DDE6EE")
    for i, f in enumerate(NHO_FIELDS, start=1):
        put(t.cell(i, 0), f, True)
        shade(t.cell(i, 0), "DDE6EE")
    for j, (row, delmal_txt, type_txt) in enumerate(NHO_ROWS, start=1):
        vals = [row.tiltak, delmal_txt, type_txt, row.ansvarlig,
                row.partners, row.beskrivelse]
        for i, v in enumerate(vals, start=1):
            put(t.cell(i, j), v, bold=(i == 1), size=8.5)
    set_widths(t, [3.0] + [4.9] * len(NHO_ROWS))
    d.add_paragraph()
    d.add_paragraph("Spørsmål kan rettes til NHOs kompetanseavdeling.")
    path = out_dir / fn
    d.save(path)
    pin_zip(path)
    return Doc(fn, "NHO", "Word table transposed: field names down the first "
               "column, one tiltak per column", [r for r, _, _ in NHO_ROWS])
