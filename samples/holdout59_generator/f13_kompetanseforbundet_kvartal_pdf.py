"""Kompetanseforbundet: the four quarterly status reports of 2079 put together in one document. Each quarter has a
small table Tiltak / Status / Kommentar, and the same measure comes back in several quarters with a new comment;
the delmål, kind, owner and partners are only in the closing overview «Tiltakene våre i 2079» as one line per
measure. Word document exported to PDF by LibreOffice."""
from __future__ import annotations

import docx
from docx.shared import Pt

from .common import ARR, INFO, KURS, RAD, docx_to_pdf, pdf_text_with_cells, row

FILENAME = "Kompetanseforbundet kvartalsrapporter 2079 samlet.pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx); dates and /ID fixed"
SHAPE = ("four quarterly status reports in one document (headings «1. kvartal 2079» … «4. kvartal 2079»), each a "
         "table Tiltak / Status (Startet, Pågår, Fullført – with ●/◐/○) / Kommentar, the same measure repeated in "
         "two to four quarters with different comments; delmål, kind, owner and partners only in a closing "
         "overview list «Name – delmål 1.3, nettverk; ansvar …; med …»; a 2078 item in Q1 and a 2080 item in Q4")
NOT_TRUTH = ("the title, the quarter headings, the header rows, the Status cells, every later-quarter comment (the "
             "description is the first comment), 'Veiviserdagen 2078 – sluttrapport' (Q1, a 2078 event), "
             "'Forprosjekt: veiledning for permitterte' (Q4, starts 2080), the overview lines, the signature")

# name -> overview (dm, kind, ansvar, med, seed, type)
OVERVIEW = {
    "Deltakelse i Nasjonalt forum for karriereveiledning": ("1.3", "forum", "Kompetanseforbundet", "KD, VOFO",
                                                            "M03", RAD),
    "Karrierekompasset": ("1.3", "digitalt verktøy", "Kompetanseforbundet", "KD, Virke", "J02", INFO),
    "Veiledningsforum Vest": ("1.2", "nettverk", "Kompetanseforbundet region vest",
                              "Vestland fylkeskommune, Rogaland fylkeskommune", None, RAD),
    "Sertifisering av karriereveiledere": ("1.3", "utdanning", "Kompetanseforbundet", "Høgskulen på Vestlandet",
                                           None, KURS),
    "Veiledningskonferansen 2079": ("1.3", "konferanse", "Kompetanseforbundet", "", None, ARR),
}
QUARTERS = [
    ("1. kvartal 2079", [
        ("Deltakelse i Nasjonalt forum for karriereveiledning", "◐ Pågår",
         "Forbundet deltok på forumets første møte og fikk ansvar for en arbeidsgruppe om kvalitet i veiledningen."),
        ("Veiledningsforum Vest", "● Startet",
         "Et regionalt forum for karriereveiledere i Vestland og Rogaland ble startet etter modell av det nasjonale "
         "forumet."),
        ("Sertifisering av karriereveiledere", "● Startet",
         "Første kull på 25 veiledere startet på sertifiseringen, som gir 15 studiepoeng."),
        ("Veiviserdagen 2078 – sluttrapport", "○ Fullført", "Sluttrapporten for arrangementet i 2078 er levert."),
    ]),
    ("2. kvartal 2079", [
        ("Karrierekompasset", "● Startet",
         "Forbundet har testet Karrierekompasset med 300 medlemmer og meldt forbedringer til KD før lanseringen."),
        ("Veiledningsforum Vest", "◐ Pågår", "To samlinger, den andre i Stavanger."),
        ("Sertifisering av karriereveiledere", "◐ Pågår", "Andre samling gjennomført."),
    ]),
    ("3. kvartal 2079", [
        ("Deltakelse i Nasjonalt forum for karriereveiledning", "◐ Pågår", "Arbeidsgruppen leverte sitt notat."),
        ("Karrierekompasset", "◐ Pågår", "Veiledning om bruk av verktøyet sendt alle medlemmer."),
        ("Veiledningskonferansen 2079", "○ Fullført",
         "Konferansen i Bergen 18. september samlet 350 veiledere om veiledning av voksne i omstilling."),
    ]),
    ("4. kvartal 2079", [
        ("Karrierekompasset", "◐ Pågår", "Nytt kurs i bruk av verktøyet for medlemmer i NAV."),
        ("Veiledningsforum Vest", "◐ Pågår", "Planer for 2080 vedtatt."),
        ("Sertifisering av karriereveiledere", "○ Fullført", "22 av 25 fullførte."),
        ("Forprosjekt: veiledning for permitterte", "● Startet", "Oppstart januar 2080."),
    ]),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Kompetanseforbundet – kvartalsrapporter 2079, samlet for Kompetansepolitisk råd", level=1)
    d.add_paragraph("Her er de fire kvartalsrapportene fra 2079 slik de ble lagt fram for styret. En oversikt over "
                    "tiltakene står til slutt.")
    first: dict[str, str] = {}
    for q, items in QUARTERS:
        d.add_heading(q, level=2)
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Tiltak", "Status", "Kommentar"]):
            c.paragraphs[0].add_run(h).bold = True
        for name, status, comm in items:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = name, status, comm
            first.setdefault(name, comm)
    d.add_heading("Tiltakene våre i 2079", level=2)
    rows = []
    for name, (dm, kind, ansv, med, seed, ty) in OVERVIEW.items():
        line = f"{name} – delmål {dm}, {kind}; ansvar: {ansv}" + (f"; med: {med}" if med else "")
        d.add_paragraph(line, style="List Bullet")
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansv, med, first[name]))
    d.add_paragraph("Bergen, 12. januar 2080\nKompetanseforbundet, sekretariatet")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
