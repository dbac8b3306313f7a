"""Kompetanseforbundet: a small worksheet printed from Excel with «Skriv ut rad- og kolonneoverskrifter» and
«Notater: På slutten av arket». Page 1 is the sheet with column letters and row numbers around the grid; the sheet
has no description column, because each measure's description is a note on its name cell. Excel prints the notes
on the last page as «Celle: A6 / Notat: Kari Holm: …», so a description is joined to its measure only through the
cell reference and the printed row numbers."""
from __future__ import annotations

import io

from .common import ARR, FOU, INFO, KURS, RAD, pdf_text_with_cells, rl_wrap, row, setup_reportlab

FILENAME = "Kompetanseforbundet tiltak 2082 (utskrift med notater).pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PDF (reportlab canvas, invariant) imitating Excel's print to PDF with row and column headings, gridlines "
          "and notes printed at the end of the sheet; A4 landscape; Creator/Producer as Microsoft Excel")
SHAPE = ("printed worksheet with its row numbers and column letters: A1 title, A2 a line pointing to the notes, header "
         "row 4 Tiltak / Delmål / Type / Ansvarlig / Partnere / Status, one measure per row 5–11, no description "
         "column; the last page lists the cell notes as «Celle: A5 / Notat: Kari Holm: text», which hold the "
         "descriptions (and one note on the header cell F4); status «Avsluttet 2081» and «Planlagt 2083» on two "
         "rows")
