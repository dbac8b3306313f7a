"""Spekter: a whiteboard (Miro-style) board exported as a vector PDF – one huge page. Frames per hovedinnsatsområde
hold clusters under a delmål label; every measure is a sticky note whose colour tells the kind (key in a 'Fargekoder'
frame); a 'Ferdig 2077' frame and a 'Parkeringsplass 2079' frame hold notes that are not this year's measures.
Notes standing side by side make a plain text extraction interleave their lines."""
from __future__ import annotations

from .common import ARR, FOU, PROSJEKT, RAD, pdf_text, rl_wrap, row, setup_reportlab

FILENAME = "Spekter_KPR-tavle_2078.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF (reportlab canvas, invariant) imitating a whiteboard board export (Miro 'Export → Vector PDF'): one "
          "1500 × 950 pt page, frames, sticky notes, cluster labels; Creator 'Miro'")
SHAPE = ("workshop board: frames 'Område 1 – Gode valg' and 'Område 2 – Læring i arbeidslivet' with cluster labels "
         "('1.4 Utdanning og arbeidsliv') and sticky notes under them – bold name, a line of text, 'Eier: … · Med: …'; "
         "the kind only by the note's colour, explained in a 'Fargekoder' frame (Gul = kurs, Grønn = råd og utvalg, "
         "Rosa = arrangement, Blå = prosjekt, Oransje = kartlegging); frames 'Ferdig 2077' and 'Parkeringsplass 2079'")
NOT_TRUTH = ("the board title, the frame titles, the cluster labels, the 'Fargekoder' frame and its legend notes, "
             "the note 'Helsefagarbeiderløftet' in the frame 'Ferdig 2077', the note 'Felles e-læring i HMS for "
             "helseforetak' in the frame 'Parkeringsplass 2079'")

COL = {"gul": (1.0, 0.93, 0.5), "grønn": (0.75, 0.9, 0.6), "rosa": (1.0, 0.75, 0.85), "blå": (0.65, 0.82, 1.0),
       "oransje": (1.0, 0.8, 0.55)}
KIND_COLOUR = {RAD: "grønn", ARR: "rosa", PROSJEKT: "blå", FOU: "oransje"}

# frame title, x, y (top), w, h, clusters: (label, [notes])
FRAMES = [
    ("Område 1 – Gode valg", 40, 860, 620, 250, [
        ("1.3 Karriereveiledning", [
            ("Seniorveiviseren i helseforetakene", "Karrieresamtaler for ansatte over 55 år i tre helseforetak.",
             "Spekter", "Helse Vest, Helse Nord", "J02", "1.3", PROSJEKT)]),
        ("1.4 Utdanning og arbeidsliv", [
            ("UHR-Helse og velferd", "Spekter har en representant i det fagstrategiske organet.", "Spekter", "",
             "M05", "1.4", RAD),
            ("Seminar for helseforetakenes medlemmer i UHR-Helse og velferd",
             "Halvdagsseminar for å samordne helseforetakenes syn før rådsmøtene.", "Spekter",
             "de regionale helseforetakene", None, "1.4", ARR)]),
    ]),
    ("Område 2 – Læring i arbeidslivet", 700, 860, 620, 250, [
        ("2.2 Kunnskapsgrunnlag", [
            ("Kompetansekartlegging i ambulansetjenesten", "Kartla kompetanse og behov hos 2 000 ansatte.",
             "Spekter", "Fagforbundet, Delta", None, "2.2", FOU)]),
        ("2.3 Yrkesfag", [
            ("SRY – Spekters representant", "Møter i rådet og i arbeidsgruppen om helsefag.", "Spekter",
             "LO, NHO", "M04", "2.3", RAD),
            ("Lærlingløftet i sykehusene", "Flere læreplasser i helsearbeiderfaget; 140 nye lærlinger.",
             "Spekter", "Fagforbundet", None, "2.3", PROSJEKT)]),
    ]),
]
SIDE = [
    ("Ferdig 2077", 40, 560, 300, 200, [("Helsefagarbeiderløftet", "Avsluttet desember 2077.", "blå")]),
    ("Parkeringsplass 2079", 380, 560, 300, 200, [("Felles e-læring i HMS for helseforetak", "Starter 2079.",
                                                   "gul")]),
]
LEGEND = ("Fargekoder", 720, 560, 600, 200, [("Gul = kurs", "gul"), ("Grønn = råd og utvalg", "grønn"),
                                            ("Rosa = arrangement", "rosa"), ("Blå = prosjekt", "blå"),
                                            ("Oransje = kartlegging", "oransje")])
