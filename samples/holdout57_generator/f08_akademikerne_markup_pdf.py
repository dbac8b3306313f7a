"""Akademikerne: the Word report printed to PDF with 'Vis markering' still on – the page is narrowed and the
right margin holds balloons for deletions and comments; inserted text is underlined in colour."""
from __future__ import annotations

import io

from .common import ARR, FOU, INFO, KURS, RAD, pdf_text, rl_wrap, row, setup_reportlab

FILENAME = "Akademikerne rapport KPR 2077 (med markering).pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF (reportlab canvas, invariant) imitating Word's print with markup ('Alle markeringer', balloons): "
          "body narrowed to the left, a grey markup pane on the right with deletion and comment balloons joined "
          "by dotted lines, inserted text underlined in colour, footer 'Side n av N'")
SHAPE = ("numbered measures: bold '1. Name', a line 'Delmål … – own kind word', an 'Ansvar: … Med: …' line and a "
         "paragraph; one whole measure of 2076 is deleted (shown only in a balloon 'Slettet: …'), one new measure "
         "is an insertion (coloured, underlined) and comment balloons ask questions; delmål as code, code+words or "
         "words only")
NOT_TRUTH = ("the title and intro, the balloons (the deleted 'Lønns- og kompetanseundersøkelsen 2076' and the "
             "comments by AS and KH), the closing paragraph 'Planer for 2078' (Akademikernes EVU-konferanse), the "
             "footer")