NOT_TRUTH = ("the page header and footer, the column letters and row numbers, A1 and A2, the header row, the Delmål, "
             "Type and Status cells, the rows 'Voksenopplæringsprisen 2081' (Avsluttet 2081) and 'Karriereverksted "
             "for seniorer' (Planlagt 2083) and their notes, the note on F4, the «Celle:» and «Notat: Kari Holm:» "
             "lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dm, type word, ansvarlig, partners, status, note, seed, type
ROWS = [
    ("Nasjonalt forum for karriereveiledning", "1.3", "Forum", "Daglig leder", "", "Pågår",
     "Vi har én plass i forumet og tok i 2082 opp veiledning for voksne som vil ta fagbrev eller bytte bransje.",
     "M05", RAD),
    ("Realkompetansedagen i Lillestrøm", "2.5", "Konferanse", "Fagavdelingen", "VOFO, Fagskolerådet", "Gjennomført",
     "Vi hadde ansvaret for påmelding og for verkstedet om kompetansebevis fra arbeidsplassen. 310 deltakere i "
     "Lillestrøm.", "J03", ARR),
    ("Nettkurs i voksenpedagogikk for instruktører i arbeidslivet", "2.4", "Kurs", "Fagavdelingen",
     "Høgskolen i Innlandet", "Gjennomført",
     "Nettkurs over seks uker for instruktører og fagarbeidere som lærer opp kolleger; 230 fullførte.", None, KURS),
    ("Eldre arbeidstakeres læring – undersøkelse", "2.2", "Undersøkelse", "Daglig leder", "Senter for seniorpolitikk",
     "Gjennomført",
     "Spørreundersøkelse blant 2 100 arbeidstakere over 55 år om hvordan de lærer i jobben. Rapporten kom i "
     "september.", None, FOU),
    ("Podkasten «Lær hele livet»", "3.6", "Informasjon", "Kommunikasjon", "", "Pågår",
     "Ti episoder om voksne som har begynt å lære noe nytt, fra lesesirkler til fagbrev. 40 000 avspillinger.", None,
     INFO),
    ("Voksenopplæringsprisen 2081", "3.6", "Arrangement", "Styret", "", "Avsluttet 2081",
     "Prisen ble delt ut i november 2081. Ingen pris i 2082.", "", None),
    ("Karriereverksted for seniorer", "1.3", "Kurs", "Fagavdelingen", "Karriere Innlandet", "Planlagt 2083",
     "Oppstart mars 2083.", "", None),
]
W, H = 841.89, 595.28
COLS = [("A", 240), ("B", 44), ("C", 80), ("D", 110), ("E", 150), ("F", 100)]
RN = 24
X0, TOP = 36, H - 56
LEAD = 10.5
SIZE = 8.5


def _header_footer(c, page: int) -> None:
    c.setFont("DV", 8)
    c.setFillColorRGB(0, 0, 0)
    c.drawCentredString(W / 2, H - 28, "Tiltak 2082")
    c.drawCentredString(W / 2, 22, f"Side {page}")


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("Tiltak 2082")
    c.setAuthor("Kari Holm")
    c.setCreator("Microsoft® Excel® for Microsoft 365")
    c.setProducer("Microsoft® Excel® for Microsoft 365")
    _header_footer(c, 1)
    sheet = [["Kompetanseforbundet – tiltak 2082", "", "", "", "", ""],
             ["Mer om hvert tiltak står i notatet på tiltaksnavnet.", "", "", "", "", ""],
             ["", "", "", "", "", ""],
             ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Status"]]
    sheet += [[n, dm, tw, ans, med, st] for n, dm, tw, ans, med, st, *_r in ROWS]
    # column letters
    y = TOP
    c.setLineWidth(0.4)
    x = X0
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(x, y - 14, RN + sum(w for _l, w in COLS), 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(x, y - 14, RN, 14, stroke=1, fill=0)
    x += RN
    c.setFont("DV", 8)
    for lab, w in COLS:
        c.rect(x, y - 14, w, 14, stroke=1, fill=0)
        c.drawCentredString(x + w / 2, y - 10, lab)
        x += w
    y -= 14
    for r, vals in enumerate(sheet, 1):
        wrapped = [rl_wrap(v, "DV-B" if r == 4 else "DV", SIZE, w - 6) if v and k in (0, 4) and r >= 4 else [v]
                   for k, (v, (_l, w)) in enumerate(zip(vals, COLS))]
        spill = not any(vals[1:])
        h = max(len(wl) for wl in wrapped) * LEAD + 4
        c.setFillColorRGB(0.93, 0.93, 0.93)
        c.rect(X0, y - h, RN, h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.rect(X0, y - h, RN, h, stroke=1, fill=0)
        c.setFont("DV", 8)
        c.drawCentredString(X0 + RN / 2, y - 10, str(r))
        x = X0 + RN
        if spill:
            c.setStrokeColorRGB(0.75, 0.75, 0.75)
            c.rect(x, y - h, sum(w for _l, w in COLS), h, stroke=1, fill=0)
        for wl, (_l, w) in zip(wrapped, COLS):
            if not spill:
                c.setStrokeColorRGB(0.75, 0.75, 0.75)
                c.rect(x, y - h, w, h, stroke=1, fill=0)
            font = "DV-B" if r in (1, 4) else "DV"
            c.setFont(font, 11 if r == 1 else SIZE)
            for i, ln in enumerate(wl):
                if ln:
                    c.drawString(x + 3, y - 10 - i * LEAD, ln)
            x += w
        y -= h
    c.showPage()

    _header_footer(c, 2)
    notes = [("F4", "Status per 31.12.2082.")]
    notes += [(f"A{r}", it[6]) for r, it in enumerate(ROWS, 5)]
    notes.sort(key=lambda n: (int(n[0][1:]), n[0][0]))
    y = H - 60
    for ref, txt in notes:
        c.setFont("DV", 9)
        c.drawString(X0, y, f"Celle: {ref}")
        y -= 12
        c.drawString(X0, y, "Notat: Kari Holm:")
        y -= 12
        for ln in rl_wrap(txt, "DV", 9, 560):
            c.drawString(X0, y, ln)
            y -= 12
        y -= 12
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, med, note) for n, dm, _tw, ans, med, _st, note, seed, ty in ROWS
            if ty]


def text(path) -> str:
    return pdf_text_with_cells(path)