NW, NH = 170, 140


def notes_layout():
    """(x, y_top, colour, lines as (font, size, text)) for every note, in board order."""
    out = []
    for _t, fx, fy, _w, _h, clusters in FRAMES:
        cx = fx + 20
        for label, notes in clusters:
            for k, (name, txt, ansv, med, seed, dm, typ) in enumerate(notes):
                lines = [("DV-B", 9, ln) for ln in rl_wrap(name, "DV-B", 9, NW - 16)]
                lines += [("DV", 8, ln) for ln in rl_wrap(txt, "DV", 8, NW - 16)]
                tail = f"Eier: {ansv}" + (f" · Med: {med}" if med else "")
                lines += [("DV-I", 7, ln) for ln in rl_wrap(tail, "DV-I", 7, NW - 16)]
                out.append((cx + k * (NW + 12), fy - 80, KIND_COLOUR[typ], lines))
            cx += len(notes) * (NW + 12) + 20
    return out


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.pdfgen import canvas
    path = out / FILENAME
    c = canvas.Canvas(str(path), pagesize=(1500, 950), invariant=1)
    c.setCreator("Miro")
    c.setTitle("Spekter – KPR-tavle 2078")
    c.setFillColorRGB(0.96, 0.96, 0.96)
    c.rect(0, 0, 1500, 950, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV-B", 20)
    c.drawString(40, 905, "Spekter – tiltak 2078 (workshop 9. januar 2079)")

    def frame(title, x, y, w, h):
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.rect(x, y - h, w, h, stroke=1, fill=1)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont("DV", 10)
        c.drawString(x, y + 5, title)

    def note(x, y, colour, lines):
        c.setFillColorRGB(*COL[colour])
        c.rect(x, y - NH, NW, NH, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        yy = y - 16
        for f, s, t in lines:
            c.setFont(f, s)
            c.drawString(x + 8, yy, t)
            yy -= s + 3

    for title, fx, fy, fw, fh, clusters in FRAMES:
        frame(title, fx, fy, fw, fh)
        cx = fx + 20
        for label, notes in clusters:
            c.setFont("DV-B", 11)
            c.setFillColorRGB(0.2, 0.2, 0.5)
            c.drawString(cx, fy - 40, label)
            cx += len(notes) * (NW + 12) + 20
    for x, y, colour, lines in notes_layout():
        note(x, y, colour, lines)
    for title, fx, fy, fw, fh, notes in SIDE:
        frame(title, fx, fy, fw, fh)
        for k, (name, txt, colour) in enumerate(notes):
            note(fx + 20 + k * (NW + 12), fy - 30, colour, [("DV-B", 9, ln) for ln in rl_wrap(name, "DV-B", 9, NW - 16)]
                 + [("DV", 8, txt)])
    title, fx, fy, fw, fh, keys = LEGEND
    frame(title, fx, fy, fw, fh)
    for k, (word, colour) in enumerate(keys):
        c.setFillColorRGB(*COL[colour])
        c.rect(fx + 20 + k * 115, fy - 90, 100, 60, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("DV", 8)
        c.drawString(fx + 26 + k * 115, fy - 50, word)
    c.showPage()
    c.save()
    rows = []
    for _t, _x, _y, _w, _h, clusters in FRAMES:
        for _label, notes in clusters:
            for name, txt, ansv, med, seed, dm, typ in notes:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, med, txt))
    return rows


def text(path) -> str:
    """Whole-page text plus the text of each note read inside its own box."""
    import pdfplumber
    parts = [pdf_text(path)]
    setup_reportlab()
    with pdfplumber.open(str(path)) as pdf:
        p = pdf.pages[0]
        for x, y, _c, _l in notes_layout():
            parts.append(p.crop((x, 950 - y, x + NW, 950 - y + NH)).extract_text() or "")
    return "\n".join(parts)
