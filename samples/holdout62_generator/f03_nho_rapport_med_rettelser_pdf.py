"""NHO: the report as sent again with corrections. A framed box at the top of page 1, dated two weeks after the
first version, lists three corrections while the table under it is left as first sent: one measure's delmål is
wrong in the table, one measure is withdrawn (it starts only in 2083), and one partner is wrong. The truth follows
the corrections."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "NHO rapport kompetansetiltak 2082 – korrigert versjon.pdf"
MEMBER = "NHO"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx): a one-cell framed and shaded correction box above "
          "a ruled table; dates and /ID fixed")
SHAPE = ("report re-sent with corrections: a framed box «RETTELSER 3. februar 2083 – erstatter versjonen sendt 17. "
         "januar 2083» with three numbered corrections that refer to the table by number (tiltak 3 belongs to "
         "delmål 2.4, not 2.2 as in the table; tiltak 6 is withdrawn, it starts in autumn 2083; tiltak 5's partner "
         "is Universitetet i Agder, not Universitetet i Stavanger), then the table as first sent: Nr / Tiltak / "
         "Delmål / Type / Ansvarlig / Samarbeid / Kort om 2082, NHO's own type words (Rådsarbeid, Prosjekt, Pilot, "
         "Undersøkelse, Bransjeskole)")
NOT_TRUTH = ("the correction box as such (its corrections are applied to the rows), the title and intro, the header, "
             "the Nr, Delmål and Type cells, the delmål 2.2 printed for tiltak 3 (corrected to 2.4), the partner "
             "«Universitetet i Stavanger» printed for tiltak 5 (corrected), row 6 'Bransjeskolen for sjømat' "
             "(withdrawn: starts autumn 2083), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# nr, name, dm in table, type word, ansvarlig, partners in table, text, seed, type, corrected dm, corrected partners
ROWS = [
    (1, "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", "Rådsarbeid", "NHO Kompetanse og utdanning", "",
     "NHO har to plasser i rådet og arbeidet for flere læreplasser i privat sektor og kortere vei til fagbrev for "
     "voksne.", "M06", RAD, None, None),
    (2, "Lærlingløftet – grønn industri", "2.3", "Prosjekt", "Norsk Industri", "LO, Vestland fylkeskommune",
     "Prosjektet skaffet 60 nye læreplasser i batteri-, hydrogen- og havvindbedrifter. Norsk Industri leder "
     "styringsgruppen.", "J01", PROSJEKT, None, None),
    (3, "Kompetansepiloten for reiselivet", "2.2", "Pilot", "NHO Reiseliv", "Fagskolen i Nordland",
     "Korte fagskolemoduler i vertskap og opplevelsesdesign for 140 ansatte i reiselivsbedrifter i Lofoten og "
     "Vesterålen.", None, PROSJEKT, "2.4", None),
    (4, "Lærlingløftet Agder", "2.3", "Prosjekt", "NHO Agder", "Agder fylkeskommune",
     "NHO Agders egen videreføring etter mønster av Lærlingløftet i grønn industri, for læreplasser i "
     "prosessindustrien i Agder. Ikke en del av det nasjonale prosjektet.", None, PROSJEKT, None, None),
    (5, "Kompetansebehovsundersøkelsen i NHO-bedriftene 2082", "2.2", "Undersøkelse", "NHO Analyse",
     "Universitetet i Stavanger",
     "8 100 bedrifter svarte. Mangelen på fagarbeidere er størst i bygg og industri, og hver tredje bedrift "
     "mangler digital kompetanse.", None, FOU, None, "Universitetet i Agder"),
    (6, "Bransjeskolen for sjømat", "3.3", "Bransjeskole", "Sjømat Norge", "Nav",
     "Opplæringsløp for arbeidssøkere som vil jobbe i fiskeindustrien.", "", None, None, None),
    (7, "Råd for samarbeid med arbeidslivet (RSA) ved Universitetet i Sørøst-Norge", "1.4", "Rådsarbeid",
     "NHO Viken Oslo", "",
     "NHO bidro til et nytt praksisemne i prosessteknologi og til at rådet tok opp behovet for ingeniører i "
     "regionen.", "M01", RAD, None, None),
]

CORRECTIONS = [
    "Tiltak 3 «Kompetansepiloten for reiselivet» står under delmål 2.2 i tabellen, men hører til delmål 2.4.",
    "Tiltak 6 «Bransjeskolen for sjømat» skal ikke være med i rapporten for 2082. Oppstarten er utsatt til høsten "
    "2083.",
    "Under tiltak 5 skal samarbeidspartner være Universitetet i Agder, ikke Universitetet i Stavanger.",
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9, landscape=False, margins_cm=1.8)
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    set_cell_shading(cell, "FCE4D6")
    add_runs(cell.paragraphs[0], [("RETTELSER 3. februar 2083 – erstatter versjonen sendt 17. januar 2083", "b")])
    cell.add_paragraph("Etter at rapporten ble sendt, har vi funnet tre feil. Tabellen nedenfor er ikke endret; "
                       "rettelsene gjelder foran tabellen.")
    for i, c in enumerate(CORRECTIONS, 1):
        cell.add_paragraph(f"{i}. {c}")
    set_col_widths(box, [17.4])
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("NHOs kompetansetiltak 2082", "b")])
    p.runs[0].font.size = Pt(16)
    add_runs(d.add_paragraph(), [("Rapport til Kompetansepolitisk råd", "i")])
    d.add_paragraph("NHO og landsforeningene har i 2082 arbeidet med læreplasser, fagskoler og kunnskap om "
                    "bedriftenes behov. Tabellen viser tiltakene vi rapporterer for 2082.")
    head = ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Kort om 2082"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D9D9D9")
    rows = []
    for nr, name, dm, tw, ans, med, txt, seed, ty, dm2, med2 in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [str(nr), name, dm, tw, ans, med or "–", txt]):
            c.text = v
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm2 or dm, ty, ans, med2 if med2 is not None else med,
                            txt))
    set_col_widths(t, [0.7, 3.4, 1.4, 2.3, 2.5, 2.9, 4.2])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Kristin Aasland, NHO Kompetanse og utdanning")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