# name, delmål line, ansvar, med, text, inserted?, truth
ITEMS = [
    ("Akademikernes representant i KBU", "Delmål 1.1 – rådsarbeid", "Akademikerne", "Samfunnsviterne",
     "Akademikerne deltok i alle møtene i Kompetansebehovsutvalget og bidro til kapitlet om høyere utdanning.",
     False, ("M01", "1.1", RAD)),
    ("RSA ved NTNU", "Delmål 1.4 Samarbeid utdanning–arbeidsliv – råd", "Tekna", "NITO",
     "Tekna representerer arbeidslivet i Rådet for samarbeid med arbeidslivet ved NTNU.", False,
     ("M03", "1.4", RAD)),
    ("Notat til Nasjonalt råd for teknologisk utdanning om digital kompetanse", "Delmål 1.4 – innspill",
     "Tekna", "", "Tekna sendte et notat til rådet om digitale emner i ingeniørutdanningene; Akademikerne "
     "har ingen plass i rådet.", False, ("U", "1.4", INFO)),
    ("Kurs i kunstig intelligens for akademikere", "Digital kompetanse i arbeidsstyrken – kurs",
     "Akademikerne", "Samfunnsviterne, Econa",
     "Fire kurskvelder om bruk av KI-verktøy i utredning og analyse; 650 deltakere.", True,
     ("U", "2.1", KURS)),
    ("Rapport om videreutdanning i privat sektor", "Delmål 2.2 – utredning", "Akademikerne", "Fafo",
     "Rapporten viser at akademikere i privat sektor får mindre betalt videreutdanning enn i staten.", False,
     ("U", "2.2", FOU)),
    ("Karrieredagen for juniorakademikere", "Delmål 1.3 – arrangement", "Econa", "Juristforbundet",
     "Åpen karrieredag i Bergen med veiledning om videreutdanning og jobbskifte.", False, ("U", "1.3", ARR)),
]


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.colors import Color, HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    Wp, Hp = A4
    body_w = 330
    x0 = 50
    pane_x = x0 + body_w + 20
    red = HexColor("#B0004A")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Akademikerne – rapport til Kompetansepolitisk råd 2077")
    c.setAuthor("Anne Stene")
    c.setCreator("Microsoft® Word for Microsoft 365")
    c.setProducer("Microsoft® Word for Microsoft 365")
    pages = []
    page_no = [1]

    def pane():
        c.setFillColor(Color(0.93, 0.93, 0.93))
        c.rect(pane_x - 5, 0, Wp - pane_x + 5, Hp, stroke=0, fill=1)
        c.setFillColor(Color(0, 0, 0))

    def balloon(y_anchor, x_anchor, label, txt, y_box):
        lines = rl_wrap(txt, "DV", 7.5, Wp - pane_x - 30)
        h = 14 + 10 * len(lines)
        c.setStrokeColor(red)
        c.setDash(1, 2)
        c.line(x_anchor, y_anchor, pane_x + 5, y_box - 6)
        c.setDash()
        c.setFillColor(Color(1, 0.95, 0.97))
        c.roundRect(pane_x + 5, y_box - h, Wp - pane_x - 15, h, 4, stroke=1, fill=1)
        c.setFillColor(red)
        c.setFont("DV-B", 7.5)
        c.drawString(pane_x + 10, y_box - 10, label)
        c.setFillColor(Color(0, 0, 0))
        c.setFont("DV", 7.5)
        for i, ln in enumerate(lines):
            c.drawString(pane_x + 10, y_box - 20 - 10 * i, ln)

    def footer():
        c.setFont("DV", 8)
        c.drawCentredString(x0 + body_w / 2, 30, f"Side {page_no[0]} av 1")

    pane()
    y = Hp - 60
    c.setFont("DV-B", 14)
    c.drawString(x0, y, "Akademikernes rapport til")
    c.drawString(x0, y - 18, "Kompetansepolitisk råd – 2077")
    y -= 48
    c.setFont("DV", 9.5)
    for ln in rl_wrap("Akademikerne og forbundene rapporterer her tiltakene som ble gjennomført i 2077. "
                      "Tiltakene er nummerert fortløpende.", "DV", 9.5, body_w):
        c.drawString(x0, y, ln)
        y -= 13
    y -= 8
    balloon(y + 4, x0 + 2, "Slettet:", "3. Lønns- og kompetanseundersøkelsen 2076 – Delmål 2.2 – undersøkelse. "
            "Gjennomført i 2076, tas ut av årets rapport.", y + 20)
    rows = []
    n = 0
    for name, dmline, ansv, med, txt, ins, (seed, code, typ) in ITEMS:
        n += 1
        block = 16 + 12 + 12 + 12 * len(rl_wrap(txt, "DV", 9.5, body_w)) + 12
        if y - block < 60:
            footer()
            c.showPage()
            page_no[0] += 1
            pane()
            y = Hp - 60
        col = red if ins else Color(0, 0, 0)
        c.setFillColor(col)
        c.setFont("DV-B", 10.5)
        head = rl_wrap(f"{n}. {name}", "DV-B", 10.5, body_w)
        for k, ln in enumerate(head):
            c.drawString(x0 + (14 if k else 0), y, ln)
            if ins:
                c.setStrokeColor(red)
                c.line(x0, y - 2, x0 + c.stringWidth(ln, "DV-B", 10.5), y - 2)
            if k < len(head) - 1:
                y -= 13
            balloon(y, x0 + body_w, "Kommentar [KH1]:", "Nytt tiltak lagt inn etter møtet i desember.", y + 10)
        if name.startswith("Notat til"):
            balloon(y, x0 + body_w, "Kommentar [AS2]:", "Skal dette stå her? Vi sitter ikke i NRT – men "
                    "notatet er vårt eget tiltak.", y + 10)
        y -= 15
        c.setFont("DV-I", 9)
        c.drawString(x0 + 14, y, dmline)
        y -= 12
        c.drawString(x0 + 14, y, f"Ansvar: {ansv}" + (f"   Med: {med}" if med else ""))
        y -= 13
        c.setFont("DV", 9.5)
        for ln in rl_wrap(txt, "DV", 9.5, body_w - 14):
            if ins:
                c.line(x0 + 14, y - 2, x0 + 14 + c.stringWidth(ln, "DV", 9.5), y - 2)
            c.drawString(x0 + 14, y, ln)
            y -= 12.5
        c.setFillColor(Color(0, 0, 0))
        y -= 10
        rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    c.setFont("DV-B", 10)
    c.drawString(x0, y, "Planer for 2078")
    y -= 14
    c.setFont("DV", 9.5)
    for ln in rl_wrap("Akademikernes EVU-konferanse holdes våren 2078 og rapporteres neste år.", "DV", 9.5, body_w):
        c.drawString(x0, y, ln)
        y -= 12.5
    footer()
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return rows


def text(path) -> str:
    return pdf_text(path)
